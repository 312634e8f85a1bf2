package dev.migrator.operations;

import dev.migrator.schema.Constraint;
import dev.migrator.schema.ConstraintType;
import dev.migrator.schema.QualifiedName;
import java.util.Objects;

/**
 * Drops a constraint by name.
 *
 * @param table    the table
 * @param name     the constraint name
 * @param type     the kind of constraint (MariaDB and MySQL drop each kind with a different statement)
 * @param existing the constraint definition, or null when unknown; needed only to {@link #reverse()} the drop
 */
public record DropConstraint(QualifiedName table, String name, ConstraintType type, Constraint existing)
        implements MigrationOperation {

    public DropConstraint {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }

    @Override
    public MigrationOperation reverse() {
        if (existing == null) {
            throw new IrreversibleOperationException(this,
                    "the dropped constraint's definition is unknown; record it in DropConstraint.existing");
        }
        return new AddConstraint(table, existing);
    }

    @Override
    public String describe() {
        return "drop " + type.name().toLowerCase().replace('_', ' ') + " " + name + " on " + table;
    }
}
