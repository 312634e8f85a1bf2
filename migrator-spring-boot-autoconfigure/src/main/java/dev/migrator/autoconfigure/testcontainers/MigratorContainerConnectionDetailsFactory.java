package dev.migrator.autoconfigure.testcontainers;

import dev.migrator.autoconfigure.MigratorConnectionDetails;
import org.springframework.boot.testcontainers.service.connection.ContainerConnectionDetailsFactory;
import org.springframework.boot.testcontainers.service.connection.ContainerConnectionSource;
import org.testcontainers.containers.JdbcDatabaseContainer;

/**
 * Creates {@link MigratorConnectionDetails} for a {@code @ServiceConnection} JDBC database container (PostgreSQL,
 * MariaDB, MySQL, ...), so the default instance migrates the container's database.
 *
 * <p>Registered in {@code META-INF/spring.factories}. Spring Boot loads it only when it can resolve both generic
 * types: without spring-boot-testcontainers or testcontainers-jdbc on the class path the entry is skipped.
 */
class MigratorContainerConnectionDetailsFactory
        extends ContainerConnectionDetailsFactory<JdbcDatabaseContainer<?>, MigratorConnectionDetails> {

    @Override
    protected MigratorConnectionDetails getContainerConnectionDetails(
            ContainerConnectionSource<JdbcDatabaseContainer<?>> source) {
        return new MigratorContainerConnectionDetails(source);
    }

    /**
     * Reads the container when asked, not when created: Spring Boot creates the details before the container has
     * started and mapped its port.
     */
    private static final class MigratorContainerConnectionDetails
            extends ContainerConnectionDetails<JdbcDatabaseContainer<?>> implements MigratorConnectionDetails {

        private MigratorContainerConnectionDetails(ContainerConnectionSource<JdbcDatabaseContainer<?>> source) {
            super(source);
        }

        @Override
        public String getUsername() {
            return getContainer().getUsername();
        }

        @Override
        public String getPassword() {
            return getContainer().getPassword();
        }

        @Override
        public String getJdbcUrl() {
            return getContainer().getJdbcUrl();
        }

        @Override
        public String getDriverClassName() {
            return getContainer().getDriverClassName();
        }
    }
}
