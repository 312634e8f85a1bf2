package dev.migrator.autogenerate;

import dev.migrator.schema.Column;
import dev.migrator.schema.QualifiedName;

/** Compares column types by what the database stores (see {@link ComparisonRules#sameType}), when enabled. */
final class ColumnTypeComparator implements ColumnComparator {

    @Override
    public void compare(QualifiedName table, Column target, Column live, ColumnAlterationPlan plan,
                        ComparisonContext context) {
        if (!context.options().comparesTypes() || context.rules().sameType(target.type(), live.type())) {
            return;
        }
        plan.changeType(target.type());
        if (context.rules().narrows(target.type(), live.type())) {
            plan.warn("Changing the type of " + table + "." + target.name() + " from " + TypeText.of(live.type())
                    + " to " + TypeText.of(target.type()) + " may fail on or cut existing values.");
        }
    }
}
