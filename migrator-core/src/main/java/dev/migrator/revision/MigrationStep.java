package dev.migrator.revision;

import java.util.List;

/**
 * One revision to apply or to revert.
 *
 * @param revision the revision the step runs
 * @param direction upgrade runs its {@code upgrade}, downgrade its {@code downgrade}
 * @param downRevisions the revisions below it (down revisions plus depends-on not already implied by
 *     an ancestor): what the version table moves from on upgrade and back to on downgrade
 */
public record MigrationStep(RevisionNode revision, Direction direction, List<String> downRevisions) {

    public MigrationStep {
        downRevisions = List.copyOf(downRevisions);
    }

    public String id() {
        return revision.id();
    }

    public boolean isUpgrade() {
        return direction.isUpgrade();
    }

    @Override
    public String toString() {
        String below = downRevisions.isEmpty() ? "<base>" : String.join(", ", downRevisions);
        return isUpgrade() ? below + " -> " + id() : id() + " -> " + below;
    }
}
