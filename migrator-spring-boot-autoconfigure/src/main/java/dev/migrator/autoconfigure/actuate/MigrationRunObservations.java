package dev.migrator.autoconfigure.actuate;

import dev.migrator.autoconfigure.MigrationListenerFactory;
import dev.migrator.revision.MigrationPlan;
import dev.migrator.runtime.MigrationListener;
import dev.migrator.runtime.RunResult;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.util.Locale;
import java.util.Objects;

/**
 * Observes every run that applies or reverts migrations as {@code migrator.run}, with low-cardinality key values
 * {@code instance} and {@code direction} and the revisions as the high-cardinality {@code revisions}. The observation
 * is the current one while the run's steps execute, so a tracer sees their JDBC work inside it.
 */
public final class MigrationRunObservations implements MigrationListenerFactory {

    /** The observation's name. */
    public static final String OBSERVATION = "migrator.run";

    private final ObservationRegistry registry;

    public MigrationRunObservations(ObservationRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    @Override
    public MigrationListener listenerFor(String instanceName) {
        return new RunObserver(registry, instanceName);
    }

    /** Starts an observation when a run starts and stops it when the run ends, on the migrating thread. */
    private static final class RunObserver implements MigrationListener {

        private final ObservationRegistry registry;
        private final String instanceName;
        private final ThreadLocal<Observation.Scope> running = new ThreadLocal<>();

        RunObserver(ObservationRegistry registry, String instanceName) {
            this.registry = registry;
            this.instanceName = instanceName;
        }

        @Override
        public void runStarting(MigrationPlan plan) {
            String direction = plan.direction().name().toLowerCase(Locale.ROOT);
            Observation observation = Observation.createNotStarted(OBSERVATION, registry)
                    .contextualName("migrator " + direction + " " + instanceName)
                    .lowCardinalityKeyValue("instance", instanceName)
                    .lowCardinalityKeyValue("direction", direction)
                    .highCardinalityKeyValue("revisions", String.join(",", plan.revisionIds()))
                    .start();
            running.set(observation.openScope());
        }

        @Override
        public void runFinished(RunResult result) {
            end(null);
        }

        @Override
        public void runFailed(MigrationPlan plan, Throwable failure) {
            end(failure);
        }

        private void end(Throwable failure) {
            Observation.Scope scope = running.get();
            if (scope == null) {
                return; // a run with nothing to do: it never started an observation
            }
            running.remove();
            Observation observation = scope.getCurrentObservation();
            scope.close();
            if (failure != null) {
                observation.error(failure);
            }
            observation.stop();
        }
    }
}
