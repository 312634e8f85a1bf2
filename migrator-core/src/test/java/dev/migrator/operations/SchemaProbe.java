package dev.migrator.operations;

import dev.migrator.dialect.Dialect;
import dev.migrator.dialect.Dialects;
import dev.migrator.testsupport.DatabaseKind;
import dev.migrator.testsupport.TestDatabase;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Reads a test database's schema back through JDBC metadata (and information_schema where JDBC
 * lacks it), looking names up the way the dialect stores them.
 */
final class SchemaProbe {

    record ColumnInfo(String name, String typeName, int size, boolean nullable, String defaultValue, String comment,
                      boolean autoIncrement) {
    }

    record ForeignKeyInfo(String name, String table, List<String> columns, String referencedTable,
                          List<String> referencedColumns, int deleteRule, int updateRule) {
    }

    record IndexInfo(String name, boolean unique, List<String> columns) {
    }

    private final Connection connection;
    private final Dialect dialect;
    private final DatabaseKind kind;
    private final String catalog;
    private final String schema;

    SchemaProbe(Connection connection, TestDatabase db) throws SQLException {
        this.connection = connection;
        this.dialect = Dialects.detect(connection);
        this.kind = db.kind();
        // MariaDB's driver reports databases as catalogs; the others have schemas.
        this.catalog = kind == DatabaseKind.MARIADB ? db.schemaName() : null;
        this.schema = kind == DatabaseKind.MARIADB ? null : db.schemaName();
    }

    Dialect dialect() {
        return dialect;
    }

    String stored(String name) {
        return dialect.storedIdentifier(name);
    }

    boolean tableExists(String table) throws SQLException {
        try (ResultSet rs = meta().getTables(catalog, schema, stored(table), new String[] {"TABLE", "BASE TABLE"})) {
            return rs.next();
        }
    }

    Optional<String> tableComment(String table) throws SQLException {
        try (ResultSet rs = meta().getTables(catalog, schema, stored(table), null)) {
            if (!rs.next()) {
                throw new AssertionError("no table " + table);
            }
            return Optional.ofNullable(rs.getString("REMARKS")).filter(s -> !s.isEmpty());
        }
    }

    /** Columns by name, as stored. */
    Map<String, ColumnInfo> columns(String table) throws SQLException {
        Map<String, ColumnInfo> columns = new TreeMap<>();
        try (ResultSet rs = meta().getColumns(catalog, schema, stored(table), null)) {
            while (rs.next()) {
                String remarks = rs.getString("REMARKS");
                columns.put(rs.getString("COLUMN_NAME"), new ColumnInfo(rs.getString("COLUMN_NAME"),
                        rs.getString("TYPE_NAME"), rs.getInt("COLUMN_SIZE"),
                        rs.getInt("NULLABLE") == DatabaseMetaData.columnNullable, rs.getString("COLUMN_DEF"),
                        remarks == null || remarks.isEmpty() ? null : remarks,
                        "YES".equals(rs.getString("IS_AUTOINCREMENT"))));
            }
        }
        return columns;
    }

    ColumnInfo column(String table, String column) throws SQLException {
        ColumnInfo info = columns(table).get(stored(column));
        if (info == null) {
            throw new AssertionError("no column " + column + " in " + table + ": " + columns(table).keySet());
        }
        return info;
    }

    List<String> primaryKey(String table) throws SQLException {
        Map<Short, String> columns = new TreeMap<>();
        try (ResultSet rs = meta().getPrimaryKeys(catalog, schema, stored(table))) {
            while (rs.next()) {
                columns.put(rs.getShort("KEY_SEQ"), rs.getString("COLUMN_NAME"));
            }
        }
        return List.copyOf(columns.values());
    }

    List<ForeignKeyInfo> foreignKeys(String table) throws SQLException {
        Map<String, List<Object[]>> rows = new TreeMap<>();
        try (ResultSet rs = meta().getImportedKeys(catalog, schema, stored(table))) {
            while (rs.next()) {
                rows.computeIfAbsent(rs.getString("FK_NAME"), k -> new ArrayList<>()).add(new Object[] {
                        rs.getString("FKCOLUMN_NAME"), rs.getString("PKTABLE_NAME"), rs.getString("PKCOLUMN_NAME"),
                        rs.getInt("DELETE_RULE"), rs.getInt("UPDATE_RULE"), rs.getShort("KEY_SEQ")});
            }
        }
        List<ForeignKeyInfo> keys = new ArrayList<>();
        rows.forEach((name, parts) -> {
            parts.sort((a, b) -> Short.compare((Short) a[5], (Short) b[5]));
            keys.add(new ForeignKeyInfo(name, (String) parts.get(0)[1],
                    parts.stream().map(p -> (String) p[0]).toList(), (String) parts.get(0)[1],
                    parts.stream().map(p -> (String) p[2]).toList(), (Integer) parts.get(0)[3],
                    (Integer) parts.get(0)[4]));
        });
        return keys;
    }

    /** Indexes by name, including those behind primary keys and unique constraints. */
    Map<String, IndexInfo> indexes(String table) throws SQLException {
        Map<String, Map<Short, String>> columns = new TreeMap<>();
        Map<String, Boolean> unique = new TreeMap<>();
        try (ResultSet rs = meta().getIndexInfo(catalog, schema, stored(table), false, false)) {
            while (rs.next()) {
                String name = rs.getString("INDEX_NAME");
                if (name == null) {
                    continue;
                }
                columns.computeIfAbsent(name, k -> new TreeMap<>()).put(rs.getShort("ORDINAL_POSITION"),
                        rs.getString("COLUMN_NAME"));
                unique.put(name, !rs.getBoolean("NON_UNIQUE"));
            }
        }
        Map<String, IndexInfo> indexes = new TreeMap<>();
        columns.forEach((name, cols) -> indexes.put(name, new IndexInfo(name, unique.get(name),
                new ArrayList<>(cols.values()))));
        return indexes;
    }

    Optional<IndexInfo> index(String table, String name) throws SQLException {
        return Optional.ofNullable(indexes(table).get(stored(name)));
    }

    /** Names of check constraints on a table, from information_schema. */
    TreeSet<String> checkConstraints(String table) throws SQLException {
        return constraintNames(table, "CHECK");
    }

    /** Names of unique constraints on a table, from information_schema. */
    TreeSet<String> uniqueConstraints(String table) throws SQLException {
        return constraintNames(table, "UNIQUE");
    }

    private TreeSet<String> constraintNames(String table, String type) throws SQLException {
        // PostgreSQL lists NOT NULL as CHECK constraints named ..._not_null.
        String sql = "SELECT CONSTRAINT_NAME FROM information_schema.TABLE_CONSTRAINTS "
                + "WHERE CONSTRAINT_TYPE = ? AND TABLE_SCHEMA = ? AND TABLE_NAME = ? "
                + "AND CONSTRAINT_NAME NOT LIKE '%_not_null'";
        TreeSet<String> names = new TreeSet<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, type);
            statement.setString(2, kind == DatabaseKind.MARIADB ? catalog : schema);
            statement.setString(3, stored(table));
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
        }
        return names;
    }

    /** Everything this probe reads about a table, for before/after comparisons. */
    String describe(String table) throws SQLException {
        if (!tableExists(table)) {
            return "no table " + table;
        }
        return "columns=" + columns(table) + "\npk=" + primaryKey(table) + "\nfks=" + foreignKeys(table)
                + "\nindexes=" + indexesIgnoringGeneratedNames(table) + "\nchecks=" + checkConstraints(table) + "\nuniques=" + uniqueConstraints(table)
                + "\ncomment=" + tableComment(table);
    }

    /**
     * Indexes with the names H2 makes up for constraint indexes blanked out: H2 renumbers them when it
     * rebuilds a table (for example to add a column), which says nothing about the schema.
     */
    private List<IndexInfo> indexesIgnoringGeneratedNames(String table) throws SQLException {
        return indexes(table).values().stream()
                .map(ix -> kind == DatabaseKind.H2 && ix.name().matches("PRIMARY_KEY_\\w+|.*_INDEX_\\w+")
                        ? new IndexInfo("<generated>", ix.unique(), ix.columns()) : ix)
                .sorted(java.util.Comparator.comparing(IndexInfo::toString))
                .toList();
    }

    boolean sequenceExists(String name) throws SQLException {
        String sql = kind == DatabaseKind.MARIADB
                ? "SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ? AND TABLE_TYPE = 'SEQUENCE'"
                : "SELECT 1 FROM information_schema.SEQUENCES WHERE SEQUENCE_SCHEMA = ? AND SEQUENCE_NAME = ?";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, kind == DatabaseKind.MARIADB ? catalog : schema);
            statement.setString(2, stored(name));
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next();
            }
        }
    }

    boolean schemaExists(String name) throws SQLException {
        try (ResultSet rs = kind == DatabaseKind.MARIADB ? meta().getCatalogs() : meta().getSchemas()) {
            while (rs.next()) {
                if (rs.getString(1).equals(stored(name))) {
                    return true;
                }
            }
        }
        return false;
    }

    private DatabaseMetaData meta() throws SQLException {
        return connection.getMetaData();
    }
}
