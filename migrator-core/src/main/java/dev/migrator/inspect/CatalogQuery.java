package dev.migrator.inspect;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Runs one catalog query with string parameters and hands each row to a callback. */
final class CatalogQuery {

    @FunctionalInterface
    interface RowHandler {
        void accept(ResultSet row) throws SQLException;
    }

    private CatalogQuery() {
    }

    static void forEachRow(Connection connection, String sql, RowHandler handler, String... parameters)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    handler.accept(rows);
                }
            }
        }
    }

    /** The first column of the first row, or null when there is no row. */
    static String firstValue(Connection connection, String sql, String... parameters) throws SQLException {
        String[] value = new String[1];
        forEachRow(connection, sql, row -> {
            if (value[0] == null) {
                value[0] = row.getString(1);
            }
        }, parameters);
        return value[0];
    }

    static boolean anyRow(Connection connection, String sql, String... parameters) throws SQLException {
        boolean[] found = new boolean[1];
        forEachRow(connection, sql, row -> found[0] = true, parameters);
        return found[0];
    }
}
