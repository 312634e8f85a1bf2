package dev.migrator.autoconfigure;

import org.springframework.boot.autoconfigure.service.connection.ConnectionDetails;
import org.springframework.boot.jdbc.DatabaseDriver;

/**
 * Where the default Migrator instance connects when it should not use the application's DataSource. By default
 * these come from {@code spring.migrator.url}, {@code user} and {@code password}; a bean of this type (for example
 * one that Testcontainers' {@code @ServiceConnection} or Docker Compose contributes) replaces them.
 *
 * <p>Every method may return {@code null}: with no URL and no user, the application's DataSource is migrated; with a
 * user but no URL, the application's database is migrated as that user.
 */
public interface MigratorConnectionDetails extends ConnectionDetails {

    /** The user to log in as, or {@code null}. */
    String getUsername();

    /** The password to log in with, or {@code null}. */
    String getPassword();

    /** The JDBC URL of the database to migrate, or {@code null} for the application's database. */
    String getJdbcUrl();

    /** The JDBC driver's class name; by default the one the URL implies. */
    default String getDriverClassName() {
        String url = getJdbcUrl();
        return url != null ? DatabaseDriver.fromJdbcUrl(url).getDriverClassName() : null;
    }
}
