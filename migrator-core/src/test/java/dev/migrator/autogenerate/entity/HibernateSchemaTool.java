package dev.migrator.autogenerate.entity;

import dev.migrator.testsupport.TestDatabase;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;

/**
 * Hibernate's own schema tool run the way a Spring Boot application with {@code spring.jpa.hibernate.ddl-auto}
 * runs it: a SessionFactory over the entities, with Boot's naming strategies, against a live database.
 */
final class HibernateSchemaTool {

    private HibernateSchemaTool() {
    }

    /** {@code ddl-auto=validate}: throws Hibernate's SchemaManagementException when the database does not fit. */
    static void validate(TestDatabase db, List<Class<?>> entityClasses) {
        run(db, entityClasses, "validate");
    }

    /** {@code ddl-auto=create}: the schema Hibernate itself would create for the entities. */
    static void create(TestDatabase db, List<Class<?>> entityClasses) {
        run(db, entityClasses, "create");
    }

    /** {@code ddl-auto=none}: the SessionFactory only starts, with the checks Hibernate makes when it does. */
    static void start(TestDatabase db, List<Class<?>> entityClasses) {
        run(db, entityClasses, "none");
    }

    private static void run(TestDatabase db, List<Class<?>> entityClasses, String action) {
        Map<String, Object> settings = new HashMap<>(EntitySchemaSettings.springBootDefaults().hibernateSettings());
        settings.put("jakarta.persistence.jdbc.url", db.jdbcUrl());
        settings.put("jakarta.persistence.jdbc.user", db.user() == null ? "" : db.user());
        settings.put("jakarta.persistence.jdbc.password", db.password() == null ? "" : db.password());
        settings.put("hibernate.hbm2ddl.auto", action);
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder().applySettings(settings).build();
        try {
            MetadataSources sources = new MetadataSources(registry);
            entityClasses.forEach(sources::addAnnotatedClass);
            try (SessionFactory ignored = sources.buildMetadata().buildSessionFactory()) {
                // building it ran the schema action
            }
        } finally {
            StandardServiceRegistryBuilder.destroy(registry);
        }
    }
}
