package dev.migrator.autoconfigure;

import dev.migrator.command.Migrator;
import dev.migrator.command.MigratorConfiguration;
import dev.migrator.dialect.Dialects;
import dev.migrator.runtime.MigrationListener;
import dev.migrator.runtime.RuntimeSettings;
import dev.migrator.schema.QualifiedName;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.NoSuchBeanDefinitionException;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.util.StringUtils;

/**
 * Creates the {@link Migrator} of one instance from its settings: picks its database, turns the properties into the
 * engine configuration, then lets the customizers have their say.
 */
final class MigratorFactory {

    private final ListableBeanFactory beans;
    private final ClassLoader classLoader;
    private final DataSource migratorDataSource;
    private final DataSource applicationDataSource;
    private final MigratorConnectionDetails connectionDetails;
    private final List<MigratorConfigurationCustomizer> customizers;
    private final List<MigrationListener> listeners;
    private final List<MigrationListenerFactory> listenerFactories;
    private AutogenerateConfigurer autogenerate;

    /**
     * @param migratorDataSource the {@link MigratorDataSource @MigratorDataSource} bean, or {@code null}
     * @param applicationDataSource the unique or primary DataSource bean, or {@code null}
     */
    MigratorFactory(ListableBeanFactory beans, ClassLoader classLoader, DataSource migratorDataSource,
            DataSource applicationDataSource, MigratorConnectionDetails connectionDetails,
            List<MigratorConfigurationCustomizer> customizers, List<MigrationListener> listeners) {
        this(beans, classLoader, migratorDataSource, applicationDataSource, connectionDetails, customizers, listeners,
                List.of());
    }

    /**
     * @param listenerFactories asked for one more listener per instance, heard after {@code listeners}
     */
    MigratorFactory(ListableBeanFactory beans, ClassLoader classLoader, DataSource migratorDataSource,
            DataSource applicationDataSource, MigratorConnectionDetails connectionDetails,
            List<MigratorConfigurationCustomizer> customizers, List<MigrationListener> listeners,
            List<MigrationListenerFactory> listenerFactories) {
        this.beans = beans;
        this.classLoader = classLoader;
        this.migratorDataSource = migratorDataSource;
        this.applicationDataSource = applicationDataSource;
        this.connectionDetails = connectionDetails;
        this.customizers = List.copyOf(customizers);
        this.listeners = List.copyOf(listeners);
        this.listenerFactories = List.copyOf(listenerFactories);
    }

    /** Sets what each engine compares with, before the customizers run. */
    MigratorFactory withAutogenerate(AutogenerateConfigurer configurer) {
        this.autogenerate = configurer;
        return this;
    }

    MigratorInstance instance(InstanceSettings settings, Migrator migrator) {
        return new MigratorInstance(settings.name(), migrator, settings.target(), settings.entityPackages());
    }

    Migrator create(InstanceSettings settings) {
        DataSource dataSource = dataSource(settings);
        MigratorConfiguration.Builder builder = MigratorConfiguration.builder(settings.migrationPackage())
                .classLoader(classLoader)
                .dataSource(dataSource)
                .sourceDirectory(Path.of(settings.sourceDirectory()))
                .settings(runtimeSettings(settings))
                .listener(listenerFor(settings.name()))
                .requireLocation(settings.failOnMissingLocation());
        if (settings.dialect() != null) {
            builder.dialect(Dialects.forName(settings.dialect()));
        }
        if (autogenerate != null) {
            autogenerate.configure(settings, dataSource, builder);
        }
        customizers.forEach(customizer -> customizer.customize(settings.name(), builder));
        MigratorConfiguration configuration = builder.build();
        try {
            return Migrator.create(configuration);
        } catch (RuntimeException failure) {
            throw new MigratorStartupException(settings, "could not load the migrations of package "
                    + configuration.location().packageName(), failure);
        }
    }

    private MigrationListener listenerFor(String instanceName) {
        List<MigrationListener> all = new ArrayList<>(listeners);
        for (MigrationListenerFactory factory : listenerFactories) {
            MigrationListener listener = factory.listenerFor(instanceName);
            if (listener != null && listener != MigrationListener.NONE) {
                all.add(listener);
            }
        }
        return CompositeMigrationListener.of(all);
    }

    private RuntimeSettings runtimeSettings(InstanceSettings settings) {
        return RuntimeSettings.defaults()
                .withVersionTable(tableName(settings, "version-table", settings.versionTable()))
                .withHistoryTable(tableName(settings, "history-table", settings.historyTable()))
                .withTransactionMode(settings.transactionMode())
                .withLockTimeout(settings.lockTimeout());
    }

    private static QualifiedName tableName(InstanceSettings settings, String key, String table) {
        try {
            return new QualifiedName(settings.versionTableSchema(), table);
        } catch (RuntimeException invalid) {
            throw new InvalidMigratorConfigurationException(settings.property(key), invalid.getMessage(),
                    "Check " + settings.property(key) + " and " + settings.property("version-table-schema") + ".",
                    invalid);
        }
    }

    /** The database an instance migrates; see the property descriptions for the order of preference. */
    DataSource dataSource(InstanceSettings settings) {
        if (!settings.isDefault()) {
            return namedInstanceDataSource(settings);
        }
        if (migratorDataSource != null) {
            return migratorDataSource;
        }
        String url = connectionDetails.getJdbcUrl();
        if (url != null) {
            return withCredentials(DataSourceBuilder.create(classLoader).url(url), connectionDetails.getUsername(),
                    connectionDetails.getPassword(), connectionDetails.getDriverClassName());
        }
        if (applicationDataSource == null) {
            throw new InvalidMigratorConfigurationException(settings.propertyPrefix(), "Migrator does not know which"
                    + " database to migrate: " + describeDataSources() + " and none is @Primary.", "Mark the DataSource to migrate with"
                    + " @MigratorDataSource (or the application's one with @Primary), or set spring.migrator.url.");
        }
        if (connectionDetails.getUsername() != null) {
            // The application's database, but as another user (typically one allowed to change the schema).
            return withCredentials(DataSourceBuilder.derivedFrom(applicationDataSource),
                    connectionDetails.getUsername(), connectionDetails.getPassword(), null);
        }
        return applicationDataSource;
    }

    private DataSource namedInstanceDataSource(InstanceSettings settings) {
        if (settings.url() != null) {
            return withCredentials(DataSourceBuilder.create(classLoader).url(settings.url()), settings.user(),
                    settings.password(), null);
        }
        try {
            return beans.getBean(settings.dataSourceBean(), DataSource.class);
        } catch (NoSuchBeanDefinitionException missing) {
            throw new InvalidMigratorConfigurationException(settings.property("data-source"), "There is no"
                    + " DataSource bean named '" + settings.dataSourceBean() + "': " + describeDataSources() + ".",
                    "Set " + settings.property("data-source") + " to the name of a DataSource bean, or use "
                            + settings.property("url") + " instead.", missing);
        }
    }

    private static DataSource withCredentials(DataSourceBuilder<?> builder, String user, String password,
            String driverClassName) {
        // Unpooled like Flyway's: migrating needs a connection or two, once, and nothing is left open afterwards.
        DataSourceBuilder<SimpleDriverDataSource> simple = builder.type(SimpleDriverDataSource.class);
        simple.username(user).password(password);
        if (StringUtils.hasText(driverClassName)) {
            simple.driverClassName(driverClassName);
        }
        return simple.build();
    }

    private String describeDataSources() {
        String[] names = beans.getBeanNamesForType(DataSource.class);
        return names.length == 0 ? "there is no DataSource bean" : "the DataSource beans are " + Arrays.toString(names);
    }
}
