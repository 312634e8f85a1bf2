package dev.migrator.revision;

import java.util.Collection;
import java.util.List;

/**
 * The ordered steps that move a database from its current revisions to a target.
 *
 * @param direction upgrade or downgrade
 * @param from the database's revisions before the plan runs
 * @param steps the steps, in the order they must run
 * @param warnings things the user should know, e.g. that a relative downgrade from several heads picked one
 */
public record MigrationPlan(Direction direction, List<String> from, List<MigrationStep> steps, List<String> warnings) {

    public MigrationPlan(Direction direction, Collection<String> from, List<MigrationStep> steps,
            List<String> warnings) {
        this(direction, List.copyOf(from), steps, warnings);
    }

    public MigrationPlan {
        from = List.copyOf(from);
        steps = List.copyOf(steps);
        warnings = List.copyOf(warnings);
    }

    public boolean isEmpty() {
        return steps.isEmpty();
    }

    public List<String> revisionIds() {
        return steps.stream().map(MigrationStep::id).toList();
    }
}
