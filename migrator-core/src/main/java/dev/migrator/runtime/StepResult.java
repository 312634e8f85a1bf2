package dev.migrator.runtime;

import dev.migrator.revision.MigrationStep;
import java.time.Duration;

/**
 * How one step went.
 *
 * @param step the step
 * @param message the revision's message
 * @param duration how long it ran
 * @param failure why it failed, or {@code null} when it succeeded
 */
public record StepResult(MigrationStep step, String message, Duration duration, Throwable failure) {

    public boolean succeeded() {
        return failure == null;
    }
}
