package dev.migrator.runtime;

import dev.migrator.revision.Direction;
import java.time.Duration;
import java.util.List;

/**
 * What a run did.
 *
 * @param direction upgrade or downgrade
 * @param before the version rows before the run
 * @param after the version rows after it
 * @param steps the steps that ran, in order
 * @param duration the whole run, lock wait included
 */
public record RunResult(Direction direction, List<String> before, List<String> after, List<StepResult> steps,
        Duration duration) {

    public RunResult {
        before = List.copyOf(before);
        after = List.copyOf(after);
        steps = List.copyOf(steps);
    }

    public boolean changedAnything() {
        return !steps.isEmpty();
    }
}
