package dev.migrator.operations;

import dev.migrator.schema.ForeignKey;
import dev.migrator.schema.QualifiedName;
import dev.migrator.schema.ReferentialAction;
import java.util.List;

/**
 * A foreign key under construction: {@code foreignKey("author_id").references("author", "id").onDelete(CASCADE)}.
 * Immutable; each method returns a new definition.
 */
public final class ForeignKeyDefinition implements TableElement {

    private final String name;
    private final List<String> columns;
    private final QualifiedName referencedTable;
    private final List<String> referencedColumns;
    private final ReferentialAction onDelete;
    private final ReferentialAction onUpdate;

    ForeignKeyDefinition(String name, List<String> columns, QualifiedName referencedTable,
                         List<String> referencedColumns, ReferentialAction onDelete, ReferentialAction onUpdate) {
        this.name = name;
        this.columns = List.copyOf(columns);
        this.referencedTable = referencedTable;
        this.referencedColumns = referencedColumns;
        this.onDelete = onDelete;
        this.onUpdate = onUpdate;
    }

    /** References these columns of a table in the same schema as the referencing table. */
    public ForeignKeyDefinition references(String table, String... columns) {
        return new ForeignKeyDefinition(name, this.columns, QualifiedName.of(table), List.of(columns), onDelete,
                onUpdate);
    }

    /** References these columns of a table in another schema. */
    public ForeignKeyDefinition references(QualifiedName table, String... columns) {
        return new ForeignKeyDefinition(name, this.columns, table, List.of(columns), onDelete, onUpdate);
    }

    /** What happens to referencing rows when the referenced row is deleted. */
    public ForeignKeyDefinition onDelete(ReferentialAction action) {
        return new ForeignKeyDefinition(name, columns, referencedTable, referencedColumns, action, onUpdate);
    }

    /** What happens to referencing rows when the referenced key changes. */
    public ForeignKeyDefinition onUpdate(ReferentialAction action) {
        return new ForeignKeyDefinition(name, columns, referencedTable, referencedColumns, onDelete, action);
    }

    /** The constraint name. Name foreign keys you may want to drop later. */
    public ForeignKeyDefinition named(String constraintName) {
        return new ForeignKeyDefinition(constraintName, columns, referencedTable, referencedColumns, onDelete,
                onUpdate);
    }

    /**
     * The foreign key this defines; a referenced table without schema is placed in {@code defaultSchema}.
     *
     * @throws IllegalStateException when {@link #references} was not called
     */
    public ForeignKey toForeignKey(String defaultSchema) {
        if (referencedTable == null) {
            throw new IllegalStateException("foreign key on " + columns
                    + " does not say what it references; call .references(table, columns...)");
        }
        QualifiedName target = referencedTable.schema() == null ? referencedTable.inSchema(defaultSchema)
                : referencedTable;
        return new ForeignKey(name, columns, target, referencedColumns, onDelete, onUpdate);
    }
}
