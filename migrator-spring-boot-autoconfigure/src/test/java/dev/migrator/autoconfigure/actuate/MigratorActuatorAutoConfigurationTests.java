package dev.migrator.autoconfigure.actuate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrator.autoconfigure.MigratorAutoConfiguration;
import dev.migrator.autoconfigure.MigratorConfigurationCustomizer;
import dev.migrator.autoconfigure.MigratorInstances;
import dev.migrator.autoconfigure.testapp.LibraryTestApplication;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.support.GenericApplicationContext;

class MigratorActuatorAutoConfigurationTests {

    private static final String FIRST = "1a2b3c4d5e6f";
    private static final String HEAD = "2b3c4d5e6f7a";

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
                    MigratorAutoConfiguration.class, MigratorActuatorAutoConfiguration.class))
            .withPropertyValues("spring.migrator.migration-package=" + LibraryTestApplication.MIGRATIONS,
                    "management.endpoints.web.exposure.include=migrations");

    private final ApplicationContextRunner withMetrics = runner.withConfiguration(AutoConfigurations.of(
            MetricsAutoConfiguration.class, SimpleMetricsExportAutoConfiguration.class,
            CompositeMeterRegistryAutoConfiguration.class));

    // --- the endpoint ---

    @Test
    void theEndpointIsReadOnlyByDefault() {
        runner.run(context -> assertThat(context).hasNotFailed().hasSingleBean(MigratorEndpoint.class)
                .doesNotHaveBean(WritableMigratorEndpoint.class));
    }

    @Test
    void writeOperationsExistOnlyWhenEnabled() {
        runner.withPropertyValues("spring.migrator.endpoint.write-operations-enabled=true")
                .run(context -> assertThat(context).hasNotFailed().hasSingleBean(MigratorEndpoint.class)
                        .hasSingleBean(WritableMigratorEndpoint.class));
    }

    @Test
    void noEndpointWhenItIsNotExposed() {
        runner.withPropertyValues("management.endpoints.web.exposure.include=health")
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(MigratorEndpoint.class));
    }

    @Test
    void noEndpointWithoutTheActuator() {
        runner.withClassLoader(new FilteredClassLoader(Endpoint.class))
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(MigratorEndpoint.class));
    }

    @Test
    void anEndpointOfTheApplicationReplacesOurs() {
        runner.withBean("myEndpoint", MigratorEndpoint.class, () -> new MigratorEndpoint(new GenericApplicationContext(),
                        new PendingDiffs(Duration.ZERO, Clock.systemUTC())))
                .run(context -> assertThat(context).hasNotFailed().hasSingleBean(MigratorEndpoint.class)
                        .hasBean("myEndpoint"));
    }

    @Test
    void nothingWithoutMigrator() {
        runner.withPropertyValues("spring.migrator.enabled=false")
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(MigratorEndpoint.class)
                        .doesNotHaveBean(MigratorHealthIndicator.class).doesNotHaveBean(PendingDiffs.class));
    }

    // --- the health indicator ---

    @Test
    void healthIsUpAtHead() {
        runner.run(context -> {
            Health health = context.getBean(MigratorHealthIndicator.class).health();
            assertThat(health.getStatus()).isEqualTo(Status.UP);
            assertThat(health.getDetails()).containsKey("default");
            assertThat(instanceDetails(health)).containsEntry("current", List.of(HEAD))
                    .containsEntry("heads", List.of(HEAD)).containsEntry("pending", 0);
        });
    }

    @Test
    void healthIsDownWhileARevisionIsPending() {
        runner.run(context -> {
            // Someone took the database back under the running application.
            context.getBean(MigratorInstances.class).defaultInstance().migrator().downgrade(FIRST);

            Health health = context.getBean(MigratorHealthIndicator.class).health();
            assertThat(health.getStatus()).isEqualTo(Status.DOWN);
            assertThat(instanceDetails(health)).containsEntry("current", List.of(FIRST))
                    .containsEntry("pending", 1);
        });
    }

    @Test
    void aTargetHeldBackOnPurposeLeavesNothingPending() {
        runner.withPropertyValues("spring.migrator.target=" + FIRST).run(context -> {
            Health health = context.getBean(MigratorHealthIndicator.class).health();
            assertThat(health.getStatus()).isEqualTo(Status.UP);
            assertThat(instanceDetails(health)).containsEntry("current", List.of(FIRST))
                    .containsEntry("heads", List.of(HEAD)).containsEntry("pending", 0);
        });
    }

    @Test
    void healthIgnoresTheSchemaUnlessAskedTo() {
        runner.withBean(MigratorConfigurationCustomizer.class, TargetSchemas::expectingALoanTable).run(context -> {
            Health health = context.getBean(MigratorHealthIndicator.class).health();
            assertThat(health.getStatus()).isEqualTo(Status.UP);
            assertThat(instanceDetails(health)).doesNotContainKey("schemaDifferences");
        });
    }

    @Test
    void healthIsDownWhenAskedToCheckTheSchemaAndTheEntitiesDiffer() {
        runner.withBean(MigratorConfigurationCustomizer.class, TargetSchemas::expectingALoanTable)
                .withPropertyValues("spring.migrator.health.check-schema=true").run(context -> {
                    Health health = context.getBean(MigratorHealthIndicator.class).health();
                    assertThat(health.getStatus()).isEqualTo(Status.DOWN);
                    assertThat((Integer) instanceDetails(health).get("schemaDifferences")).isPositive();
                });
    }

    @Test
    void checkingTheSchemaWithoutATargetSchemaSaysSoAndStaysUp() {
        runner.withPropertyValues("spring.migrator.health.check-schema=true").run(context -> {
            Health health = context.getBean(MigratorHealthIndicator.class).health();
            assertThat(health.getStatus()).isEqualTo(Status.UP);
            assertThat((String) instanceDetails(health).get("schema")).contains("Not available",
                    "spring.migrator.entity-packages");
        });
    }

    @Test
    void theHealthIndicatorCanBeDisabled() {
        runner.withPropertyValues("management.health.migrator.enabled=false")
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(MigratorHealthIndicator.class));
    }

    @Test
    void noHealthIndicatorWithoutSpringBootHealth() {
        runner.withClassLoader(new FilteredClassLoader(HealthIndicator.class))
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(MigratorHealthIndicator.class));
    }

    // --- metrics ---

    @Test
    void noMetricsWithoutAMeterRegistry() {
        runner.run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(MigrationTimers.class)
                .doesNotHaveBean(PendingMigrationGauges.class));
    }

    @Test
    void noMetricsWithoutMicrometer() {
        runner.withClassLoader(new FilteredClassLoader("io.micrometer"))
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(MigrationTimers.class)
                        .doesNotHaveBean(MigrationRunObservations.class).hasSingleBean(MigratorEndpoint.class));
    }

    @Test
    void everyStepOfTheStartupUpgradeIsTimedWithItsInstanceRevisionDirectionAndOutcome() {
        withMetrics.run(context -> {
            MeterRegistry registry = context.getBean(MeterRegistry.class);
            for (String revision : new String[] {FIRST, HEAD}) {
                Timer timer = registry.find(MigrationTimers.TIMER).tags("instance", "default", "revision", revision,
                        "direction", "upgrade", "outcome", "success").timer();
                assertThat(timer).as("timer of %s", revision).isNotNull();
                assertThat(timer.count()).isEqualTo(1);
            }
        });
    }

    @Test
    void eachInstanceTimesItsOwnSteps() {
        withMetrics.withPropertyValues(
                "spring.migrator.instances.reporting.url=jdbc:h2:mem:reporting-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                "spring.migrator.instances.reporting.migration-package=dev.migrator.autoconfigure.fixtures.reporting")
                .run(context -> {
                    MeterRegistry registry = context.getBean(MeterRegistry.class);
                    assertThat(registry.find(MigrationTimers.TIMER).tag("instance", "reporting").timers())
                            .extracting(timer -> timer.getId().getTag("revision")).containsExactly("3c4d5e6f7a8b");
                    assertThat(registry.find(MigrationTimers.TIMER).tag("instance", "default").timers())
                            .extracting(timer -> timer.getId().getTag("revision"))
                            .containsExactlyInAnyOrder(FIRST, HEAD);
                    assertThat(registry.get(PendingMigrationGauges.PENDING_REVISIONS).tag("instance", "reporting")
                            .gauge().value()).isZero();
                });
    }

    @Test
    void aFailedStepIsTimedWithOutcomeFailure() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        runner.withBean(MeterRegistry.class, () -> registry)
                .withPropertyValues("spring.migrator.migration-package=dev.migrator.autoconfigure.fixtures.broken")
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(registry.find(MigrationTimers.TIMER).tags("revision", "4d5e6f7a8b9c").timer())
                            .satisfies(timer -> assertThat(timer.getId().getTag("outcome")).isEqualTo("success"));
                    assertThat(registry.find(MigrationTimers.TIMER).tags("revision", "5e6f7a8b9c0d").timer())
                            .satisfies(timer -> assertThat(timer.getId().getTag("outcome")).isEqualTo("failure"));
                });
    }

    @Test
    void pendingRevisionsAreAGaugePerInstance() {
        withMetrics.run(context -> {
            MeterRegistry registry = context.getBean(MeterRegistry.class);
            assertThat(registry.get(PendingMigrationGauges.PENDING_REVISIONS).tag("instance", "default").gauge()
                    .value()).isEqualTo(0.0);
            context.getBean(MigratorInstances.class).defaultInstance().migrator().downgrade(FIRST);
            assertThat(registry.get(PendingMigrationGauges.PENDING_REVISIONS).tag("instance", "default").gauge()
                    .value()).isEqualTo(1.0);
        });
    }

    @Test
    void thePendingDiffGaugeExistsOnlyWithATargetSchema() {
        withMetrics.run(context -> assertThat(context.getBean(MeterRegistry.class)
                .find(PendingMigrationGauges.PENDING_DIFF_OPERATIONS).gauge()).isNull());
        withMetrics.withBean(MigratorConfigurationCustomizer.class, TargetSchemas::expectingALoanTable)
                .run(context -> {
                    MeterRegistry registry = context.getBean(MeterRegistry.class);
                    double operations = registry.get(PendingMigrationGauges.PENDING_DIFF_OPERATIONS)
                            .tag("instance", "default").gauge().value();
                    assertThat(operations).isPositive();
                    // Read from the cache: the same diff as the endpoint shows, not a new comparison per scrape.
                    PendingDiff cached = context.getBean(PendingDiffs.class)
                            .get(context.getBean(MigratorInstances.class).defaultInstance());
                    registry.get(PendingMigrationGauges.PENDING_DIFF_OPERATIONS).gauge().value();
                    assertThat(context.getBean(PendingDiffs.class).get(
                            context.getBean(MigratorInstances.class).defaultInstance()))
                            .isSameAs(cached);
                    assertThat(cached.operations()).hasSize((int) operations);
                });
    }

    // --- observation ---

    @Test
    void eachRunThatAppliesMigrationsIsObservedAndCurrentWhileItRuns() {
        RecordingObservationHandler handler = new RecordingObservationHandler();
        ObservationRegistry registry = ObservationRegistry.create();
        registry.observationConfig().observationHandler(handler);
        runner.withBean(ObservationRegistry.class, () -> registry).run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(MigrationRunObservations.class);
            assertThat(handler.stopped).singleElement().satisfies(observation -> {
                assertThat(observation.getName()).isEqualTo(MigrationRunObservations.OBSERVATION);
                assertThat(observation.getLowCardinalityKeyValue("instance").getValue()).isEqualTo("default");
                assertThat(observation.getLowCardinalityKeyValue("direction").getValue()).isEqualTo("upgrade");
                assertThat(observation.getHighCardinalityKeyValue("revisions").getValue())
                        .isEqualTo(FIRST + "," + HEAD);
                assertThat(observation.getError()).isNull();
            });
            assertThat(handler.scopesOpened).contains(MigrationRunObservations.OBSERVATION);
        });
    }

    @Test
    void aFailedRunIsObservedWithItsError() {
        RecordingObservationHandler handler = new RecordingObservationHandler();
        ObservationRegistry registry = ObservationRegistry.create();
        registry.observationConfig().observationHandler(handler);
        runner.withBean(ObservationRegistry.class, () -> registry)
                .withPropertyValues("spring.migrator.migration-package=dev.migrator.autoconfigure.fixtures.broken")
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(handler.stopped).singleElement().satisfies(observation -> assertThat(
                            observation.getError()).hasMessageContaining("5e6f7a8b9c0d"));
                });
    }

    @Test
    void noObservationWithoutAnObservationRegistry() {
        runner.run(context -> assertThat(context).doesNotHaveBean(MigrationRunObservations.class));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> instanceDetails(Health health) {
        return (Map<String, Object>) health.getDetails().get("default");
    }
}
