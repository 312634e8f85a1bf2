package dev.migrator.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Fresh H2 in-memory databases. DB_CLOSE_DELAY=-1 keeps each alive between connections until
 * {@link TestDatabase#close()} shuts it down.
 */
final class H2Databases implements FreshDatabaseFactory {

    private static final String USER = "sa";
    private static final String PASSWORD = "";

    @Override
    public TestDatabase create() {
        String url = "jdbc:h2:mem:" + FreshNames.next() + ";DB_CLOSE_DELAY=-1";
        return new TestDatabase(DatabaseKind.H2, url, USER, PASSWORD, "PUBLIC", () -> shutDown(url));
    }

    private static void shutDown(String url) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, USER, PASSWORD);
                Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        }
    }
}
