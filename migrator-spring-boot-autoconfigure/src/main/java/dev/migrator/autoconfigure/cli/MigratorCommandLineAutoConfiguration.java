package dev.migrator.autoconfigure.cli;

import dev.migrator.autoconfigure.MigratorAutoConfiguration;
import dev.migrator.autoconfigure.MigratorInstances;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import picocli.CommandLine;

/**
 * The migrator command line inside the application: {@code java -jar app.jar migrator <command> [options]} runs one
 * command against the application's own configuration and entities, then exits. Active only when the application
 * was started that way ({@link MigratorCommandLineEnvironmentPostProcessor}).
 */
@AutoConfiguration(after = MigratorAutoConfiguration.class)
@ConditionalOnClass(CommandLine.class)
@ConditionalOnBooleanProperty(MigratorCommandLineEnvironmentPostProcessor.ACTIVE_PROPERTY)
public final class MigratorCommandLineAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    MigratorCommandLineExit migratorCommandLineExit(ApplicationContext context) {
        return new ApplicationContextExit(context);
    }

    @Bean
    @ConditionalOnMissingBean
    MigratorCommandLineRunner migratorCommandLineRunner(ObjectProvider<MigratorInstances> instances,
            MigratorCommandLineExit exit) {
        return new MigratorCommandLineRunner(instances, exit);
    }
}
