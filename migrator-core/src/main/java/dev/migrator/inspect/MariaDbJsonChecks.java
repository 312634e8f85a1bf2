package dev.migrator.inspect;

import dev.migrator.schema.ColumnType;

/**
 * MariaDB's JSON is an alias: the column becomes {@code longtext} with a check named after the column,
 * {@code json_valid(`col`)}. Reading that pair back as a JSON column keeps autogenerate from seeing a type change
 * and a check that nobody wrote.
 */
final class MariaDbJsonChecks {

    private MariaDbJsonChecks() {
    }

    /** @return whether the check was folded into its column, and so is not a constraint of its own */
    static boolean foldIntoColumn(TableParts table, String checkName, String clause) {
        boolean jsonCheck = clause.equals("json_valid(`" + checkName.replace("`", "``") + "`)");
        boolean onText = table.column(checkName).filter(column -> column.type() instanceof ColumnType.Text).isPresent();
        if (!jsonCheck || !onText) {
            return false;
        }
        table.changeColumn(checkName, column -> column.withType(new ColumnType.Json()));
        return true;
    }
}
