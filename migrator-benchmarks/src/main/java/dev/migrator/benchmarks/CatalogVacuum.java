package dev.migrator.benchmarks;

import dev.migrator.testsupport.DatabaseKind;
import dev.migrator.testsupport.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Vacuums the PostgreSQL test database after a benchmark dropped a thousand tables. Where autovacuum is off, the
 * dead catalog rows would otherwise pile up from one trial to the next and slow every catalog query, so that later
 * trials (and the measurements in them) would pay for earlier ones.
 */
final class CatalogVacuum {

    private CatalogVacuum() {
    }

    static void after(TestDatabase dropped) {
        if (dropped.kind() != DatabaseKind.POSTGRESQL) {
            return;
        }
        try (Connection connection = DriverManager.getConnection(dropped.jdbcUrl(), dropped.user(),
                dropped.password()); Statement statement = connection.createStatement()) {
            statement.execute("VACUUM");
        } catch (SQLException failure) {
            System.err.println("Could not vacuum the PostgreSQL test database (" + failure.getMessage()
                    + "); later trials may be slower.");
        }
    }
}
