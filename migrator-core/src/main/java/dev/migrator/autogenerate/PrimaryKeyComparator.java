package dev.migrator.autogenerate;

import dev.migrator.autogenerate.PlannedChanges.Phase;
import dev.migrator.operations.AddConstraint;
import dev.migrator.operations.DropConstraint;
import dev.migrator.schema.ConstraintType;
import dev.migrator.schema.PrimaryKey;

import java.util.Optional;

/**
 * Compares primary keys by their columns; their names are often the database's choice ({@code PRIMARY} on MariaDB)
 * and do not count. A changed key is dropped and added again.
 */
final class PrimaryKeyComparator implements TableComparator {

    @Override
    public void compare(TablePair tables, ComparisonContext context) {
        Optional<PrimaryKey> target = tables.target().primaryKey();
        Optional<PrimaryKey> live = tables.live().primaryKey();
        if (target.isPresent() && live.isPresent()
                && context.nameKeys(target.get().columns()).equals(context.nameKeys(live.get().columns()))) {
            return;
        }
        String name = target.or(() -> live).map(PrimaryKey::name).orElse(null);
        if (!context.includes(new ComparedObject(ComparedObject.Kind.PRIMARY_KEY, tables.name(), name,
                target.orElse(null), live.orElse(null)))) {
            return;
        }
        live.ifPresent(pk -> context.plan(Phase.DROP_CONSTRAINTS,
                new DropConstraint(tables.name(), pk.name(), ConstraintType.PRIMARY_KEY, pk)));
        target.ifPresent(pk -> context.plan(Phase.ADD_CONSTRAINTS,
                new AddConstraint(tables.name(), ConstraintNames.named(tables.name(), pk))));
    }
}
