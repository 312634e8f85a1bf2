package dev.migrator.operations;

import java.util.Objects;

/**
 * Runs code on the live JDBC connection. Online only: an offline SQL script cannot contain it, and
 * {@link SqlScriptOperationSink} rejects it with {@link LiveConnectionRequiredException}.
 *
 * @param description what the work does, for logs and messages
 * @param work        the work
 */
public record RunJdbc(String description, JdbcWork work) implements MigrationOperation {

    public RunJdbc {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(work, "work");
    }

    @Override
    public MigrationOperation reverse() {
        throw new IrreversibleOperationException(this, "JDBC code has no known undo; write it in downgrade()");
    }

    @Override
    public String describe() {
        return "run JDBC code: " + description;
    }
}
