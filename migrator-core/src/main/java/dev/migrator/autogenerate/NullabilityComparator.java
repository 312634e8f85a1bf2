package dev.migrator.autogenerate;

import dev.migrator.schema.Column;
import dev.migrator.schema.QualifiedName;

/** Compares whether columns accept NULL; making a column NOT NULL fails while rows hold NULL. */
final class NullabilityComparator implements ColumnComparator {

    @Override
    public void compare(QualifiedName table, Column target, Column live, ColumnAlterationPlan plan,
                        ComparisonContext context) {
        if (target.nullable() == live.nullable()) {
            return;
        }
        plan.changeNullable(target.nullable());
        if (!target.nullable()) {
            plan.warn("Making " + table + "." + target.name() + " NOT NULL fails while any row holds NULL there;"
                    + " fill those rows first (op.execute(\"UPDATE ...\")).");
        }
    }
}
