package dev.migrator.autogenerate;

import dev.migrator.autogenerate.PlannedChanges.Phase;
import dev.migrator.operations.CreateTable;
import dev.migrator.operations.DropTable;
import dev.migrator.schema.Schema;
import dev.migrator.schema.Table;

import java.util.List;

/** Tables created and dropped; tables both schemas have go through the table-level pipeline. */
final class TablesComparator implements SchemaLevelComparator {

    private final List<TableComparator> tableComparators;

    TablesComparator(List<TableComparator> tableComparators) {
        this.tableComparators = List.copyOf(tableComparators);
    }

    @Override
    public void compare(Schema target, Schema live, ComparisonContext context) {
        Pairing<Table> tables = Pairing.byKey(target.tables(), live.tables(), t -> context.tableKey(t.name()));
        for (Table created : tables.targetOnly()) {
            if (included(created, null, context)) {
                context.plan(Phase.CREATE_TABLES, new CreateTable(created));
            }
        }
        for (Pairing.Pair<Table> pair : tables.both()) {
            if (included(pair.target(), pair.live(), context)) {
                TablePair both = new TablePair(pair.target().name(), pair.target(), pair.live());
                tableComparators.forEach(comparator -> comparator.compare(both, context));
            }
        }
        for (Table dropped : tables.liveOnly()) {
            if (included(null, dropped, context)) {
                context.planWithWarning(Phase.DROP_TABLES, new DropTable(dropped.name(), dropped),
                        "Dropping table " + dropped.name() + " loses all its rows.");
            }
        }
    }

    private static boolean included(Table target, Table live, ComparisonContext context) {
        Table either = target != null ? target : live;
        return context.includes(new ComparedObject(ComparedObject.Kind.TABLE, either.name(), either.name().name(),
                target, live));
    }
}
