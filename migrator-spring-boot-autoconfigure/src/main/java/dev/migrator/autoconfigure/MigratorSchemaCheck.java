package dev.migrator.autoconfigure;

import dev.migrator.autogenerate.SchemaDiff;

/**
 * Compares a migrated database with the schema the application expects (its entities), right after the start-up
 * upgrade; {@code spring.migrator.on-schema-mismatch} says whether start-up ignores, logs or fails on the differences
 * it reports. The default bean compares each instance that has a target schema (its JPA entities) with the engine's
 * {@code compare()} and skips the others; define your own to compare differently.
 */
@FunctionalInterface
public interface MigratorSchemaCheck {

    /**
     * @param instance the instance that was just migrated; its {@link MigratorInstance#entityPackages()} say which
     *     entities describe its schema
     * @return what differs; {@link SchemaDiff#none()} when the database matches
     */
    SchemaDiff compare(MigratorInstance instance);
}
