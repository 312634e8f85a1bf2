package dev.migrator.autogenerate;

import dev.migrator.autogenerate.PlannedChanges.Phase;
import dev.migrator.operations.AddConstraint;
import dev.migrator.operations.DropConstraint;
import dev.migrator.schema.Constraint;
import dev.migrator.schema.ConstraintType;
import dev.migrator.schema.ForeignKey;

import java.util.List;
import java.util.Objects;

/**
 * Pairs foreign keys by what they connect (columns, referenced table and columns), whatever their names, then
 * compares their actions: an action the database applies by default equals one not stated. A changed key is
 * dropped and added again under the same name.
 */
final class ForeignKeysComparator implements TableComparator {

    @Override
    public void compare(TablePair tables, ComparisonContext context) {
        Pairing<ForeignKey> keys = Pairing.byKey(foreignKeys(tables.target().constraints()),
                foreignKeys(tables.live().constraints()), fk -> signature(fk, context));
        for (ForeignKey added : keys.targetOnly()) {
            if (included(tables, added, null, context)) {
                context.plan(Phase.ADD_FOREIGN_KEYS,
                        new AddConstraint(tables.name(), ConstraintNames.named(tables.name(), added)));
            }
        }
        for (Pairing.Pair<ForeignKey> pair : keys.both()) {
            ForeignKey target = pair.target();
            ForeignKey live = pair.live();
            ComparisonRules rules = context.rules();
            boolean sameActions = Objects.equals(rules.referentialAction(target.onDelete()),
                    rules.referentialAction(live.onDelete()))
                    && Objects.equals(rules.referentialAction(target.onUpdate()), rules.referentialAction(live.onUpdate()));
            if (!sameActions && included(tables, target, live, context)) {
                context.plan(Phase.DROP_FOREIGN_KEYS, drop(tables, live));
                ForeignKey renamed = target.name() != null ? target : new ForeignKey(live.name(), target.columns(),
                        target.referencedTable(), target.referencedColumns(), target.onDelete(), target.onUpdate());
                context.plan(Phase.ADD_FOREIGN_KEYS, new AddConstraint(tables.name(), renamed));
            }
        }
        for (ForeignKey dropped : keys.liveOnly()) {
            if (included(tables, null, dropped, context)) {
                context.plan(Phase.DROP_FOREIGN_KEYS, drop(tables, dropped));
            }
        }
    }

    static List<ForeignKey> foreignKeys(List<Constraint> constraints) {
        return constraints.stream().filter(ForeignKey.class::isInstance).map(ForeignKey.class::cast).toList();
    }

    static String signature(ForeignKey fk, ComparisonContext context) {
        return context.nameKeys(fk.columns()) + "->" + context.tableKey(fk.referencedTable())
                + context.nameKeys(fk.referencedColumns());
    }

    private static DropConstraint drop(TablePair tables, ForeignKey live) {
        return new DropConstraint(tables.name(), live.name(), ConstraintType.FOREIGN_KEY, live);
    }

    private static boolean included(TablePair tables, ForeignKey target, ForeignKey live, ComparisonContext context) {
        String name = target != null && target.name() != null ? target.name() : live == null ? null : live.name();
        return context.includes(new ComparedObject(ComparedObject.Kind.FOREIGN_KEY, tables.name(), name, target, live));
    }
}
