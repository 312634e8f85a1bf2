package dev.migrator.test.autoconfigure;

import dev.migrator.autoconfigure.MigratorInstance;
import dev.migrator.autoconfigure.MigratorInstances;
import dev.migrator.autogenerate.SchemaDiff;
import dev.migrator.command.Migrator;
import java.util.List;
import java.util.Optional;

/**
 * {@link AutoMigrate#entitiesMatch()}: the migrated database is what the entities describe, so Migrator's
 * {@code compare} finds nothing to do. The entities' schema is the instance's target schema, which the starter builds
 * from the entities the application's JPA set-up maps; the check reads no entity itself, so that it agrees with the
 * starter's {@code compare}, {@code check} and start-up schema check on what the entities are.
 */
final class EntitiesMatchCheck {

    /** The problem, if the database and the entities differ or no entity describes the database. */
    Optional<String> check(MigratorInstance instance) {
        Migrator migrator = instance.migrator();
        if (migrator.configuration().targetSchema() == null) {
            return Optional.of(noEntities(instance));
        }
        SchemaDiff diff = migrator.compare();
        if (diff.isEmpty()) {
            return Optional.empty();
        }
        List<String> current = migrator.current();
        return Optional.of("entitiesMatch: the database migrated by " + RevisionNames.location(migrator) + " (at "
                + (current.isEmpty() ? "base" : String.join(", ", current)) + ") does not match its entities (the"
                + " target schema the application configured for it). " + diff.operations().size()
                + " operation(s) would bring it there:\n" + diff.describe()
                + "Write a migration for them with 'revision --autogenerate -m \"...\"' on Migrator's command line (or"
                + " Migrator.revisionAutogenerate), review it, and run the tests again. If the entities are wrong"
                + " instead, fix the entities.");
    }

    /**
     * The starter gives an instance no target schema when it finds no entity for it: a named instance without
     * {@code entity-packages}, or packages without an {@code @Entity}. An application-defined Migrator bean has
     * none unless the application gave it one.
     */
    private static String noEntities(MigratorInstance instance) {
        String prefix = MigratorInstances.DEFAULT_INSTANCE.equals(instance.name()) ? "spring.migrator."
                : "spring.migrator.instances." + instance.name() + ".";
        return "entitiesMatch: there are no entities to compare " + RevisionNames.location(instance.migrator())
                + " with: the test's context maps no entity for this instance, so its Migrator has no target schema."
                + " Set " + prefix + "entity-packages to the packages of the entities that describe its database.";
    }
}
