package dev.migrator.test.autoconfigure;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;

/** Looks into a test database through plain JDBC metadata, independently of Migrator. */
final class DatabaseObjects {

    private DatabaseObjects() {
    }

    /** The columns of a table of the connection's current schema, lower case; empty when there is no such table. */
    static Set<String> columnsOf(DataSource dataSource, String table) {
        Set<String> columns = new TreeSet<>();
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData metaData = connection.getMetaData();
            for (String name : Set.of(table.toLowerCase(Locale.ROOT), table.toUpperCase(Locale.ROOT))) {
                try (ResultSet rows = metaData.getColumns(connection.getCatalog(), connection.getSchema(), name,
                        null)) {
                    while (rows.next()) {
                        columns.add(rows.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return columns;
    }
}
