package dev.migrator.schema;

import java.util.List;

/**
 * A unique constraint.
 *
 * @param name    the constraint name, or null to let the database choose
 * @param columns the columns whose combination must be unique
 */
public record UniqueConstraint(String name, List<String> columns) implements Constraint {

    public UniqueConstraint {
        columns = Names.requireColumns(columns, "unique constraint");
    }

    @Override
    public ConstraintType type() {
        return ConstraintType.UNIQUE;
    }
}
