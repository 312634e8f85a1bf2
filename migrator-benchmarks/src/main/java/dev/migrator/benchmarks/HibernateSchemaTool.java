package dev.migrator.benchmarks;

import dev.migrator.autogenerate.entity.EntitySchemaSettings;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.tool.schema.spi.SchemaManagementToolCoordinator;

/**
 * Runs one of Hibernate's {@code hbm2ddl} actions ({@code create}, {@code validate}) over entities: metadata as a
 * SessionFactory builds it, then the schema tool, with the Spring Boot defaults Migrator's entity schema uses.
 */
final class HibernateSchemaTool {

    private HibernateSchemaTool() {
    }

    /** @throws org.hibernate.tool.schema.spi.SchemaManagementException when {@code validate} finds a difference */
    static void run(String action, List<Class<?>> entities, DataSource dataSource) {
        Map<String, Object> settings = new HashMap<>(EntitySchemaSettings.springBootDefaults().hibernateSettings());
        settings.put("hibernate.connection.datasource", dataSource);
        settings.put("hibernate.hbm2ddl.auto", action);
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder().applySettings(settings).build();
        try {
            MetadataSources sources = new MetadataSources(registry);
            entities.forEach(sources::addAnnotatedClass);
            Metadata metadata = sources.buildMetadata();
            SchemaManagementToolCoordinator.process(metadata, registry, settings, dropAction -> { });
        } finally {
            StandardServiceRegistryBuilder.destroy(registry);
        }
    }
}
