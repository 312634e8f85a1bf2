package dev.migrator.autogenerate;

import dev.migrator.autogenerate.PlannedChanges.Phase;
import dev.migrator.operations.AddConstraint;
import dev.migrator.operations.CreateTable;
import dev.migrator.operations.DropConstraint;
import dev.migrator.operations.DropTable;
import dev.migrator.operations.MigrationOperation;
import dev.migrator.schema.Constraint;
import dev.migrator.schema.ConstraintType;
import dev.migrator.schema.ForeignKey;
import dev.migrator.schema.Table;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Orders new tables so that a referenced table is created before the tables referencing it, and dropped tables
 * so that a referencing table goes first. Tables whose foreign keys form a cycle cannot be ordered so: the key
 * that closes the cycle is left out of its table and added once all tables exist (or, for dropped tables,
 * dropped before any of them).
 */
final class TableDependencyOrder {

    private final ComparisonContext context;

    TableDependencyOrder(ComparisonContext context) {
        this.context = context;
    }

    void arrange(PlannedChanges changes) {
        List<Table> created = changes.in(Phase.CREATE_TABLES).stream().map(op -> ((CreateTable) op).table()).toList();
        List<MigrationOperation> creates = new ArrayList<>();
        for (Ordered ordered : order(created)) {
            creates.add(new CreateTable(ordered.table()));
            ordered.deferred().forEach(fk -> changes.add(Phase.ADD_FOREIGN_KEYS,
                    new AddConstraint(ordered.table().name(), ConstraintNames.named(ordered.table().name(), fk))));
        }
        changes.replace(Phase.CREATE_TABLES, creates);

        // Dropping is creating backwards: warnings stay attached to the operation objects they were given for.
        List<MigrationOperation> planned = changes.in(Phase.DROP_TABLES);
        Map<String, DropTable> drops = new LinkedHashMap<>();
        planned.forEach(op -> drops.put(context.tableKey(((DropTable) op).table()), (DropTable) op));
        List<MigrationOperation> dropsInOrder = new ArrayList<>();
        // Ordered from the last table, so that tables without dependencies keep their order when reversed.
        List<Table> dropped = new ArrayList<>(drops.values().stream().map(DropTable::existing).toList());
        java.util.Collections.reverse(dropped);
        List<Ordered> order = order(dropped);
        for (Ordered ordered : order) {
            DropTable original = drops.get(context.tableKey(ordered.table().name()));
            DropTable drop = ordered.deferred().isEmpty() ? original
                    : new DropTable(original.table(), ordered.table());
            if (drop != original) {
                context.warnings().replaceAll(w -> w.operation() == original ? new DiffWarning(drop, w.message()) : w);
            }
            dropsInOrder.add(0, drop);
            ordered.deferred().forEach(fk -> changes.add(Phase.DROP_FOREIGN_KEYS,
                    new DropConstraint(original.table(), fk.name(), ConstraintType.FOREIGN_KEY, fk)));
        }
        changes.replace(Phase.DROP_TABLES, dropsInOrder);
    }

    /** A table in creation order, without the foreign keys deferred to break a cycle. */
    private record Ordered(Table table, List<ForeignKey> deferred) {
    }

    private List<Ordered> order(List<Table> tables) {
        Map<String, Table> pending = new LinkedHashMap<>();
        tables.forEach(table -> pending.put(context.tableKey(table.name()), table));
        List<Ordered> ordered = new ArrayList<>();
        while (!pending.isEmpty()) {
            String ready = pending.keySet().stream()
                    .filter(key -> waitsFor(pending.get(key), key, pending).isEmpty())
                    .findFirst().orElse(null);
            if (ready != null) {
                ordered.add(new Ordered(pending.remove(ready), List.of()));
                continue;
            }
            // A cycle: take the first table anyway, without the keys to tables not created yet.
            String first = pending.keySet().iterator().next();
            Table table = pending.remove(first);
            List<ForeignKey> deferred = waitsFor(table, first, pending);
            List<Constraint> kept = table.constraints().stream().filter(c -> !deferred.contains(c)).toList();
            ordered.add(new Ordered(new Table(table.name(), table.columns(), kept, table.indexes(), table.comment()),
                    deferred));
        }
        return ordered;
    }

    /** The foreign keys of a table that reference another table still pending; a self-reference never waits. */
    private List<ForeignKey> waitsFor(Table table, String key, Map<String, Table> pending) {
        return ForeignKeysComparator.foreignKeys(table.constraints()).stream()
                .filter(fk -> {
                    String referenced = context.tableKey(fk.referencedTable());
                    return !referenced.equals(key) && pending.containsKey(referenced);
                })
                .toList();
    }
}
