package dev.migrator.autoconfigure.actuate;

import dev.migrator.autoconfigure.MigratorAutoConfiguration;
import dev.migrator.autoconfigure.MigratorInstances;
import dev.migrator.autoconfigure.MigratorProperties;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import java.time.Clock;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Migrator in the actuator, each part only when the application has what it needs: the {@code migrations} endpoint
 * (spring-boot-actuator, endpoint available), the {@code migrator} health indicator (spring-boot-health, not disabled
 * with {@code management.health.migrator.enabled=false}), meters (a MeterRegistry bean) and the {@code migrator.run}
 * observation (an ObservationRegistry bean). Every bean backs off when the application defines its own.
 */
@AutoConfiguration(after = MigratorAutoConfiguration.class, afterName = {
        "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
        "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
        "org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration"})
@ConditionalOnBean(MigratorInstances.class)
public final class MigratorActuatorAutoConfiguration {

    /** Shared by the endpoint, the health indicator and the gauges, so that one comparison serves them all. */
    @Bean
    @ConditionalOnMissingBean
    PendingDiffs migratorPendingDiffs(MigratorProperties properties) {
        return new PendingDiffs(properties.getEndpoint().getDiffTimeToLive(), Clock.systemUTC());
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass({Endpoint.class, ConditionalOnAvailableEndpoint.class})
    @ConditionalOnAvailableEndpoint(MigratorEndpoint.class)
    static class EndpointConfiguration {

        @Bean
        @ConditionalOnMissingBean(MigratorEndpoint.class)
        @ConditionalOnBooleanProperty(name = "spring.migrator.endpoint.write-operations-enabled", havingValue = false,
                matchIfMissing = true)
        MigratorEndpoint migratorEndpoint(ApplicationContext context, PendingDiffs diffs) {
            return new MigratorEndpoint(context, diffs);
        }

        @Bean
        @ConditionalOnMissingBean(MigratorEndpoint.class)
        @ConditionalOnBooleanProperty("spring.migrator.endpoint.write-operations-enabled")
        WritableMigratorEndpoint writableMigratorEndpoint(ApplicationContext context, PendingDiffs diffs) {
            return new WritableMigratorEndpoint(context, diffs);
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass({HealthIndicator.class, ConditionalOnEnabledHealthIndicator.class})
    @ConditionalOnEnabledHealthIndicator("migrator")
    static class HealthConfiguration {

        @Bean
        @ConditionalOnMissingBean(name = "migratorHealthIndicator")
        MigratorHealthIndicator migratorHealthIndicator(MigratorInstances instances, PendingDiffs diffs,
                MigratorProperties properties) {
            return new MigratorHealthIndicator(instances, diffs, properties.getHealth().isCheckSchema());
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(MeterRegistry.class)
    @ConditionalOnBean(MeterRegistry.class)
    static class MetricsConfiguration {

        @Bean
        @ConditionalOnMissingBean
        MigrationTimers migrationTimers(MeterRegistry registry) {
            return new MigrationTimers(registry);
        }

        @Bean
        @ConditionalOnMissingBean
        PendingMigrationGauges pendingMigrationGauges(MigratorInstances instances, PendingDiffs diffs) {
            return new PendingMigrationGauges(instances, diffs);
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(ObservationRegistry.class)
    @ConditionalOnBean(ObservationRegistry.class)
    static class ObservationConfiguration {

        @Bean
        @ConditionalOnMissingBean
        MigrationRunObservations migrationRunObservations(ObservationRegistry registry) {
            return new MigrationRunObservations(registry);
        }
    }
}
