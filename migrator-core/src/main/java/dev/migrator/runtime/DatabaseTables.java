package dev.migrator.runtime;

import dev.migrator.dialect.Dialect;
import dev.migrator.schema.QualifiedName;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** What the runtime needs to know and do about its own tables, on any database. */
final class DatabaseTables {

    private final Dialect dialect;

    DatabaseTables(Dialect dialect) {
        this.dialect = dialect;
    }

    boolean exists(Connection connection, QualifiedName table) throws SQLException {
        DatabaseMetaData metadata = connection.getMetaData();
        String stored = dialect.storedIdentifier(table.name());
        String schema = table.schema() == null ? null : dialect.storedIdentifier(table.schema());
        boolean schemaIsCatalog = isCatalogPerDatabase(metadata);
        String catalog = schemaIsCatalog ? (schema != null ? schema : connection.getCatalog()) : connection.getCatalog();
        String schemaPattern = schemaIsCatalog ? null : (schema != null ? schema : connection.getSchema());
        try (ResultSet tables = metadata.getTables(catalog, escape(schemaPattern, metadata), escape(stored, metadata),
                new String[] {"TABLE", "BASE TABLE"})) {
            while (tables.next()) {
                if (stored.equals(tables.getString("TABLE_NAME"))) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * Reads one of Migrator's tables; a table that does not exist yet reads as empty. A table another
     * instance creates between the query and the check is read again.
     */
    <T> List<T> readOrEmpty(Connection connection, QualifiedName table, Query<T> query) throws SQLException {
        try {
            return query.run(connection);
        } catch (SQLException failure) {
            // A failed statement leaves PostgreSQL's transaction unusable until it is rolled back.
            if (!connection.getAutoCommit()) {
                connection.rollback();
            }
            if (!exists(connection, table)) {
                return List.of();
            }
            return query.run(connection);
        }
    }

    @FunctionalInterface
    interface Query<T> {
        List<T> run(Connection connection) throws SQLException;
    }

    void execute(Connection connection, List<String> statements) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    /** MariaDB and MySQL call a database a catalog and have no schemas inside it. */
    private static boolean isCatalogPerDatabase(DatabaseMetaData metadata) throws SQLException {
        String product = metadata.getDatabaseProductName().toLowerCase(java.util.Locale.ROOT);
        return product.contains("mariadb") || product.contains("mysql");
    }

    private static String escape(String pattern, DatabaseMetaData metadata) throws SQLException {
        if (pattern == null) {
            return null;
        }
        String escape = metadata.getSearchStringEscape();
        if (escape == null || escape.isEmpty()) {
            return pattern;
        }
        return pattern.replace(escape, escape + escape).replace("_", escape + "_").replace("%", escape + "%");
    }
}
