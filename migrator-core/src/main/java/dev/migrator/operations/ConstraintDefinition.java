package dev.migrator.operations;

import dev.migrator.schema.CheckConstraint;
import dev.migrator.schema.Constraint;
import dev.migrator.schema.PrimaryKey;
import dev.migrator.schema.UniqueConstraint;
import java.util.Objects;

/** A table-level primary key, unique or check constraint, as an element of {@link Operations#createTable}. */
public final class ConstraintDefinition implements TableElement {

    private final Constraint constraint;

    ConstraintDefinition(Constraint constraint) {
        this.constraint = Objects.requireNonNull(constraint, "constraint");
    }

    /** The same constraint with this name. Name constraints you may want to drop later. */
    public ConstraintDefinition named(String name) {
        if (constraint instanceof PrimaryKey pk) {
            return new ConstraintDefinition(new PrimaryKey(name, pk.columns()));
        } else if (constraint instanceof UniqueConstraint unique) {
            return new ConstraintDefinition(new UniqueConstraint(name, unique.columns()));
        }
        CheckConstraint check = (CheckConstraint) constraint;
        return new ConstraintDefinition(new CheckConstraint(name, check.condition()));
    }

    /** The constraint this defines. */
    public Constraint toConstraint() {
        return constraint;
    }
}
