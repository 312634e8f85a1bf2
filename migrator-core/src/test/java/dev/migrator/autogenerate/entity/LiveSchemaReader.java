package dev.migrator.autogenerate.entity;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads tables, columns, primary keys and foreign keys of one schema back through JDBC metadata, with every
 * name in lower case so that the comparison does not depend on how each database folds names. A deliberately
 * small reader for these tests; Migrator's own catalog inspector lives elsewhere.
 */
final class LiveSchemaReader {

    record LiveColumn(String name, String typeName, int size, int decimalDigits, boolean nullable) {
    }

    record LiveForeignKey(String name, List<String> columns, String referencedTable, List<String> referencedColumns) {
    }

    record LiveTable(String name, Map<String, LiveColumn> columns, List<String> primaryKey,
                     Map<String, LiveForeignKey> foreignKeys) {
    }

    private final DatabaseMetaData meta;
    private final String catalog;
    private final String schema;

    LiveSchemaReader(Connection connection, String catalog, String schema) throws SQLException {
        this.meta = connection.getMetaData();
        this.catalog = catalog;
        this.schema = schema;
    }

    Map<String, LiveTable> tables() throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet rs = meta.getTables(catalog, schema, "%", new String[] {"TABLE", "BASE TABLE"})) {
            while (rs.next()) {
                names.add(rs.getString("TABLE_NAME"));
            }
        }
        Map<String, LiveTable> tables = new TreeMap<>();
        for (String name : names) {
            tables.put(lower(name), new LiveTable(lower(name), columns(name), primaryKey(name), foreignKeys(name)));
        }
        return tables;
    }

    private Map<String, LiveColumn> columns(String table) throws SQLException {
        Map<String, LiveColumn> columns = new TreeMap<>();
        try (ResultSet rs = meta.getColumns(catalog, schema, table, "%")) {
            while (rs.next()) {
                String name = lower(rs.getString("COLUMN_NAME"));
                columns.put(name, new LiveColumn(name, lower(rs.getString("TYPE_NAME")), rs.getInt("COLUMN_SIZE"),
                        rs.getInt("DECIMAL_DIGITS"), rs.getInt("NULLABLE") == DatabaseMetaData.columnNullable));
            }
        }
        return columns;
    }

    private List<String> primaryKey(String table) throws SQLException {
        Map<Short, String> columns = new TreeMap<>();
        try (ResultSet rs = meta.getPrimaryKeys(catalog, schema, table)) {
            while (rs.next()) {
                columns.put(rs.getShort("KEY_SEQ"), lower(rs.getString("COLUMN_NAME")));
            }
        }
        return List.copyOf(columns.values());
    }

    private Map<String, LiveForeignKey> foreignKeys(String table) throws SQLException {
        Map<String, List<String[]>> parts = new TreeMap<>();
        try (ResultSet rs = meta.getImportedKeys(catalog, schema, table)) {
            while (rs.next()) {
                parts.computeIfAbsent(lower(rs.getString("FK_NAME")), k -> new ArrayList<>()).add(new String[] {
                        lower(rs.getString("FKCOLUMN_NAME")), lower(rs.getString("PKTABLE_NAME")),
                        lower(rs.getString("PKCOLUMN_NAME")), rs.getString("KEY_SEQ")});
            }
        }
        Map<String, LiveForeignKey> foreignKeys = new TreeMap<>();
        parts.forEach((name, rows) -> {
            rows.sort(java.util.Comparator.comparing(row -> Integer.parseInt(row[3])));
            foreignKeys.put(name, new LiveForeignKey(name, rows.stream().map(row -> row[0]).toList(), rows.get(0)[1],
                    rows.stream().map(row -> row[2]).toList()));
        });
        return foreignKeys;
    }

    private static String lower(String name) {
        return name == null ? null : name.toLowerCase(Locale.ROOT);
    }
}
