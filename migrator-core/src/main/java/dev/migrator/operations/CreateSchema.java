package dev.migrator.operations;

import java.util.Objects;

/** Creates a schema (a database, in MariaDB and MySQL terms). Reverse: {@link DropSchema}. */
public record CreateSchema(String name) implements MigrationOperation {

    public CreateSchema {
        Objects.requireNonNull(name, "name");
    }

    @Override
    public MigrationOperation reverse() {
        return new DropSchema(name);
    }

    @Override
    public String describe() {
        return "create schema " + name;
    }
}
