package dev.migrator.command;

import static dev.migrator.revision.RevisionException.Kind.DUPLICATE_BRANCH_LABEL;
import static dev.migrator.revision.RevisionException.Kind.DUPLICATE_REVISION;
import static dev.migrator.revision.RevisionException.Kind.MULTIPLE_HEADS;
import static dev.migrator.revision.RevisionException.Kind.NOT_FOUND;
import static dev.migrator.revision.RevisionException.Kind.OVERLAPPING_REVISIONS;

import dev.migrator.revision.RevisionException;
import dev.migrator.revision.RevisionGraph;
import dev.migrator.revision.RevisionNode;
import dev.migrator.script.RevisionIds;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Works out where a new revision goes, with Alembic's rules for {@code revision} and {@code merge}: which revisions
 * it follows, its id, its branch labels and what it depends on. Pure graph logic; nothing is written.
 *
 * <p>Every mistake a user can make fails before any file exists: {@link RevisionException} for targets that name
 * nothing, several heads, or ids and labels already in use; {@link CommandException} for a revision that is not a
 * head or a merge with nothing to merge; {@link dev.migrator.script.InvalidRevisionIdException} for an id or label
 * that cannot be written in targets.
 */
public final class NewRevisionPlanner {

    private final RevisionGraph graph;
    private final Supplier<String> idGenerator;
    /** Branch label to the revision that declares it. */
    private final Map<String, String> labelOwners = new HashMap<>();

    public NewRevisionPlanner(RevisionGraph graph) {
        this(graph, RevisionIds::generate);
    }

    NewRevisionPlanner(RevisionGraph graph, Supplier<String> idGenerator) {
        this.graph = Objects.requireNonNull(graph, "graph");
        this.idGenerator = idGenerator;
        for (RevisionNode revision : graph.revisions()) {
            revision.branchLabels().forEach(label -> labelOwners.put(label, revision.id()));
        }
    }

    /** Places a revision as {@code revision} does: on the head, on {@code --head}, or as a new base. */
    public PlannedRevision plan(RevisionOptions options) {
        String id = revisionId(options.revisionId());
        List<String> labels = newBranchLabels(options.branchLabels(), id);
        List<String> down = downRevisions(options.head(), options.splice());
        List<String> notes = new ArrayList<>();
        if (down.isEmpty() && !graph.isEmpty() && labels.isEmpty()) {
            notes.add("Revision " + id + " starts a new base next to " + String.join(", ", graph.bases())
                    + ". Give it a branch label (--branch-label) so that '<label>@head' can name its branch.");
        }
        return new PlannedRevision(id, down, labels, dependencies(options.dependsOn()), notes);
    }

    /**
     * Places a revision that merges {@code revisions} as {@code merge} does. Each entry is a target: an id or
     * prefix, a branch label, {@code <label>@head}, or {@code heads} for all heads.
     *
     * @param revisionId the id to give the merge, or {@code null} to generate one
     * @param branchLabels new branch labels for the merge
     */
    public PlannedRevision planMerge(List<String> revisions, String revisionId, List<String> branchLabels) {
        List<String> merged = distinctRevisions(revisions);
        if (merged.size() < 2) {
            throw new CommandException(CommandException.Kind.NOTHING_TO_MERGE, merged, "Nothing to merge: "
                    + whatWasGiven(revisions, merged) + ". A merge joins two or more heads; run 'heads' to see them"
                    + " and pass several, or 'heads' for all of them.");
        }
        requireNoAncestors(merged);
        requireHeads(merged, false);
        String id = revisionId(revisionId);
        return new PlannedRevision(id, merged, newBranchLabels(branchLabels, id), List.of(), List.of());
    }

    private String revisionId(String requested) {
        if (requested == null) {
            String generated;
            do {
                generated = idGenerator.get();
            } while (isUsedName(generated));
            return generated;
        }
        RevisionIds.requireValidId(requested);
        if (graph.revision(requested).isPresent()) {
            throw new RevisionException(DUPLICATE_REVISION, List.of(requested), "Revision id " + requested
                    + " is already used by an existing revision. Choose another --rev-id, or leave it out to"
                    + " generate one.");
        }
        if (labelOwners.containsKey(requested)) {
            throw new RevisionException(DUPLICATE_REVISION, List.of(requested, labelOwners.get(requested)),
                    "Revision id " + requested + " is already a branch label of revision "
                            + labelOwners.get(requested) + ". Choose another --rev-id, or leave it out to generate one.");
        }
        return requested;
    }

    private boolean isUsedName(String name) {
        return graph.revision(name).isPresent() || labelOwners.containsKey(name);
    }

    private List<String> newBranchLabels(List<String> labels, String newId) {
        Set<String> distinct = new LinkedHashSet<>();
        for (String label : labels) {
            RevisionIds.requireValidBranchLabel(label);
            String owner = labelOwners.get(label);
            String clash = owner != null ? "is already the branch label of revision " + owner
                    : graph.revision(label).isPresent() ? "is already the id of a revision"
                    : label.equals(newId) ? "is the id of the new revision itself" : null;
            if (clash != null) {
                throw new RevisionException(DUPLICATE_BRANCH_LABEL, owner == null ? List.of() : List.of(owner),
                        "Branch label '" + label + "' " + clash + ". Branch labels must be unique: choose another"
                                + " --branch-label.");
            }
            distinct.add(label);
        }
        return List.copyOf(distinct);
    }

    private List<String> downRevisions(String head, boolean splice) {
        if ("base".equals(head)) {
            return List.of();
        }
        List<String> down;
        try {
            down = graph.resolve(head);
        } catch (RevisionException e) {
            if (e.kind() == MULTIPLE_HEADS && "head".equals(head)) {
                throw new RevisionException(MULTIPLE_HEADS, e.revisions(), "There are " + e.revisions().size()
                        + " heads (" + String.join(", ", e.revisions()) + "), so it is not clear which one the new"
                        + " revision follows. Pass --head <rev> or --head <label>@head to extend one branch, or run"
                        + " 'merge' to join them first.");
            }
            throw e;
        }
        requireHeads(down, splice);
        return down;
    }

    /** Fails for any revision that has children, unless a new branch from it was asked for. */
    private void requireHeads(List<String> revisions, boolean splice) {
        if (splice) {
            return;
        }
        for (String id : revisions) {
            if (!graph.isHead(id)) {
                throw new CommandException(CommandException.Kind.NOT_A_HEAD, List.of(id), "Revision " + id
                        + " is not a head: " + String.join(", ", graph.children(id)) + " already follow"
                        + (graph.children(id).size() == 1 ? "s" : "") + " it. Pass --splice to start a new branch"
                        + " from " + id + ", or build on a head (" + String.join(", ", graph.heads()) + ").");
            }
        }
    }

    /**
     * Resolves each entry to one revision. A branch label stays a label, so the dependency follows the branch as
     * Alembic keeps it; an id prefix becomes the full id.
     */
    private List<String> dependencies(List<String> dependsOn) {
        Set<String> resolved = new LinkedHashSet<>();
        for (String dependency : dependsOn) {
            String id = graph.resolveOne(dependency).orElseThrow(() -> new RevisionException(NOT_FOUND,
                    List.of(dependency), "Depends-on entry '" + dependency + "' names no revision. Give a"
                            + " revision id or a branch label."));
            boolean isLabel = graph.revision(id).orElseThrow().branchLabels().contains(dependency);
            resolved.add(isLabel ? dependency : id);
        }
        return List.copyOf(resolved);
    }

    private List<String> distinctRevisions(List<String> targets) {
        Set<String> ids = new LinkedHashSet<>();
        for (String target : targets) {
            ids.addAll(graph.resolve(target));
        }
        return List.copyOf(ids);
    }

    private void requireNoAncestors(List<String> revisions) {
        for (String id : revisions) {
            Set<String> below = new LinkedHashSet<>(graph.ancestorsOf(List.of(id)));
            below.remove(id);
            for (String other : revisions) {
                if (below.contains(other)) {
                    throw new RevisionException(OVERLAPPING_REVISIONS, List.of(other, id), "Cannot merge " + other
                            + " with " + id + ": " + other + " is already an ancestor of " + id + ", so there is"
                            + " nothing to join. Merge only heads of different branches (run 'heads').");
                }
            }
        }
    }

    private static String whatWasGiven(List<String> targets, List<String> merged) {
        if (targets.isEmpty()) {
            return "no revisions were given";
        }
        String given = "'" + String.join("', '", targets) + "'";
        return merged.isEmpty() ? given + " name no revision" : given + " name only revision " + merged.get(0);
    }
}
