package dev.migrator.autoconfigure;

/**
 * What start-up does when a {@link MigratorSchemaCheck} finds that the migrated database and the application's
 * entities differ ({@code spring.migrator.on-schema-mismatch}).
 */
public enum SchemaMismatchAction {

    /** Do not compare at all. */
    IGNORE,

    /** Log the differences as a warning and start. */
    WARN,

    /** Fail start-up, listing the differences. */
    FAIL
}
