package dev.migrator.autogenerate.entity;

import dev.migrator.schema.Schema;
import org.hibernate.engine.config.spi.ConfigurationService;
import org.hibernate.engine.jdbc.spi.JdbcServices;

/**
 * Builds the schema that JPA entities describe: the tables, columns, keys, indexes, checks and sequences that
 * the application's own Hibernate would create for them on the target database, as a {@link Schema} that
 * autogenerate compares with a live database.
 *
 * <pre>{@code
 * Schema target = EntitySchemaBuilder.build(EntitySchemaSettings.springBootDefaults()
 *         .withPackages("com.example.library.domain")
 *         .withDialect(Dialects.forName("postgresql"))
 *         .withDatabaseVersion(16, 0));
 * }</pre>
 *
 * <p>It runs Hibernate's boot phase only (the boot metamodel) and reads that: it never connects to a
 * database and never starts a SessionFactory, so entity listeners, caches and the like are never touched.
 * Bean Validation constraints shape the schema as at application start when a provider is on the class path.
 *
 * <p>Needs Hibernate ORM on the class path (an optional dependency of migrator-core).
 */
public final class EntitySchemaBuilder {

    private EntitySchemaBuilder() {
    }

    /**
     * The schema the entities describe for the settings' database.
     *
     * @throws EntitySchemaException when the settings name no database or no entities, a package cannot be
     *                               scanned, or Hibernate rejects the mapping
     */
    public static Schema build(EntitySchemaSettings settings) {
        try (HibernateBootstrap hibernate = HibernateBootstrap.start(settings)) {
            // The steps a SessionFactory takes before its schema creation runs, in the same order.
            BeanValidationDdl.apply(hibernate.metadata(), hibernate.registry(), settings.effectiveClassLoader());
            // Hibernate orders columns and key columns only when it will create the schema, which is the case
            // this schema stands for; hence forced.
            hibernate.metadata().orderColumns(true);
            CreateStatementCompletion.complete(hibernate.metadata(), hibernate.registry());
            var dialect = hibernate.registry().requireService(JdbcServices.class).getDialect();
            var hibernateSettings = hibernate.registry().requireService(ConfigurationService.class).getSettings();
            String targetDatabase = settings.dialect() != null ? settings.dialect().name() : "";
            return new BootMetamodelReader(hibernate.metadata(), dialect, targetDatabase, hibernateSettings).read();
        }
    }
}
