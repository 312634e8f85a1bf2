package dev.migrator.schema;

import java.util.List;

/**
 * A primary key.
 *
 * @param name    the constraint name, or null to let the database choose (MariaDB always calls it PRIMARY)
 * @param columns the key columns, in order
 */
public record PrimaryKey(String name, List<String> columns) implements Constraint {

    public PrimaryKey {
        columns = Names.requireColumns(columns, "primary key");
    }

    @Override
    public ConstraintType type() {
        return ConstraintType.PRIMARY_KEY;
    }
}
