package dev.migrator.autoconfigure.testcontainers;

import static dev.migrator.autoconfigure.TestDatabaseChecks.hasTable;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import dev.migrator.autoconfigure.MigratorAutoConfiguration;
import dev.migrator.autoconfigure.MigratorConnectionDetails;
import dev.migrator.autoconfigure.testapp.LibraryTestApplication;
import dev.migrator.command.Migrator;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.service.connection.ConnectionDetails;
import org.springframework.boot.autoconfigure.service.connection.ConnectionDetailsFactories;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.testcontainers.service.connection.ContainerConnectionSource;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.boot.testcontainers.service.connection.TestContainerConnectionSources;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.testcontainers.containers.JdbcDatabaseContainer;

/**
 * What {@code @ServiceConnection} on a JDBC database container gives Migrator, through Spring Boot's own factory
 * loading. There is no Docker engine here: the container is a stub that answers like a started one.
 */
class MigratorContainerConnectionDetailsFactoryTests {

    @ServiceConnection
    private static Object anyServiceConnection;

    @ServiceConnection(type = JdbcConnectionDetails.class)
    private static Object dataSourceOnlyServiceConnection;

    @Test
    void aJdbcDatabaseContainerSuppliesTheUrlUserPasswordAndDriverToMigrate() throws Exception {
        JdbcDatabaseContainer<?> container = startedContainer("jdbc:postgresql://localhost:49153/test", "test",
                "secret", "org.postgresql.Driver");

        Map<Class<?>, ConnectionDetails> all = new ConnectionDetailsFactories(getClass().getClassLoader())
                .getConnectionDetails(source(container, "anyServiceConnection"), true);

        assertThat(all).containsKey(MigratorConnectionDetails.class);
        MigratorConnectionDetails details =
                initialized((MigratorConnectionDetails) all.get(MigratorConnectionDetails.class));
        assertThat(details.getJdbcUrl()).isEqualTo("jdbc:postgresql://localhost:49153/test");
        assertThat(details.getUsername()).isEqualTo("test");
        assertThat(details.getPassword()).isEqualTo("secret");
        assertThat(details.getDriverClassName()).isEqualTo("org.postgresql.Driver");
    }

    @Test
    void aServiceConnectionLimitedToOtherTypesSuppliesNothingToMigrator() {
        JdbcDatabaseContainer<?> container = startedContainer("jdbc:postgresql://localhost:49153/test", "test",
                "secret", "org.postgresql.Driver");

        Map<Class<?>, ConnectionDetails> all = new ConnectionDetailsFactories(getClass().getClassLoader())
                .getConnectionDetails(source(container, "dataSourceOnlyServiceConnection"), false);

        assertThat(all).doesNotContainKey(MigratorConnectionDetails.class);
    }

    @Test
    void theDefaultInstanceMigratesTheContainersDatabaseRatherThanTheApplicationDataSource() throws Exception {
        String containerUrl = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        JdbcDatabaseContainer<?> container = startedContainer(containerUrl, "sa", "", "org.h2.Driver");
        // The bean @ServiceConnection registers: the factory's details, which read the container once initialized.
        MigratorConnectionDetails details = new MigratorContainerConnectionDetailsFactory()
                .getConnectionDetails(source(container, "anyServiceConnection"));

        new ApplicationContextRunner()
                .withConfiguration(
                        AutoConfigurations.of(DataSourceAutoConfiguration.class, MigratorAutoConfiguration.class))
                .withPropertyValues("spring.migrator.migration-package=" + LibraryTestApplication.MIGRATIONS)
                .withBean(MigratorConnectionDetails.class, () -> details)
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    DataSource migrated = context.getBean(Migrator.class).configuration().dataSource();
                    assertThat(((SimpleDriverDataSource) migrated).getUrl()).isEqualTo(containerUrl);
                    assertThat(hasTable(migrated, "book")).isTrue();
                    assertThat(hasTable(context.getBean(DataSource.class), "book")).isFalse();
                });
    }

    @Test
    void withoutTestcontainersJdbcTheFactoryIsSkippedAndTheOthersStillWork() {
        JdbcDatabaseContainer<?> container = startedContainer("jdbc:postgresql://localhost:49153/test", "test",
                "secret", "org.postgresql.Driver");
        ClassLoader withoutJdbcContainers = new WithoutTestcontainersJdbc(getClass().getClassLoader());

        Map<Class<?>, ConnectionDetails> all = new ConnectionDetailsFactories(withoutJdbcContainers)
                .getConnectionDetails(source(container, "anyServiceConnection"), false);

        assertThat(all).doesNotContainKey(MigratorConnectionDetails.class).containsKey(JdbcConnectionDetails.class);
    }

    @SuppressWarnings("unchecked")
    private static JdbcDatabaseContainer<?> startedContainer(String url, String user, String password, String driver) {
        JdbcDatabaseContainer<?> container = mock(JdbcDatabaseContainer.class);
        when(container.getJdbcUrl()).thenReturn(url);
        when(container.getUsername()).thenReturn(user);
        when(container.getPassword()).thenReturn(password);
        when(container.getDriverClassName()).thenReturn(driver);
        when(container.isRunning()).thenReturn(true);
        return container;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static ContainerConnectionSource<JdbcDatabaseContainer<?>> source(JdbcDatabaseContainer<?> container,
            String annotatedField) {
        try {
            ServiceConnection annotation = MigratorContainerConnectionDetailsFactoryTests.class
                    .getDeclaredField(annotatedField).getAnnotation(ServiceConnection.class);
            return (ContainerConnectionSource) TestContainerConnectionSources.of(JdbcDatabaseContainer.class,
                    "postgres:17", (JdbcDatabaseContainer) container, annotation);
        } catch (NoSuchFieldException missing) {
            throw new IllegalStateException(missing);
        }
    }

    /**
     * Loads this package's classes itself, where testcontainers-jdbc is missing, and everything else from the test
     * class path: as an application with spring-boot-testcontainers but no JDBC container module sees our factory.
     */
    private static final class WithoutTestcontainersJdbc extends ClassLoader {

        WithoutTestcontainersJdbc(ClassLoader parent) {
            super(parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            synchronized (getClassLoadingLock(name)) {
                if (name.startsWith("org.testcontainers.containers.Jdbc")) {
                    throw new ClassNotFoundException(name);
                }
                boolean ours = name.startsWith(MigratorContainerConnectionDetailsFactory.class.getPackageName() + ".")
                        && !name.endsWith("Tests") && !name.contains("Tests$");
                if (!ours) {
                    return super.loadClass(name, resolve);
                }
                Class<?> loaded = findLoadedClass(name);
                if (loaded == null) {
                    try (var in = getParent().getResourceAsStream(name.replace('.', '/') + ".class")) {
                        byte[] bytes = in.readAllBytes();
                        loaded = defineClass(name, bytes, 0, bytes.length);
                    } catch (java.io.IOException | NullPointerException unreadable) {
                        throw new ClassNotFoundException(name, unreadable);
                    }
                }
                return loaded;
            }
        }
    }

    /** As the application context does before anyone reads the details. */
    private static <T> T initialized(T details) throws Exception {
        ((InitializingBean) details).afterPropertiesSet();
        return details;
    }
}
