package dev.migrator.benchmarks;

import dev.migrator.autogenerate.TargetSchemaSource;
import dev.migrator.autogenerate.entity.EntitySchemaBuilder;
import dev.migrator.autogenerate.entity.EntitySchemaSettings;
import dev.migrator.command.Migrator;
import dev.migrator.command.MigratorConfiguration;
import dev.migrator.schema.Schema;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;

/** The Migrator that the schema-check benchmarks compare with: its target schema built from the entities. */
final class EntityChecks {

    private EntityChecks() {
    }

    /** The entities' schema, built anew on each call, for the version of the database behind {@code dataSource}. */
    static TargetSchemaSource fromEntities(List<Class<?>> entities, DataSource dataSource) throws SQLException {
        int major;
        int minor;
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            major = meta.getDatabaseMajorVersion();
            minor = meta.getDatabaseMinorVersion();
        }
        EntitySchemaSettings settings = EntitySchemaSettings.springBootDefaults()
                .withEntityClasses(entities.toArray(Class<?>[]::new))
                .withClassLoader(entities.get(0).getClassLoader());
        return dialect -> EntitySchemaBuilder.build(settings.withDialect(dialect).withDatabaseVersion(major, minor));
    }

    /** The same schema built once and then kept, as the starter keeps it for the endpoint and health. */
    static TargetSchemaSource kept(TargetSchemaSource source) {
        Map<String, Schema> built = new ConcurrentHashMap<>();
        return dialect -> built.computeIfAbsent(dialect.name(), name -> source.targetSchema(dialect));
    }

    static Migrator migrator(DataSource dataSource, TargetSchemaSource target) {
        return Migrator.create(MigratorConfiguration.builder("dev.migrator.benchmarks.migrations")
                .dataSource(dataSource).requireLocation(false).targetSchema(target).build());
    }
}
