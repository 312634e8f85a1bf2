package dev.migrator.test.autoconfigure;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Makes the test context migrate with Migrator and keeps Hibernate away from the schema; registers the
 * {@link MigrationChecks} that remember, for this context, whether the checks passed.
 */
final class AutoMigrateContextCustomizer implements ContextCustomizer {

    static final String PROPERTY_SOURCE_NAME = "@AutoMigrate";

    private final AutoMigrateSettings settings;

    AutoMigrateContextCustomizer(AutoMigrateSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    @Override
    public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration mergedConfig) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("spring.migrator.enabled", "true");
        properties.put("spring.migrator.target", settings.target());
        // First in line, so an application.properties (or a profile) that lets Hibernate create or update the
        // schema cannot build tables behind the migrations' back in a test.
        properties.put("spring.jpa.hibernate.ddl-auto", "none");
        properties.put("spring.jpa.generate-ddl", "false");
        // Hibernate's own settings under spring.jpa.properties win over ddl-auto, so they are overridden too.
        properties.put("spring.jpa.properties.hibernate.hbm2ddl.auto", "none");
        properties.put("spring.jpa.properties.jakarta.persistence.schema-generation.database.action", "none");
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource(PROPERTY_SOURCE_NAME, properties));
        context.getBeanFactory().registerSingleton(MigrationChecks.BEAN_NAME, new MigrationChecks(settings));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AutoMigrateContextCustomizer customizer && settings.equals(customizer.settings);
    }

    @Override
    public int hashCode() {
        return settings.hashCode();
    }
}
