package dev.migrator.operations;

import dev.migrator.schema.Table;
import java.util.Objects;

/** Creates a table with its columns, constraints, indexes and comments. Reverse: {@link DropTable}. */
public record CreateTable(Table table) implements MigrationOperation {

    public CreateTable {
        Objects.requireNonNull(table, "table");
    }

    @Override
    public MigrationOperation reverse() {
        return new DropTable(table.name(), table);
    }

    @Override
    public String describe() {
        return "create table " + table.name();
    }
}
