package dev.migrator.autoconfigure;

/**
 * Replaces what start-up does with each Migrator instance, which by default is upgrading it to its target
 * ({@code spring.migrator.target}). Define a bean to, for example, only log what is pending, or stamp a database
 * that was created outside Migrator before upgrading it.
 */
@FunctionalInterface
public interface MigratorMigrationStrategy {

    /** Does the start-up work for one instance; called once per instance, the default instance first. */
    void migrate(MigratorInstance instance);
}
