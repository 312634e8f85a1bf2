package dev.migrator.autoconfigure.cli;

import static dev.migrator.autoconfigure.TestDatabaseChecks.hasTable;
import static org.assertj.core.api.Assertions.assertThat;

import dev.migrator.autoconfigure.MigratorAutoConfiguration;
import dev.migrator.autoconfigure.MigratorInitializer;
import dev.migrator.autoconfigure.testapp.LibraryTestApplication;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Command-line mode swaps the start-up upgrade for the command runner; nothing changes otherwise. */
class MigratorCommandLineAutoConfigurationTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
                    MigratorAutoConfiguration.class, MigratorCommandLineAutoConfiguration.class))
            .withPropertyValues("spring.migrator.migration-package=" + LibraryTestApplication.MIGRATIONS);

    @Test
    void normallyTheApplicationUpgradesAtStartupAndRunsNoCommand() {
        runner.run(context -> assertThat(context).hasNotFailed().hasSingleBean(MigratorInitializer.class)
                .doesNotHaveBean(MigratorCommandLineRunner.class).doesNotHaveBean(MigratorCommandLineExit.class));
    }

    @Test
    void inCommandLineModeTheCommandRunsInsteadOfTheStartupUpgrade() {
        runner.withPropertyValues(MigratorCommandLineEnvironmentPostProcessor.ACTIVE_PROPERTY + "=true")
                .run(context -> {
                    assertThat(context).hasNotFailed().doesNotHaveBean(MigratorInitializer.class)
                            .hasSingleBean(MigratorCommandLineRunner.class)
                            .getBean(MigratorCommandLineExit.class).isInstanceOf(ApplicationContextExit.class);
                    assertThat(hasTable(context.getBean(DataSource.class), "book")).isFalse();
                });
    }

    @Test
    void theExitIsReplaceable() {
        runner.withPropertyValues(MigratorCommandLineEnvironmentPostProcessor.ACTIVE_PROPERTY + "=true")
                .withUserConfiguration(OwnExit.class)
                .run(context -> assertThat(context.getBean(MigratorCommandLineExit.class))
                        .isSameAs(OwnExit.EXIT));
    }

    @Test
    void withoutPicocliThereIsNoCommandRunner() {
        runner.withPropertyValues(MigratorCommandLineEnvironmentPostProcessor.ACTIVE_PROPERTY + "=true")
                .withClassLoader(new FilteredClassLoader("picocli."))
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(MigratorCommandLineRunner.class));
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnExit {

        static final MigratorCommandLineExit EXIT = exitCode -> { };

        @Bean
        MigratorCommandLineExit ownExit() {
            return EXIT;
        }
    }
}
