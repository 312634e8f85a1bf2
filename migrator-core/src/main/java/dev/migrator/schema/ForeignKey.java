package dev.migrator.schema;

import java.util.List;
import java.util.Objects;

/**
 * A foreign key.
 *
 * @param name              the constraint name, or null to let the database choose
 * @param columns           the referencing columns, in order
 * @param referencedTable   the referenced table
 * @param referencedColumns the referenced columns, matching {@code columns} one to one
 * @param onDelete          the action on delete, or null for the database default
 * @param onUpdate          the action on update, or null for the database default
 */
public record ForeignKey(String name, List<String> columns, QualifiedName referencedTable,
                         List<String> referencedColumns, ReferentialAction onDelete, ReferentialAction onUpdate)
        implements Constraint {

    public ForeignKey {
        columns = Names.requireColumns(columns, "foreign key");
        Objects.requireNonNull(referencedTable, "referencedTable");
        referencedColumns = Names.requireColumns(referencedColumns, "foreign key reference");
        if (columns.size() != referencedColumns.size()) {
            throw new IllegalArgumentException("foreign key " + (name == null ? columns : name) + " has "
                    + columns.size() + " column(s) but references " + referencedColumns.size()
                    + "; give one referenced column per column");
        }
    }

    @Override
    public ConstraintType type() {
        return ConstraintType.FOREIGN_KEY;
    }
}
