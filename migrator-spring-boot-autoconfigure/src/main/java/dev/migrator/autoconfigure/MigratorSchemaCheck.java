package dev.migrator.autoconfigure;

import dev.migrator.autogenerate.SchemaDiff;

/**
 * Compares a migrated database with the schema the application expects (its entities), right after the start-up
 * upgrade. There is no bean of this type by default, so no comparison is made and
 * {@code spring.migrator.on-schema-mismatch} has no effect; defining one (as autogenerate support does) makes start-up
 * ignore, log or fail on the differences it reports.
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
