package dev.migrator.autogenerate.entity;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.BootstrapServiceRegistry;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.boot.registry.classloading.internal.ClassLoaderServiceImpl;
import org.hibernate.boot.registry.classloading.internal.TcclLookupPrecedence;
import org.hibernate.boot.spi.MetadataImplementor;

/**
 * Runs Hibernate's boot phase for the entities: service registry, then the boot metamodel ({@code Metadata}),
 * and nothing after it. No connection is opened and no SessionFactory is built; everything Hibernate needs
 * to know about the database comes from the settings.
 */
final class HibernateBootstrap implements AutoCloseable {

    static final String DIALECT = "hibernate.dialect";
    /** Hibernate's switch that keeps it from connecting to read database metadata at boot. */
    static final String ALLOW_JDBC_METADATA_ACCESS = "hibernate.boot.allow_jdbc_metadata_access";

    private final StandardServiceRegistry registry;
    private final MetadataImplementor metadata;

    private HibernateBootstrap(StandardServiceRegistry registry, MetadataImplementor metadata) {
        this.registry = registry;
        this.metadata = metadata;
    }

    static HibernateBootstrap start(EntitySchemaSettings settings) {
        ClassLoader classLoader = settings.effectiveClassLoader();
        // The class loading Hibernate sets up for this loader by default, remembering misses.
        BootstrapServiceRegistry bootstrapRegistry = new BootstrapServiceRegistryBuilder()
                .applyClassLoaderService(new MissRememberingClassLoaderService(
                        new ClassLoaderServiceImpl(List.of(classLoader), TcclLookupPrecedence.AFTER)))
                .build();
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder(bootstrapRegistry)
                .applySettings(hibernateSettings(settings))
                .build();
        try {
            MetadataSources sources = new MetadataSources(registry);
            EntityClassScanner scanner = new EntityClassScanner(classLoader);
            Set<Class<?>> classes = new LinkedHashSet<>(settings.entityClasses());
            for (String packageName : settings.packages()) {
                classes.addAll(scanner.mappedClasses(packageName));
                if (scanner.hasPackageInfo(packageName)) {
                    sources.addPackage(packageName);
                }
            }
            if (classes.isEmpty()) {
                throw new EntitySchemaException("No entities to build the schema from: name entity packages with "
                        + "withPackages(...) or entity classes with withEntityClasses(...).");
            }
            classes.forEach(sources::addAnnotatedClass);
            // Every Metadata Hibernate builds is a MetadataImplementor (its SPI view), which the later steps need.
            return new HibernateBootstrap(registry, (MetadataImplementor) sources.buildMetadata());
        } catch (EntitySchemaException e) {
            StandardServiceRegistryBuilder.destroy(registry);
            throw e;
        } catch (RuntimeException e) {
            StandardServiceRegistryBuilder.destroy(registry);
            throw new EntitySchemaException("Hibernate could not map the entities: " + e.getMessage()
                    + ". Fix the mapping as Hibernate reports it; the application would fail to start the same way.",
                    e);
        }
    }

    private static Map<String, Object> hibernateSettings(EntitySchemaSettings settings) {
        Map<String, Object> hibernate = new LinkedHashMap<>();
        if (settings.dialect() != null) {
            if (settings.hibernateSettings().containsKey(EntitySchemaSettings.DATABASE_MAJOR_VERSION)) {
                hibernate.put(HibernateDialects.DATABASE_PRODUCT_NAME,
                        HibernateDialects.productName(settings.dialect()));
            } else {
                hibernate.put(DIALECT, HibernateDialects.dialectClass(settings.dialect()));
            }
        }
        hibernate.putAll(settings.hibernateSettings());
        if (!hibernate.containsKey(DIALECT) && !hibernate.containsKey(HibernateDialects.DATABASE_PRODUCT_NAME)) {
            throw new EntitySchemaException("No target database: set one with withDialect(Dialects.forName(...)), "
                    + "for example Dialects.forName(\"postgresql\"); the types in the schema depend on it.");
        }
        // Never connect, whatever the application's own settings say: this builds a schema, it does not run one.
        hibernate.put(ALLOW_JDBC_METADATA_ACCESS, false);
        hibernate.remove("hibernate.hbm2ddl.auto");
        hibernate.remove("jakarta.persistence.schema-generation.database.action");
        return hibernate;
    }

    MetadataImplementor metadata() {
        return metadata;
    }

    StandardServiceRegistry registry() {
        return registry;
    }

    @Override
    public void close() {
        StandardServiceRegistryBuilder.destroy(registry);
    }
}
