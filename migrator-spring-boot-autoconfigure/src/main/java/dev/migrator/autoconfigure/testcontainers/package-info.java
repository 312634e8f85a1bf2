/**
 * Testcontainers' {@code @ServiceConnection} for Migrator: a JDBC database container supplies the
 * {@link dev.migrator.autoconfigure.MigratorConnectionDetails} the default instance migrates with. Used only when the
 * application has spring-boot-testcontainers and testcontainers-jdbc; without them Spring Boot skips the factory.
 */
package dev.migrator.autoconfigure.testcontainers;
