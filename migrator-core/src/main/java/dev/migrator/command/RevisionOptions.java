package dev.migrator.command;

import java.util.List;

/**
 * How the {@code revision} command places a new revision, as its options say.
 *
 * @param head the revision to build on: {@code head} (the default), {@code base} for a new root, a revision id
 *     or prefix, {@code <label>@head}, or {@code heads} to build on (and so merge) all heads
 * @param splice whether {@code head} may be a revision that is not a head, starting a new branch from it
 * @param revisionId the id to give the revision, or {@code null} to generate one
 * @param branchLabels new branch labels for the revision
 * @param dependsOn revisions or branch labels the revision depends on
 */
public record RevisionOptions(String head, boolean splice, String revisionId, List<String> branchLabels,
        List<String> dependsOn) {

    private static final RevisionOptions DEFAULTS = new RevisionOptions("head", false, null, List.of(), List.of());

    public RevisionOptions {
        head = head == null || head.isBlank() ? "head" : head.strip();
        branchLabels = List.copyOf(branchLabels);
        dependsOn = List.copyOf(dependsOn);
    }

    /** A revision on the single head, with a generated id, no labels and no dependencies. */
    public static RevisionOptions defaults() {
        return DEFAULTS;
    }

    public RevisionOptions withHead(String newHead) {
        return new RevisionOptions(newHead, splice, revisionId, branchLabels, dependsOn);
    }

    public RevisionOptions withSplice(boolean newSplice) {
        return new RevisionOptions(head, newSplice, revisionId, branchLabels, dependsOn);
    }

    public RevisionOptions withRevisionId(String newRevisionId) {
        return new RevisionOptions(head, splice, newRevisionId, branchLabels, dependsOn);
    }

    public RevisionOptions withBranchLabels(String... labels) {
        return new RevisionOptions(head, splice, revisionId, List.of(labels), dependsOn);
    }

    public RevisionOptions withDependsOn(String... dependencies) {
        return new RevisionOptions(head, splice, revisionId, branchLabels, List.of(dependencies));
    }
}
