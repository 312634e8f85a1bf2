package dev.migrator.autoconfigure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.boot.hibernate.autoconfigure.HibernateProperties;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.boot.hibernate.autoconfigure.HibernateSettings;
import org.springframework.boot.jpa.autoconfigure.JpaProperties;

/**
 * Boot's own way to the Hibernate settings (what HibernateJpaConfiguration hands the EntityManagerFactory), kept
 * apart so that nothing loads Boot's Hibernate classes unless they are on the class path.
 */
final class BootHibernateProperties {

    private BootHibernateProperties() {
    }

    static boolean available(ListableBeanFactory beans) {
        return beans.getBeanNamesForType(JpaProperties.class, false, false).length == 1
                && beans.getBeanNamesForType(HibernateProperties.class, false, false).length == 1;
    }

    static Map<String, Object> determine(ListableBeanFactory beans, Map<String, Object> namingStrategyBeans) {
        List<HibernatePropertiesCustomizer> customizers = new ArrayList<>();
        if (!namingStrategyBeans.isEmpty()) {
            customizers.add(settings -> settings.putAll(namingStrategyBeans));
        }
        customizers.addAll(beans.getBeanProvider(HibernatePropertiesCustomizer.class).orderedStream().toList());
        // ddl-auto does not shape the schema the entities describe; 'none' keeps it out of the settings.
        HibernateSettings settings = new HibernateSettings().ddlAuto(() -> "none")
                .hibernatePropertiesCustomizers(customizers);
        return beans.getBean(HibernateProperties.class)
                .determineHibernateProperties(beans.getBean(JpaProperties.class).getProperties(), settings);
    }
}
