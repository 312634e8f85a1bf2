package dev.migrator.autogenerate;

import dev.migrator.schema.Column;
import dev.migrator.schema.QualifiedName;

/**
 * One step of the column-level pipeline: compares one property of a column both tables have and notes a change
 * in the column's {@link ColumnAlterationPlan}, so that all changes to a column become one alteration.
 */
@FunctionalInterface
interface ColumnComparator {

    void compare(QualifiedName table, Column target, Column live, ColumnAlterationPlan plan, ComparisonContext context);
}
