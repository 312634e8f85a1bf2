package dev.migrator.autogenerate;

import dev.migrator.autogenerate.PlannedChanges.Phase;
import dev.migrator.operations.AddColumn;
import dev.migrator.operations.AlterColumn;
import dev.migrator.operations.DropColumn;
import dev.migrator.schema.Column;

import java.util.List;
import java.util.Optional;

/**
 * Columns added and dropped, and for columns both tables have, the column-level pipeline: type, nullability,
 * default, comment, gathered into one alteration per column.
 */
final class ColumnsComparator implements TableComparator {

    private final List<ColumnComparator> columnComparators;

    ColumnsComparator(List<ColumnComparator> columnComparators) {
        this.columnComparators = List.copyOf(columnComparators);
    }

    @Override
    public void compare(TablePair tables, ComparisonContext context) {
        Pairing<Column> columns = Pairing.byKey(tables.target().columns(), tables.live().columns(),
                column -> context.nameKey(column.name()));
        for (Column added : columns.targetOnly()) {
            if (!included(tables, added.name(), added, null, context)) {
                continue;
            }
            AddColumn add = new AddColumn(tables.name(), added);
            if (!added.nullable() && added.serverDefault() == null && !added.identity()) {
                context.planWithWarning(Phase.ADD_COLUMNS, add, "Adding " + tables.name() + "." + added.name()
                        + " as NOT NULL without a default fails if the table has rows; add it nullable, fill it,"
                        + " then make it NOT NULL, or give it a server default.");
            } else {
                context.plan(Phase.ADD_COLUMNS, add);
            }
        }
        for (Pairing.Pair<Column> pair : columns.both()) {
            if (!included(tables, pair.target().name(), pair.target(), pair.live(), context)) {
                continue;
            }
            ColumnAlterationPlan plan = new ColumnAlterationPlan(tables.name(), pair.target().name(), pair.live());
            columnComparators.forEach(c -> c.compare(tables.name(), pair.target(), pair.live(), plan, context));
            Optional<AlterColumn> alter = plan.toOperation(context.rules().dialect());
            alter.ifPresent(op -> {
                context.plan(Phase.ALTER_COLUMNS, op);
                plan.warnings().forEach(w -> context.warnings().add(new DiffWarning(op, w)));
            });
        }
        for (Column dropped : columns.liveOnly()) {
            if (included(tables, dropped.name(), null, dropped, context)) {
                context.planWithWarning(Phase.DROP_COLUMNS, new DropColumn(tables.name(), dropped.name(), dropped),
                        "Dropping " + tables.name() + "." + dropped.name() + " loses its data.");
            }
        }
    }

    private static boolean included(TablePair tables, String name, Column target, Column live,
                                    ComparisonContext context) {
        return context.includes(new ComparedObject(ComparedObject.Kind.COLUMN, tables.name(), name, target, live));
    }
}
