package dev.migrator.test.autoconfigure;

import java.util.List;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;

/** Gives a test class annotated with {@link AutoMigrate @AutoMigrate} its {@link AutoMigrateContextCustomizer}. */
final class AutoMigrateContextCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass,
            List<ContextConfigurationAttributes> configAttributes) {
        AutoMigrateSettings settings = AutoMigrateSettings.of(testClass);
        return settings == null ? null : new AutoMigrateContextCustomizer(settings);
    }
}
