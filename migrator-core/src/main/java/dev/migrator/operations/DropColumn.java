package dev.migrator.operations;

import dev.migrator.schema.Column;
import dev.migrator.schema.QualifiedName;
import java.util.Objects;

/**
 * Drops a column.
 *
 * @param table    the table
 * @param column   the column to drop
 * @param existing the column's definition, or null when unknown; needed only to {@link #reverse()} the drop
 */
public record DropColumn(QualifiedName table, String column, Column existing) implements MigrationOperation {

    public DropColumn {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(column, "column");
    }

    @Override
    public MigrationOperation reverse() {
        if (existing == null) {
            throw new IrreversibleOperationException(this,
                    "the dropped column's definition is unknown; record it in DropColumn.existing to make the drop reversible");
        }
        return new AddColumn(table, existing);
    }

    @Override
    public String describe() {
        return "drop column " + table + "." + column;
    }
}
