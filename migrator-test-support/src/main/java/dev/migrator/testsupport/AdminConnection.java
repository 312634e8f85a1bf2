package dev.migrator.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * One long-lived connection per server for creating and dropping fresh schemas, so that a test pays
 * for a single statement rather than for a new login. Reopened if the server dropped it.
 */
final class AdminConnection {

    private final ServerAddress server;
    private final String sessionSetup;
    private Connection connection;

    /**
     * @param sessionSetup a statement run once on each new admin session, e.g. to bound lock waits so
     *     that a drop blocked by a test's open transaction fails instead of hanging the build
     */
    AdminConnection(ServerAddress server, String sessionSetup) {
        this.server = server;
        this.sessionSetup = sessionSetup;
    }

    ServerAddress server() {
        return server;
    }

    synchronized void execute(String sql) throws SQLException {
        try (Statement statement = open().createStatement()) {
            statement.execute(sql);
        }
    }

    private Connection open() throws SQLException {
        if (connection != null && connection.isValid(5)) {
            return connection;
        }
        if (connection != null) {
            closeQuietly(connection);
        }
        Connection fresh = DriverManager.getConnection(server.url(), server.user(), server.password());
        try (Statement statement = fresh.createStatement()) {
            statement.execute(sessionSetup);
        } catch (SQLException e) {
            closeQuietly(fresh);
            throw e;
        }
        connection = fresh;
        return connection;
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // it is being replaced because it is already broken
        }
    }
}
