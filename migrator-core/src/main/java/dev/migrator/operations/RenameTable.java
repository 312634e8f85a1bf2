package dev.migrator.operations;

import dev.migrator.schema.QualifiedName;
import java.util.Objects;

/**
 * Renames a table within its schema.
 *
 * @param table   the table as it is named now
 * @param newName its new name
 */
public record RenameTable(QualifiedName table, String newName) implements MigrationOperation {

    public RenameTable {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(newName, "newName");
    }

    @Override
    public MigrationOperation reverse() {
        return new RenameTable(table.withName(newName), table.name());
    }

    @Override
    public String describe() {
        return "rename table " + table + " to " + newName;
    }
}
