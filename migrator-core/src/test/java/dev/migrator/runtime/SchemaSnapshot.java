package dev.migrator.runtime;

import dev.migrator.testsupport.DatabaseKind;
import dev.migrator.testsupport.TestDatabase;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The user's schema as JDBC metadata reports it (tables, columns, keys, indexes), as sorted lines, so
 * two databases or two moments can be compared with one assertion. Migrator's own tables are left out.
 */
final class SchemaSnapshot {

    private static final Set<String> OWN_TABLES = Set.of("migrator_version", "migrator_history", "migrator_version_lock");

    private SchemaSnapshot() {
    }

    static List<String> of(TestDatabase db) {
        try (Connection connection = db.connect()) {
            DatabaseMetaData meta = connection.getMetaData();
            String catalog = connection.getCatalog();
            String schema = db.kind() == DatabaseKind.MARIADB ? null : connection.getSchema();
            Set<String> lines = new TreeSet<>();
            for (String table : tables(meta, catalog, schema)) {
                try (ResultSet columns = meta.getColumns(catalog, schema, table, null)) {
                    while (columns.next()) {
                        lines.add(table + "." + columns.getString("COLUMN_NAME") + " " + columns.getString("TYPE_NAME")
                                + "(" + columns.getInt("COLUMN_SIZE") + ") nullable=" + columns.getString("IS_NULLABLE"));
                    }
                }
                try (ResultSet keys = meta.getPrimaryKeys(catalog, schema, table)) {
                    while (keys.next()) {
                        lines.add(table + " pk " + keys.getString("COLUMN_NAME"));
                    }
                }
                try (ResultSet keys = meta.getImportedKeys(catalog, schema, table)) {
                    while (keys.next()) {
                        lines.add(table + " fk " + keys.getString("FKCOLUMN_NAME") + " -> "
                                + keys.getString("PKTABLE_NAME") + "." + keys.getString("PKCOLUMN_NAME"));
                    }
                }
                try (ResultSet indexes = meta.getIndexInfo(catalog, schema, table, false, false)) {
                    while (indexes.next()) {
                        String name = indexes.getString("INDEX_NAME");
                        if (name != null && name.toLowerCase(Locale.ROOT).startsWith("ix_")) {
                            lines.add(table + " index " + name + " " + indexes.getString("COLUMN_NAME"));
                        }
                    }
                }
            }
            return new ArrayList<>(lines);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> userTables(TestDatabase db) {
        try (Connection connection = db.connect()) {
            DatabaseMetaData meta = connection.getMetaData();
            return tables(meta, connection.getCatalog(), db.kind() == DatabaseKind.MARIADB ? null : connection.getSchema());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> versionRows(TestDatabase db) {
        try (Connection connection = db.connect(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT version_num FROM migrator_version ORDER BY version_num")) {
            List<String> result = new ArrayList<>();
            while (rows.next()) {
                result.add(rows.getString(1));
            }
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> tables(DatabaseMetaData meta, String catalog, String schema) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rs = meta.getTables(catalog, schema, "%", new String[] {"TABLE", "BASE TABLE"})) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME");
                if (!OWN_TABLES.contains(name.toLowerCase(Locale.ROOT))) {
                    tables.add(name);
                }
            }
        }
        tables.sort(null);
        return tables;
    }
}
