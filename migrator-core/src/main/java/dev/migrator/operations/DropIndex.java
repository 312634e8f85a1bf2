package dev.migrator.operations;

import dev.migrator.schema.Index;
import dev.migrator.schema.QualifiedName;
import java.util.Objects;

/**
 * Drops an index.
 *
 * @param table    the indexed table (MariaDB and MySQL need it to find the index)
 * @param name     the index name
 * @param existing the index definition, or null when unknown; needed only to {@link #reverse()} the drop
 */
public record DropIndex(QualifiedName table, String name, Index existing) implements MigrationOperation {

    public DropIndex {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(name, "name");
    }

    @Override
    public MigrationOperation reverse() {
        if (existing == null) {
            throw new IrreversibleOperationException(this,
                    "the dropped index's definition is unknown; record it in DropIndex.existing to make the drop reversible");
        }
        return new CreateIndex(table, existing);
    }

    @Override
    public String describe() {
        return "drop index " + name + " on " + table;
    }
}
