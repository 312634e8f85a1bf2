package dev.migrator.runtime;

import dev.migrator.revision.MigrationPlan;

/**
 * Hears about each run and step, for metrics, tracing or logging beyond the engine's own. Callbacks run on
 * the migrating thread; one that throws does not stop the migration (its failure is logged).
 */
public interface MigrationListener {

    MigrationListener NONE = new MigrationListener() {
    };

    /** A run found work to do and is about to apply {@code plan}. */
    default void runStarting(MigrationPlan plan) {
    }

    /** One step completed or failed. */
    default void stepFinished(StepResult result) {
    }

    /** A run ended, with or without work done; not called when it failed. */
    default void runFinished(RunResult result) {
    }
}
