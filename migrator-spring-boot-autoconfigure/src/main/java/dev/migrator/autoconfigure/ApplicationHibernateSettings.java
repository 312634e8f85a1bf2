package dev.migrator.autoconfigure;

import java.util.LinkedHashMap;
import java.util.Map;
import org.hibernate.boot.model.naming.ImplicitNamingStrategy;
import org.hibernate.boot.model.naming.PhysicalNamingStrategy;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.util.ClassUtils;

/**
 * The Hibernate settings of the application's own persistence unit, so that the entities describe the same tables
 * here as when the application runs: {@code spring.jpa.properties.*}, the naming strategies
 * ({@code spring.jpa.hibernate.naming.*} or PhysicalNamingStrategy / ImplicitNamingStrategy beans, Boot's defaults
 * otherwise) and the HibernatePropertiesCustomizer beans.
 *
 * <p>When Boot's JPA auto-configuration is in use, its own {@code HibernateProperties} works them out exactly as it
 * does for the EntityManagerFactory. Without it, they are read from the environment.
 */
final class ApplicationHibernateSettings {

    private static final String BOOT_HIBERNATE_PROPERTIES =
            "org.springframework.boot.hibernate.autoconfigure.HibernateProperties";
    static final String PHYSICAL_NAMING_STRATEGY = "hibernate.physical_naming_strategy";
    static final String IMPLICIT_NAMING_STRATEGY = "hibernate.implicit_naming_strategy";

    private final ListableBeanFactory beans;
    private final Environment environment;

    ApplicationHibernateSettings(ListableBeanFactory beans, Environment environment) {
        this.beans = beans;
        this.environment = environment;
    }

    /** Read when asked, not when the application starts: the beans they come from may not exist that early. */
    Map<String, Object> resolve() {
        if (ClassUtils.isPresent(BOOT_HIBERNATE_PROPERTIES, getClass().getClassLoader())
                && BootHibernateProperties.available(beans)) {
            return BootHibernateProperties.determine(beans, namingStrategyBeans());
        }
        Binder binder = Binder.get(environment);
        Map<String, Object> settings = new LinkedHashMap<>(binder.bind("spring.jpa.properties",
                Bindable.mapOf(String.class, String.class)).orElseGet(Map::of));
        binder.bind("spring.jpa.hibernate.naming.physical-strategy", String.class)
                .ifBound(strategy -> settings.put(PHYSICAL_NAMING_STRATEGY, strategy));
        binder.bind("spring.jpa.hibernate.naming.implicit-strategy", String.class)
                .ifBound(strategy -> settings.put(IMPLICIT_NAMING_STRATEGY, strategy));
        settings.putAll(namingStrategyBeans());
        return settings;
    }

    /** Naming strategy beans win over the properties, as in Boot's HibernateJpaConfiguration. */
    private Map<String, Object> namingStrategyBeans() {
        Map<String, Object> strategies = new LinkedHashMap<>();
        beans.getBeanProvider(PhysicalNamingStrategy.class).ifAvailable(s -> strategies.put(PHYSICAL_NAMING_STRATEGY, s));
        beans.getBeanProvider(ImplicitNamingStrategy.class).ifAvailable(s -> strategies.put(IMPLICIT_NAMING_STRATEGY, s));
        return strategies;
    }
}
