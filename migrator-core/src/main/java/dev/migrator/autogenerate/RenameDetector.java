package dev.migrator.autogenerate;

import dev.migrator.autogenerate.PlannedChanges.Phase;
import dev.migrator.operations.AddColumn;
import dev.migrator.operations.AlterColumn;
import dev.migrator.operations.CreateTable;
import dev.migrator.operations.DropColumn;
import dev.migrator.operations.DropTable;
import dev.migrator.operations.MigrationOperation;
import dev.migrator.operations.RenameTable;
import dev.migrator.schema.Column;
import dev.migrator.schema.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Spots drops and adds that may be one rename, which autogenerate cannot tell apart from a real drop and add:
 * a column dropped and one of the same type and nullability added to the same table; a table dropped and one
 * with the same column names created in the same schema. Each dropped object pairs with at most one added
 * object, the first that fits.
 */
final class RenameDetector {

    List<PossibleRename> detect(PlannedChanges changes, ComparisonContext context) {
        List<PossibleRename> renames = new ArrayList<>();
        List<MigrationOperation> added = new ArrayList<>(changes.in(Phase.ADD_COLUMNS));
        for (MigrationOperation op : changes.in(Phase.DROP_COLUMNS)) {
            DropColumn drop = (DropColumn) op;
            AddColumn match = added.stream().map(AddColumn.class::cast)
                    .filter(add -> context.tableKey(add.table()).equals(context.tableKey(drop.table())))
                    .filter(add -> compatible(drop.existing(), add.column(), context))
                    .findFirst().orElse(null);
            if (match != null) {
                added.remove(match);
                AlterColumn rename = new AlterColumn(drop.table(), drop.column(), match.column().name(), null, null,
                        null, null, drop.existing().type(), drop.existing().nullable(),
                        drop.existing().serverDefault(), drop.existing().comment(), drop.existing().identity());
                renames.add(new PossibleRename(drop, match, rename, "Column " + drop.table() + "." + drop.column()
                        + " may have been renamed to " + match.column().name()
                        + " (same type and nullability); a rename keeps the data."));
            }
        }
        List<MigrationOperation> created = new ArrayList<>(changes.in(Phase.CREATE_TABLES));
        for (MigrationOperation op : changes.in(Phase.DROP_TABLES)) {
            DropTable drop = (DropTable) op;
            CreateTable match = created.stream().map(CreateTable.class::cast)
                    .filter(create -> Objects.equals(schemaKey(create.table(), context), schemaKey(drop.existing(), context)))
                    .filter(create -> columnKeys(create.table(), context).equals(columnKeys(drop.existing(), context)))
                    .findFirst().orElse(null);
            if (match != null) {
                created.remove(match);
                renames.add(new PossibleRename(drop, match, new RenameTable(drop.table(), match.table().name().name()),
                        "Table " + drop.table() + " may have been renamed to " + match.table().name().name()
                                + " (same columns); a rename keeps the rows."));
            }
        }
        return renames;
    }

    private static boolean compatible(Column dropped, Column added, ComparisonContext context) {
        return dropped != null && dropped.nullable() == added.nullable()
                && context.rules().sameType(added.type(), dropped.type());
    }

    private static String schemaKey(Table table, ComparisonContext context) {
        return table.name().schema() == null ? null : context.nameKey(table.name().schema());
    }

    private static List<String> columnKeys(Table table, ComparisonContext context) {
        return table.columns().stream().map(c -> context.nameKey(c.name())).sorted().toList();
    }
}
