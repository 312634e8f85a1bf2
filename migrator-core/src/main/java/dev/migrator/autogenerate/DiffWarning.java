package dev.migrator.autogenerate;

import dev.migrator.operations.MigrationOperation;

import java.util.Objects;

/**
 * An operation of a {@link SchemaDiff} that may lose data or fail on existing rows: a drop, a narrowing type
 * change, a column made NOT NULL. The generated migration carries the message as a comment above it.
 *
 * @param operation the operation concerned
 * @param message   what may happen, for a person
 */
public record DiffWarning(MigrationOperation operation, String message) {

    public DiffWarning {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return message;
    }
}
