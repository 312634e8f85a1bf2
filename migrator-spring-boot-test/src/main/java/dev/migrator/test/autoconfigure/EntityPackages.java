package dev.migrator.test.autoconfigure;

import dev.migrator.autoconfigure.MigratorInstance;
import dev.migrator.autoconfigure.MigratorInstances;
import java.util.List;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.boot.persistence.autoconfigure.EntityScanPackages;
import org.springframework.util.ClassUtils;

/**
 * Where the entities of an instance are, looked up as the application's JPA set-up looks for them: the instance's
 * {@code entity-packages}; for the default instance, else the packages of {@code @EntityScan}, else the
 * application's package (that of its {@code @SpringBootApplication}).
 */
final class EntityPackages {

    private static final String ENTITY_SCAN_PACKAGES =
            "org.springframework.boot.persistence.autoconfigure.EntityScanPackages";

    private EntityPackages() {
    }

    /** The packages, or an empty list when the context names none. */
    static List<String> of(MigratorInstance instance, BeanFactory beans) {
        if (!instance.entityPackages().isEmpty()) {
            return instance.entityPackages();
        }
        if (!MigratorInstances.DEFAULT_INSTANCE.equals(instance.name())) {
            return List.of();
        }
        if (ClassUtils.isPresent(ENTITY_SCAN_PACKAGES, EntityPackages.class.getClassLoader())) {
            List<String> scanned = EntityScanPackages.get(beans).getPackageNames();
            if (!scanned.isEmpty()) {
                return scanned;
            }
        }
        return AutoConfigurationPackages.has(beans) ? AutoConfigurationPackages.get(beans) : List.of();
    }
}
