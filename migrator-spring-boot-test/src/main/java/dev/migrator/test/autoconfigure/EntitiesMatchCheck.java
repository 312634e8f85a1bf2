package dev.migrator.test.autoconfigure;

import dev.migrator.autoconfigure.MigratorInstance;
import dev.migrator.autogenerate.SchemaDiff;
import dev.migrator.autogenerate.TargetSchemaSource;
import dev.migrator.autogenerate.entity.EntitySchemaBuilder;
import dev.migrator.autogenerate.entity.EntitySchemaSettings;
import dev.migrator.command.Migrator;
import dev.migrator.command.MigratorConfiguration;
import dev.migrator.dialect.Dialect;
import dev.migrator.runtime.MigratorRuntimeException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationContext;

/**
 * {@link AutoMigrate#entitiesMatch()}: the migrated database is what the entities describe, so Migrator's
 * {@code compare} finds nothing to do. When the application configured no target schema for the instance, the
 * entities are read as its JPA set-up would map them (see {@link EntityPackages}), with Spring Boot's naming
 * strategies and the {@code spring.jpa.properties} it passes to Hibernate.
 */
final class EntitiesMatchCheck {

    private final ApplicationContext context;

    EntitiesMatchCheck(ApplicationContext context) {
        this.context = context;
    }

    /** The problem, if the database and the entities differ. */
    Optional<String> check(MigratorInstance instance) {
        Migrator migrator = instance.migrator();
        String entities;
        if (migrator.configuration().targetSchema() == null) {
            List<String> packages = EntityPackages.of(instance, context.getAutowireCapableBeanFactory());
            if (packages.isEmpty()) {
                return Optional.of("entitiesMatch: there are no entities to compare " + RevisionNames.location(migrator)
                        + " with: the test's context names no entity package. Set spring.migrator."
                        + (instance.name().equals("default") ? "" : "instances." + instance.name() + ".")
                        + "entity-packages.");
            }
            entities = "the entities of " + String.join(", ", packages);
            migrator = withEntities(migrator, packages);
        } else {
            entities = "its entities (the target schema the application configured for it)";
        }
        SchemaDiff diff = migrator.compare();
        if (diff.isEmpty()) {
            return Optional.empty();
        }
        List<String> current = migrator.current();
        return Optional.of("entitiesMatch: the database migrated by " + RevisionNames.location(migrator) + " (at "
                + (current.isEmpty() ? "base" : String.join(", ", current)) + ") does not match " + entities + ". "
                + diff.operations().size() + " operation(s) would bring it there:\n" + diff.describe()
                + "Write a migration for them with 'revision --autogenerate -m \"...\"' on Migrator's command line (or"
                + " Migrator.revisionAutogenerate), review it, and run the tests again. If the entities are wrong"
                + " instead, fix the entities.");
    }

    /** The same engine, with the entities as its target schema. */
    private Migrator withEntities(Migrator migrator, List<String> packages) {
        MigratorConfiguration configuration = migrator.configuration();
        Dialect dialect = migrator.dialect();
        EntitySchemaSettings settings = EntitySchemaSettings.springBootDefaults()
                .withPackages(packages.toArray(String[]::new))
                .withDialect(dialect)
                .withClassLoader(configuration.classLoader())
                .withSettings(hibernateSettings());
        settings = withDatabaseVersion(settings, configuration);
        EntitySchemaSettings entities = settings;
        TargetSchemaSource source = ignored -> EntitySchemaBuilder.build(entities);
        return Migrator.create(new MigratorConfiguration(configuration.location(), configuration.classLoader(),
                configuration.dataSource(), dialect, configuration.sourceDirectory(), configuration.settings(),
                configuration.listener(), configuration.requireLocation(), source, configuration.compareOptions()));
    }

    /** What Spring Boot would hand Hibernate besides its defaults: the naming strategies and spring.jpa.properties. */
    private Map<String, Object> hibernateSettings() {
        Binder binder = Binder.get(context.getEnvironment());
        Map<String, Object> settings = new LinkedHashMap<>();
        binder.bind("spring.jpa.hibernate.naming.physical-strategy", String.class)
                .ifBound(strategy -> settings.put("hibernate.physical_naming_strategy", strategy));
        binder.bind("spring.jpa.hibernate.naming.implicit-strategy", String.class)
                .ifBound(strategy -> settings.put("hibernate.implicit_naming_strategy", strategy));
        binder.bind("spring.jpa.properties", Bindable.mapOf(String.class, String.class))
                .ifBound(settings::putAll);
        // These concern creating the schema, which Migrator does; @AutoMigrate sets them to none.
        settings.keySet().removeIf(key -> key.startsWith("hibernate.hbm2ddl.")
                || key.startsWith("jakarta.persistence.schema-generation."));
        return settings;
    }

    /** Hibernate picks types by database version; without one it would assume the oldest it supports. */
    private static EntitySchemaSettings withDatabaseVersion(EntitySchemaSettings settings,
            MigratorConfiguration configuration) {
        try (Connection connection = configuration.dataSource().getConnection()) {
            DatabaseMetaData metaData = connection.getMetaData();
            return settings.withDatabaseVersion(metaData.getDatabaseMajorVersion(),
                    metaData.getDatabaseMinorVersion());
        } catch (SQLException failure) {
            throw new MigratorRuntimeException("Could not connect to read the database version: "
                    + failure.getMessage(), failure);
        }
    }
}
