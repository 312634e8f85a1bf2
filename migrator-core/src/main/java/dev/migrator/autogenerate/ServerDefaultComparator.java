package dev.migrator.autogenerate;

import dev.migrator.schema.Column;
import dev.migrator.schema.QualifiedName;

/** Compares server defaults in canonical spelling (see {@link ServerDefaults}), when enabled. */
final class ServerDefaultComparator implements ColumnComparator {

    @Override
    public void compare(QualifiedName table, Column target, Column live, ColumnAlterationPlan plan,
                        ComparisonContext context) {
        // An identity column's generated values are not a default to compare.
        if (!context.options().comparesServerDefaults() || target.identity()
                || context.rules().sameDefault(target.serverDefault(), live.serverDefault(), target.type())) {
            return;
        }
        plan.changeServerDefault(target.serverDefault());
    }
}
