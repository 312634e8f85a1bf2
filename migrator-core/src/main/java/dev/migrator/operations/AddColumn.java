package dev.migrator.operations;

import dev.migrator.schema.Column;
import dev.migrator.schema.QualifiedName;
import java.util.Objects;

/** Adds a column to a table. Reverse: {@link DropColumn}. */
public record AddColumn(QualifiedName table, Column column) implements MigrationOperation {

    public AddColumn {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(column, "column");
    }

    @Override
    public MigrationOperation reverse() {
        return new DropColumn(table, column.name(), column);
    }

    @Override
    public String describe() {
        return "add column " + table + "." + column.name();
    }
}
