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

    /**
     * A run that {@link #runStarting started} failed; {@link #runFinished} is not called. The failed step, if a step
     * failed, was reported to {@link #stepFinished} first.
     *
     * @param plan the plan the run was applying
     * @param failure what the run throws
     */
    default void runFailed(MigrationPlan plan, Throwable failure) {
    }
}
