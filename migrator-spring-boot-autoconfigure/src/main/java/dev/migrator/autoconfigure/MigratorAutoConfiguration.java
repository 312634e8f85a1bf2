package dev.migrator.autoconfigure;

import dev.migrator.command.Migrator;
import dev.migrator.runtime.MigrationListener;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.sql.init.dependency.DatabaseInitializationDependencyConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ResourceLoader;

/**
 * Auto-configuration of Migrator: one {@link Migrator} per instance, migrated to its target when the context starts,
 * before JPA or any other DataSource user. Every bean backs off when the application defines its own.
 *
 * <p>Runs when there is a database to migrate (a DataSource bean, {@code spring.migrator.url}, or a
 * {@link MigratorConnectionDetails} bean) unless {@code spring.migrator.enabled=false}.
 */
@AutoConfiguration(after = DataSourceAutoConfiguration.class,
        beforeName = "org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration")
@Conditional(MigratorAutoConfiguration.DatabaseCondition.class)
@ConditionalOnBooleanProperty(name = "spring.migrator.enabled", matchIfMissing = true)
@EnableConfigurationProperties(MigratorProperties.class)
// Makes the EntityManagerFactory, JdbcTemplate & co. depend on the beans MigratorInitializerDatabaseInitializerDetector finds.
@Import({DatabaseInitializationDependencyConfigurer.class, MigratorAutogenerateConfiguration.class})
public final class MigratorAutoConfiguration {

    /**
     * Set by the command line's EnvironmentPostProcessor when the application runs a migrator command
     * ({@code dev.migrator.autoconfigure.cli}); not meant to be set by hand.
     */
    static final String COMMAND_LINE_MODE = "spring.migrator.command-line.active";

    @Bean
    @ConditionalOnMissingBean
    MigratorConnectionDetails migratorConnectionDetails(MigratorProperties properties) {
        return new PropertiesMigratorConnectionDetails(properties);
    }

    /** The default instance's engine; the named instances' engines live in {@link MigratorInstances}. */
    @Bean
    @ConditionalOnMissingBean
    Migrator migrator(MigratorProperties properties, ListableBeanFactory beans, ResourceLoader resourceLoader,
            @MigratorDataSource ObjectProvider<DataSource> migratorDataSource, ObjectProvider<DataSource> dataSource,
            MigratorConnectionDetails connectionDetails, ObjectProvider<MigratorConfigurationCustomizer> customizers,
            ObjectProvider<MigrationListener> listeners, ObjectProvider<MigrationListenerFactory> listenerFactories,
            AutogenerateConfigurer autogenerate) {
        MigratorFactory factory = new MigratorFactory(beans, resourceLoader.getClassLoader(),
                migratorDataSource.getIfAvailable(), dataSource.getIfUnique(), connectionDetails,
                customizers.orderedStream().toList(), listeners.orderedStream().toList(),
                listenerFactories.orderedStream().toList())
                .withAutogenerate(autogenerate);
        return factory.create(InstanceSettings.defaultInstance(properties));
    }

    @Bean
    @ConditionalOnMissingBean
    MigratorInstances migratorInstances(Migrator migrator, MigratorProperties properties, ListableBeanFactory beans,
            ResourceLoader resourceLoader, MigratorConnectionDetails connectionDetails,
            ObjectProvider<MigratorConfigurationCustomizer> customizers, ObjectProvider<MigrationListener> listeners,
            ObjectProvider<MigrationListenerFactory> listenerFactories, AutogenerateConfigurer autogenerate) {
        // Named instances never use the application's DataSource or the connection details: each has its own.
        MigratorFactory factory = new MigratorFactory(beans, resourceLoader.getClassLoader(), null, null,
                connectionDetails, customizers.orderedStream().toList(), listeners.orderedStream().toList(),
                listenerFactories.orderedStream().toList())
                .withAutogenerate(autogenerate);
        List<MigratorInstance> instances = new ArrayList<>();
        for (InstanceSettings settings : InstanceSettings.all(properties)) {
            Migrator engine = settings.isDefault() ? migrator : factory.create(settings);
            instances.add(factory.instance(settings, engine));
        }
        return new MigratorInstances(instances);
    }

    @Bean
    @ConditionalOnMissingBean
    MigrationRunner migrationRunner(MigratorInstances instances) {
        return new MigrationRunner(instances);
    }

    /** Not in command-line mode ({@code java -jar app.jar migrator ...}): there, the command is all that runs. */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBooleanProperty(name = COMMAND_LINE_MODE, havingValue = false, matchIfMissing = true)
    MigratorInitializer migratorInitializer(MigratorInstances instances, MigratorProperties properties,
            ObjectProvider<MigratorMigrationStrategy> strategy, ObjectProvider<MigratorSchemaCheck> schemaCheck) {
        return new MigratorInitializer(instances, strategy.getIfAvailable(), schemaCheck.getIfAvailable(),
                properties.getOnSchemaMismatch());
    }

    /** Makes Hibernate's ddl-auto default to 'none' for the databases Migrator manages. */
    @Bean
    @ConditionalOnMissingBean
    MigratorSchemaManagementProvider migratorSchemaManagementProvider(ObjectProvider<MigratorInstances> instances) {
        return new MigratorSchemaManagementProvider(instances);
    }

    /** There is a database to migrate. */
    static final class DatabaseCondition extends AnyNestedCondition {

        DatabaseCondition() {
            super(ConfigurationPhase.REGISTER_BEAN);
        }

        @ConditionalOnBean(DataSource.class)
        private static final class DataSourceBean {
        }

        @ConditionalOnBean(MigratorConnectionDetails.class)
        private static final class ConnectionDetailsBean {
        }

        @ConditionalOnProperty("spring.migrator.url")
        private static final class MigratorUrl {
        }
    }
}
