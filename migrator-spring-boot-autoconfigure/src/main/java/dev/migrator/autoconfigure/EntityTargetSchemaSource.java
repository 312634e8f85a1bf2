package dev.migrator.autoconfigure;

import dev.migrator.autogenerate.TargetSchemaSource;
import dev.migrator.autogenerate.entity.EntitySchemaBuilder;
import dev.migrator.autogenerate.entity.EntitySchemaSettings;
import dev.migrator.dialect.Dialect;
import dev.migrator.runtime.MigratorRuntimeException;
import dev.migrator.schema.Schema;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * The schema an instance's entities describe, built as the application's Hibernate would build it: with the
 * application's Hibernate settings, for the instance's dialect and the version its database reports. Built once.
 */
final class EntityTargetSchemaSource implements TargetSchemaSource {

    private final List<Class<?>> entityClasses;
    private final Supplier<Map<String, Object>> hibernateSettings;
    private final DataSource dataSource;
    private final ClassLoader classLoader;
    private volatile Built built;

    EntityTargetSchemaSource(List<Class<?>> entityClasses, Supplier<Map<String, Object>> hibernateSettings,
            DataSource dataSource, ClassLoader classLoader) {
        this.entityClasses = List.copyOf(entityClasses);
        this.hibernateSettings = hibernateSettings;
        this.dataSource = dataSource;
        this.classLoader = classLoader;
    }

    @Override
    public Schema targetSchema(Dialect dialect) {
        Built known = built;
        if (known != null && known.dialect().equals(dialect.name())) {
            return known.schema();
        }
        int[] version = databaseVersion();
        Schema schema = EntitySchemaBuilder.build(EntitySchemaSettings.springBootDefaults()
                .withClassLoader(classLoader)
                .withEntityClasses(entityClasses.toArray(Class<?>[]::new))
                .withSettings(hibernateSettings.get())
                .withDialect(dialect)
                .withDatabaseVersion(version[0], version[1]));
        built = new Built(dialect.name(), schema);
        return schema;
    }

    /** Hibernate picks types by database version (MariaDB's uuid, for example), as it does at run time. */
    private int[] databaseVersion() {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData metaData = connection.getMetaData();
            return new int[] {metaData.getDatabaseMajorVersion(), metaData.getDatabaseMinorVersion()};
        } catch (SQLException failure) {
            throw new MigratorRuntimeException("Could not connect to read the database version the entities' schema"
                    + " depends on: " + failure.getMessage(), failure);
        }
    }

    private record Built(String dialect, Schema schema) {
    }
}
