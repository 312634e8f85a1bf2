package dev.migrator.schema;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A table: its columns, constraints and indexes.
 *
 * @param name        the table name
 * @param columns     the columns, in order
 * @param constraints primary key, foreign keys, unique and check constraints
 * @param indexes     the indexes that are not constraints
 * @param comment     the table comment, or null for none
 */
public record Table(QualifiedName name, List<Column> columns, List<Constraint> constraints, List<Index> indexes,
                    String comment) {

    public Table {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        constraints = List.copyOf(constraints);
        indexes = List.copyOf(indexes);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("table " + name + " needs at least one column");
        }
        if (constraints.stream().filter(PrimaryKey.class::isInstance).count() > 1) {
            throw new IllegalArgumentException("table " + name + " has more than one primary key");
        }
    }

    /** The column with this name, if there is one. */
    public Optional<Column> column(String columnName) {
        return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
    }

    /** The primary key, if the table has one. */
    public Optional<PrimaryKey> primaryKey() {
        return constraints.stream().filter(PrimaryKey.class::isInstance).map(PrimaryKey.class::cast).findFirst();
    }
}
