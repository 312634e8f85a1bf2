package dev.migrator.inspect;

import dev.migrator.schema.QualifiedName;
import dev.migrator.schema.Table;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The tables of one schema while their catalog queries are read, by stored name in reading order. Rows about
 * relations it does not hold (views, sequences, tables whose every column was dropped) are ignored by asking
 * {@link #table} first.
 */
final class InspectedTables {

    private final String reportedSchema;
    private final Map<String, TableParts> tables = new LinkedHashMap<>();

    /** @param reportedSchema the schema put into the names of tables, null for the current schema */
    InspectedTables(String reportedSchema) {
        this.reportedSchema = reportedSchema;
    }

    void addTable(String name, String comment) {
        tables.put(name, new TableParts(new QualifiedName(reportedSchema, name), emptyAsNull(comment)));
    }

    /** Work on a table's parts that may read further columns of the current catalog row. */
    @FunctionalInterface
    interface TableWork {
        void accept(TableParts table) throws SQLException;
    }

    /** Does the work when the table is held, and nothing for rows about other relations. */
    void ifHeld(String name, TableWork work) throws SQLException {
        TableParts table = tables.get(name);
        if (table != null) {
            work.accept(table);
        }
    }

    /**
     * The names of a held table's columns with these catalog numbers, in that order; a number without a column
     * names nothing (null), which only a catalog changing while it is read can cause.
     */
    List<String> columnNames(String table, int[] numbers) {
        TableParts parts = tables.get(table);
        return parts != null ? parts.columnsNumbered(numbers) : Arrays.asList(new String[numbers.length]);
    }

    /** A table in the inspected schema or in another one, named as migrations in the inspected schema write it. */
    QualifiedName reference(String schema, String inspectedSchema, String name) {
        return new QualifiedName(schema == null || schema.equals(inspectedSchema) ? reportedSchema : schema, name);
    }

    /** The tables; a table without columns, which PostgreSQL allows, has no place in the model and is left out. */
    List<Table> toTables() {
        return tables.values().stream().filter(TableParts::hasColumns).map(TableParts::toTable).toList();
    }

    /** Catalogs report a missing comment as null or as an empty string; both mean none. */
    static String emptyAsNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
