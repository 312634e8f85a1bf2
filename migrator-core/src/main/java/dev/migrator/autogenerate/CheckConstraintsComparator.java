package dev.migrator.autogenerate;

import dev.migrator.autogenerate.PlannedChanges.Phase;
import dev.migrator.operations.AddConstraint;
import dev.migrator.operations.DropConstraint;
import dev.migrator.schema.CheckConstraint;
import dev.migrator.schema.Constraint;
import dev.migrator.schema.ConstraintType;

import java.util.ArrayList;
import java.util.List;

/**
 * Pairs check constraints by name; an unnamed expected check pairs with a check of the same condition, compared
 * loosely (see {@link SqlExpressions}). The condition of a named pair is not compared: every database prints
 * conditions back in its own way, so a false change would come up on every run (Alembic does not compare checks
 * at all). To change a check, rename it.
 */
final class CheckConstraintsComparator implements TableComparator {

    @Override
    public void compare(TablePair tables, ComparisonContext context) {
        List<CheckConstraint> live = new ArrayList<>(checks(tables.live().constraints()));
        List<CheckConstraint> added = new ArrayList<>();
        List<CheckConstraint> unnamed = new ArrayList<>();
        for (CheckConstraint target : checks(tables.target().constraints())) {
            if (target.name() == null) {
                unnamed.add(target);
            } else if (!live.removeIf(check -> check.name() != null
                    && context.nameKey(check.name()).equals(context.nameKey(target.name())))) {
                added.add(target);
            }
        }
        for (CheckConstraint target : unnamed) {
            String condition = SqlExpressions.normalise(target.condition());
            CheckConstraint match = live.stream()
                    .filter(check -> SqlExpressions.normalise(check.condition()).equals(condition))
                    .findFirst().orElse(null);
            if (match == null) {
                added.add(target);
            } else {
                live.remove(match);
            }
        }
        for (CheckConstraint check : added) {
            if (included(tables, check, null, context)) {
                context.plan(Phase.ADD_CONSTRAINTS,
                        new AddConstraint(tables.name(), ConstraintNames.named(tables.name(), check)));
            }
        }
        for (CheckConstraint check : live) {
            if (included(tables, null, check, context)) {
                context.plan(Phase.DROP_CONSTRAINTS,
                        new DropConstraint(tables.name(), check.name(), ConstraintType.CHECK, check));
            }
        }
    }

    private static List<CheckConstraint> checks(List<Constraint> constraints) {
        return constraints.stream().filter(CheckConstraint.class::isInstance).map(CheckConstraint.class::cast)
                .toList();
    }

    private static boolean included(TablePair tables, CheckConstraint target, CheckConstraint live,
                                    ComparisonContext context) {
        String name = target != null ? target.name() : live.name();
        return context.includes(new ComparedObject(ComparedObject.Kind.CHECK_CONSTRAINT, tables.name(), name,
                target, live));
    }
}
