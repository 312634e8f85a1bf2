package dev.migrator.autogenerate;

import dev.migrator.autogenerate.PlannedChanges.Phase;
import dev.migrator.autogenerate.UniqueKeys.UniqueKey;
import dev.migrator.operations.AddConstraint;
import dev.migrator.operations.CreateIndex;
import dev.migrator.operations.DropConstraint;
import dev.migrator.operations.DropIndex;
import dev.migrator.schema.ConstraintType;
import dev.migrator.schema.Index;
import dev.migrator.schema.UniqueConstraint;

/**
 * Pairs unique constraints by their columns, whatever their names (often generated). On MariaDB a unique index
 * and a unique constraint are one thing and pair with each other (see {@link UniqueKeys}).
 */
final class UniqueConstraintsComparator implements TableComparator {

    @Override
    public void compare(TablePair tables, ComparisonContext context) {
        ComparisonRules rules = context.rules();
        Pairing<UniqueKey> keys = Pairing.byKey(UniqueKeys.of(tables.target(), rules),
                UniqueKeys.of(tables.live(), rules), key -> context.nameKeys(key.columns()).toString());
        for (UniqueKey added : keys.targetOnly()) {
            if (!included(tables, added, true, context)) {
                continue;
            }
            if (added.source() instanceof Index index) {
                context.plan(Phase.CREATE_INDEXES, new CreateIndex(tables.name(), index));
            } else {
                context.plan(Phase.ADD_CONSTRAINTS, new AddConstraint(tables.name(),
                        ConstraintNames.named(tables.name(), (UniqueConstraint) added.source())));
            }
        }
        for (UniqueKey dropped : keys.liveOnly()) {
            if (!included(tables, dropped, false, context)) {
                continue;
            }
            if (dropped.source() instanceof Index index) {
                context.plan(Phase.DROP_INDEXES, new DropIndex(tables.name(), index.name(), index));
            } else {
                context.plan(Phase.DROP_CONSTRAINTS, new DropConstraint(tables.name(), dropped.name(),
                        ConstraintType.UNIQUE, (UniqueConstraint) dropped.source()));
            }
        }
    }

    private static boolean included(TablePair tables, UniqueKey key, boolean inTarget, ComparisonContext context) {
        ComparedObject.Kind kind = key.source() instanceof Index ? ComparedObject.Kind.INDEX
                : ComparedObject.Kind.UNIQUE_CONSTRAINT;
        return context.includes(new ComparedObject(kind, tables.name(), key.name(),
                inTarget ? key.source() : null, inTarget ? null : key.source()));
    }
}
