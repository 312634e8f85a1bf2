package dev.migrator.autoconfigure;

import dev.migrator.revision.MigrationPlan;
import dev.migrator.runtime.MigrationListener;
import dev.migrator.runtime.RunResult;
import dev.migrator.runtime.StepResult;
import java.util.List;

/** Passes each event to every {@link MigrationListener} bean, in order; the engine takes only one listener. */
final class CompositeMigrationListener implements MigrationListener {

    private final List<MigrationListener> listeners;

    private CompositeMigrationListener(List<MigrationListener> listeners) {
        this.listeners = List.copyOf(listeners);
    }

    static MigrationListener of(List<MigrationListener> listeners) {
        return switch (listeners.size()) {
            case 0 -> MigrationListener.NONE;
            case 1 -> listeners.get(0);
            default -> new CompositeMigrationListener(listeners);
        };
    }

    @Override
    public void runStarting(MigrationPlan plan) {
        listeners.forEach(listener -> listener.runStarting(plan));
    }

    @Override
    public void stepFinished(StepResult result) {
        listeners.forEach(listener -> listener.stepFinished(result));
    }

    @Override
    public void runFinished(RunResult result) {
        listeners.forEach(listener -> listener.runFinished(result));
    }

    @Override
    public void runFailed(MigrationPlan plan, Throwable failure) {
        listeners.forEach(listener -> listener.runFailed(plan, failure));
    }
}
