package dev.migrator;

import dev.migrator.operations.Operations;

/**
 * A migration written in Java: one class per revision, annotated with {@link Revision}.
 */
public interface Migration {

    /** Applies this revision. */
    void upgrade(Operations op);

    /** Reverts this revision, leaving the database as its down revision(s) left it. */
    void downgrade(Operations op);
}
