package dev.migrator.autoconfigure;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;

/** Looks into a test database through JDBC, independently of Migrator. */
public final class TestDatabaseChecks {

    private TestDatabaseChecks() {
    }

    /** Whether the connection's current schema (or catalog, on MariaDB) has the table, in any letter case. */
    public static boolean hasTable(DataSource dataSource, String table) {
        try (Connection connection = dataSource.getConnection()) {
            String schema = connection.getSchema();
            String catalog = connection.getCatalog();
            for (String name : new String[] {table, table.toUpperCase(Locale.ROOT), table.toLowerCase(Locale.ROOT)}) {
                try (ResultSet tables = connection.getMetaData().getTables(catalog, schema, name, null)) {
                    if (tables.next()) {
                        return true;
                    }
                }
            }
            return false;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        throw new AssertionError("No " + type.getSimpleName() + " in the causes of " + failure, failure);
    }
}
