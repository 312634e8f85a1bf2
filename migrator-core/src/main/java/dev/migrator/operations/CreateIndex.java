package dev.migrator.operations;

import dev.migrator.schema.Index;
import dev.migrator.schema.QualifiedName;
import java.util.Objects;

/** Creates an index on a table. Reverse: {@link DropIndex}. */
public record CreateIndex(QualifiedName table, Index index) implements MigrationOperation {

    public CreateIndex {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(index, "index");
    }

    @Override
    public MigrationOperation reverse() {
        return new DropIndex(table, index.name(), index);
    }

    @Override
    public String describe() {
        return "create index " + index.name() + " on " + table;
    }
}
