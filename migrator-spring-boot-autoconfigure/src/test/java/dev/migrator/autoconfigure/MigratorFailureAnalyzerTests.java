package dev.migrator.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrator.runtime.LockTimeoutException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Each Migrator failure at start-up becomes a report with its cause and what to do, naming the instance's properties. */
class MigratorFailureAnalyzerTests {

    private static final String FIXTURES = "dev.migrator.autoconfigure.fixtures.";

    private final String url = MigratorAutoConfigurationTests.freshH2Url();

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, MigratorAutoConfiguration.class))
            .withPropertyValues("spring.datasource.url=" + url);

    @Test
    void severalHeadsSuggestMergingOrTargetingHeads() {
        runner.withPropertyValues("spring.migrator.migration-package=" + FIXTURES + "twoheads").run(context -> {
            FailureAnalysis analysis = BootFailureReport.analyze(context.getStartupFailure());
            assertThat(analysis.getDescription()).contains("Migrator instance 'default' failed");
            assertThat(analysis.getAction()).contains("6f7a8b9c0d1e", "7a8b9c0d1e2f", "merge",
                    "spring.migrator.target=heads");
        });
        runner.withPropertyValues("spring.migrator.migration-package=" + FIXTURES + "twoheads",
                "spring.migrator.target=heads").run(context -> assertThat(context).hasNotFailed());
    }

    @Test
    void aRevisionNoScriptDefinesSuggestsRestoringItOrStamping() {
        runner.withPropertyValues("spring.migrator.migration-package=" + FIXTURES + "other")
                .run(context -> assertThat(context).hasNotFailed());
        runner.withPropertyValues("spring.migrator.migration-package=" + FIXTURES + "reporting").run(context -> {
            FailureAnalysis analysis = BootFailureReport.analyze(context.getStartupFailure());
            assertThat(analysis.getDescription()).contains("8b9c0d1e2f3a");
            assertThat(analysis.getAction()).contains("(8b9c0d1e2f3a)", "Restore the missing migration",
                    "spring.migrator.migration-package", "stamp");
        });
    }

    @Test
    void aMissingPackageSuggestsCreatingItOrConfiguringIt() {
        runner.withPropertyValues("spring.migrator.migration-package=com.example.nowhere").run(context -> {
            FailureAnalysis analysis = BootFailureReport.analyze(context.getStartupFailure());
            assertThat(analysis.getDescription()).contains("com.example.nowhere");
            assertThat(analysis.getAction()).contains("spring.migrator.migration-package",
                    "spring.migrator.fail-on-missing-location=false");
        });
    }

    @Test
    void aMissingPackageOfANamedInstanceNamesThatInstancesProperties() {
        runner.withPropertyValues("spring.migrator.migration-package=" + FIXTURES + "reporting",
                "spring.migrator.instances.archive.url=" + MigratorAutoConfigurationTests.freshH2Url(),
                "spring.migrator.instances.archive.migration-package=com.example.nowhere").run(context -> {
                    FailureAnalysis analysis = BootFailureReport.analyze(context.getStartupFailure());
                    assertThat(analysis.getDescription()).contains("Migrator instance 'archive' failed");
                    assertThat(analysis.getAction())
                            .contains("spring.migrator.instances.archive.migration-package");
                });
    }

    @Test
    void aLockTimeoutSuggestsWaitingOrRaisingTheTimeout() {
        Throwable failure = new BeanCreationException("migratorInitializer", "failed",
                new MigratorStartupException("reporting", "spring.migrator.instances.reporting", "the upgrade failed",
                        new LockTimeoutException("migrator_lock", Duration.ofSeconds(60))));
        FailureAnalysis analysis = BootFailureReport.analyze(failure);
        assertThat(analysis.getDescription()).contains("Migrator instance 'reporting'", "60000 ms");
        assertThat(analysis.getAction()).contains("spring.migrator.instances.reporting.lock-timeout");
    }

    @Test
    void noDatabaseToChooseSaysHowToPickOne() {
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(MigratorAutoConfiguration.class))
                .withUserConfiguration(TwoUnmarkedDataSources.class).run(context -> {
                    FailureAnalysis analysis = BootFailureReport.analyze(context.getStartupFailure());
                    assertThat(analysis.getDescription()).contains("[first, second]", "none is @Primary");
                    assertThat(analysis.getAction()).contains("@MigratorDataSource", "spring.migrator.url");
                });
    }

    @Test
    void otherFailuresAreLeftToOtherAnalyzers() {
        assertThat(new MigratorFailureAnalyzer().analyze(new IllegalStateException("not ours"))).isNull();
    }

    @org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
    static class TwoUnmarkedDataSources {

        @org.springframework.context.annotation.Bean
        javax.sql.DataSource first() {
            return MigratorAutoConfigurationTests.h2();
        }

        @org.springframework.context.annotation.Bean
        javax.sql.DataSource second() {
            return MigratorAutoConfigurationTests.h2();
        }
    }
}
