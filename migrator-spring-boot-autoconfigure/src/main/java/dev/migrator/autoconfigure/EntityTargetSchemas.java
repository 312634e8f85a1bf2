package dev.migrator.autoconfigure;

import dev.migrator.autogenerate.TargetSchemaSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.boot.persistence.autoconfigure.EntityScanPackages;
import org.springframework.core.io.ResourceLoader;
import org.springframework.orm.jpa.persistenceunit.PersistenceManagedTypes;
import org.springframework.orm.jpa.persistenceunit.PersistenceManagedTypesScanner;
import org.springframework.util.ClassUtils;

/**
 * Which entities describe each instance's schema, found the way the application's JPA finds them:
 * <ol>
 *   <li>the instance's {@code entity-packages}, when set;</li>
 *   <li>for the default instance otherwise, the application's own persistence unit: its PersistenceManagedTypes
 *   bean, or else the {@code @EntityScan} packages, or else the packages of the {@code @SpringBootApplication}
 *   class.</li>
 * </ol>
 * Named instances without entity packages, and instances whose packages hold no entity, get no target schema.
 */
final class EntityTargetSchemas {

    private final ListableBeanFactory beans;
    private final ResourceLoader resourceLoader;
    private final Supplier<Map<String, Object>> hibernateSettings;

    EntityTargetSchemas(ListableBeanFactory beans, ResourceLoader resourceLoader,
            Supplier<Map<String, Object>> hibernateSettings) {
        this.beans = beans;
        this.resourceLoader = resourceLoader;
        this.hibernateSettings = hibernateSettings;
    }

    /** The schema the instance's entities describe, or empty when no entity describes it. */
    Optional<TargetSchemaSource> forInstance(InstanceSettings settings, DataSource dataSource) {
        List<Class<?>> entities = entityClasses(settings);
        if (entities.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new EntityTargetSchemaSource(entities, hibernateSettings, dataSource,
                resourceLoader.getClassLoader()));
    }

    private List<Class<?>> entityClasses(InstanceSettings settings) {
        if (!settings.entityPackages().isEmpty()) {
            return load(scan(settings.entityPackages()));
        }
        if (!settings.isDefault()) {
            return List.of();
        }
        PersistenceManagedTypes applications = beans.getBeanProvider(PersistenceManagedTypes.class).getIfUnique();
        return load(applications != null ? applications : scan(applicationPackages()));
    }

    /** The packages Boot's JPA scans: {@code @EntityScan}'s, else the auto-configuration packages. */
    private List<String> applicationPackages() {
        List<String> entityScan = EntityScanPackages.get(beans).getPackageNames();
        if (!entityScan.isEmpty()) {
            return entityScan;
        }
        return AutoConfigurationPackages.has(beans) ? AutoConfigurationPackages.get(beans) : List.of();
    }

    private PersistenceManagedTypes scan(List<String> packages) {
        if (packages.isEmpty()) {
            return PersistenceManagedTypes.of(List.of(), List.of());
        }
        // Spring's scanner, as the application's own JPA uses it: it reads directories, jars and Boot's nested jars.
        return new PersistenceManagedTypesScanner(resourceLoader).scan(packages.toArray(String[]::new));
    }

    private List<Class<?>> load(PersistenceManagedTypes types) {
        List<Class<?>> classes = new ArrayList<>();
        for (String name : types.getManagedClassNames()) {
            classes.add(ClassUtils.resolveClassName(name, resourceLoader.getClassLoader()));
        }
        return classes;
    }
}
