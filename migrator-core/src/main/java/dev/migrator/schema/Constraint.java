package dev.migrator.schema;

import java.util.List;

/** A table constraint. */
public sealed interface Constraint permits PrimaryKey, ForeignKey, UniqueConstraint, CheckConstraint {

    /** The constraint name, or null to let the database choose one. */
    String name();

    /** Which kind of constraint this is. */
    ConstraintType type();

    /** The constrained columns, in order; empty for a check constraint. */
    List<String> columns();
}
