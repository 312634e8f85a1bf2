package dev.migrator.schema;

import java.util.List;

/**
 * A check constraint.
 *
 * @param name      the constraint name, or null to let the database choose
 * @param condition the SQL condition every row must satisfy, for example {@code price >= 0}
 */
public record CheckConstraint(String name, String condition) implements Constraint {

    public CheckConstraint {
        Names.require(condition, "check condition");
    }

    @Override
    public ConstraintType type() {
        return ConstraintType.CHECK;
    }

    @Override
    public List<String> columns() {
        return List.of();
    }
}
