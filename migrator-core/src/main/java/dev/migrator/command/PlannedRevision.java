package dev.migrator.command;

import java.util.List;
import java.util.Objects;

/**
 * Where a new revision goes in the graph, as {@link NewRevisionPlanner} worked it out: everything a
 * {@link RevisionFileWriter} needs besides the message and the code.
 *
 * @param id the new revision's id, valid and not used by any revision or branch label
 * @param downRevisions the revisions it follows: none for a new base, several for a merge
 * @param branchLabels the branch labels it introduces
 * @param dependsOn the revisions (ids) or branch labels it depends on, resolved and checked
 * @param notes things the user should hear about, for example that a new base has no branch label
 */
public record PlannedRevision(String id, List<String> downRevisions, List<String> branchLabels,
        List<String> dependsOn, List<String> notes) {

    public PlannedRevision {
        Objects.requireNonNull(id, "id");
        downRevisions = List.copyOf(downRevisions);
        branchLabels = List.copyOf(branchLabels);
        dependsOn = List.copyOf(dependsOn);
        notes = List.copyOf(notes);
    }
}
