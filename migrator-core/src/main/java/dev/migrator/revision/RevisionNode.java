package dev.migrator.revision;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One revision as the graph sees it: its id and its edges. Nothing about databases or source files.
 *
 * @param id the revision id
 * @param downRevisions the parents: empty for a base, one for a plain step, several for a merge
 * @param branchLabels labels that name this revision's branch
 * @param dependsOn revisions or branch labels that must be applied first without being parents
 */
public record RevisionNode(String id, List<String> downRevisions, Set<String> branchLabels, List<String> dependsOn) {

    public RevisionNode {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("A revision id must not be blank");
        }
        downRevisions = List.copyOf(downRevisions);
        branchLabels = Set.copyOf(branchLabels);
        dependsOn = List.copyOf(dependsOn);
    }

    public static RevisionNode of(String id, String... downRevisions) {
        return new RevisionNode(id, List.of(downRevisions), Set.of(), List.of());
    }

    public boolean isBase() {
        return downRevisions.isEmpty();
    }

    public boolean isMergePoint() {
        return downRevisions.size() > 1;
    }
}
