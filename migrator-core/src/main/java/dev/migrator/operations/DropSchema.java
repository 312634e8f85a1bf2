package dev.migrator.operations;

import java.util.Objects;

/**
 * Drops a schema. Reverse: {@link CreateSchema}, which restores the schema empty, as it must be
 * for the drop to succeed on PostgreSQL and H2.
 */
public record DropSchema(String name) implements MigrationOperation {

    public DropSchema {
        Objects.requireNonNull(name, "name");
    }

    @Override
    public MigrationOperation reverse() {
        return new CreateSchema(name);
    }

    @Override
    public String describe() {
        return "drop schema " + name;
    }
}
