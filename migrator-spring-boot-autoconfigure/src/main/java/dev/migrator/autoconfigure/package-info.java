/**
 * Spring Boot auto-configuration for Migrator.
 *
 * <p>{@link dev.migrator.autoconfigure.MigratorAutoConfiguration} creates one engine per instance (the default one on
 * the application's DataSource, plus {@code spring.migrator.instances.*}), collects them in
 * {@link dev.migrator.autoconfigure.MigratorInstances}, and upgrades them at start-up with
 * {@link dev.migrator.autoconfigure.MigratorInitializer} before JPA and other DataSource users start. Applications
 * call the commands through {@link dev.migrator.autoconfigure.MigrationRunner} and adjust the behaviour with
 * {@link dev.migrator.autoconfigure.MigratorMigrationStrategy},
 * {@link dev.migrator.autoconfigure.MigratorConfigurationCustomizer}, {@link dev.migrator.runtime.MigrationListener}
 * and {@link dev.migrator.autoconfigure.MigratorSchemaCheck} beans.
 *
 * <p>When the application has JPA, each instance's engine knows the schema its entities describe, so that
 * {@code compare}, {@code check} and {@code revision --autogenerate} work, and start-up compares the migrated database
 * with it ({@code spring.migrator.on-schema-mismatch}). The command line is in {@code dev.migrator.autoconfigure.cli}.
 */
package dev.migrator.autoconfigure;
