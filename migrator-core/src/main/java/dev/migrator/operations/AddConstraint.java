package dev.migrator.operations;

import dev.migrator.schema.Constraint;
import dev.migrator.schema.QualifiedName;
import java.util.Objects;

/**
 * Adds a primary key, foreign key, unique or check constraint to an existing table.
 * Reverse: {@link DropConstraint}, which needs the constraint to be named.
 */
public record AddConstraint(QualifiedName table, Constraint constraint) implements MigrationOperation {

    public AddConstraint {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(constraint, "constraint");
    }

    @Override
    public MigrationOperation reverse() {
        if (constraint.name() == null) {
            throw new IrreversibleOperationException(this,
                    "the constraint has no name, so it cannot be dropped by name; give it a name");
        }
        return new DropConstraint(table, constraint.name(), constraint.type(), constraint);
    }

    @Override
    public String describe() {
        String name = constraint.name() == null ? "" : " " + constraint.name();
        return "add " + constraint.type().name().toLowerCase().replace('_', ' ') + name + " on " + table;
    }
}
