package dev.migrator.operations;

import dev.migrator.schema.QualifiedName;
import dev.migrator.schema.Table;
import java.util.Objects;

/**
 * Drops a table.
 *
 * @param table    the table to drop
 * @param existing its definition, or null when unknown; needed only to {@link #reverse()} the drop
 */
public record DropTable(QualifiedName table, Table existing) implements MigrationOperation {

    public DropTable {
        Objects.requireNonNull(table, "table");
    }

    @Override
    public MigrationOperation reverse() {
        if (existing == null) {
            throw new IrreversibleOperationException(this,
                    "the dropped table's definition is unknown; record it in DropTable.existing to make the drop reversible");
        }
        return new CreateTable(existing);
    }

    @Override
    public String describe() {
        return "drop table " + table;
    }
}
