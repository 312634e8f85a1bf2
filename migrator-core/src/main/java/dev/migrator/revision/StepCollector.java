package dev.migrator.revision;

import static dev.migrator.revision.RevisionException.Kind.NOT_ANCESTOR;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Decides which revisions lie between two points of the graph and in which order they run: every
 * revision after all it depends on, branches taken one at a time in definition order.
 */
final class StepCollector {

    private final RevisionGraph graph;
    private final TargetResolver resolver;

    StepCollector(RevisionGraph graph, TargetResolver resolver) {
        this.graph = graph;
        this.resolver = resolver;
    }

    /** Options of a walk between {@code upper} and {@code lower}; see {@link RevisionGraph#iterate}. */
    record Walk(RevisionRef upper, RevisionRef lower, boolean inclusive, boolean implicitBase,
            boolean assertRelativeLength, boolean selectForDowngrade) {
    }

    /** The revisions of the walk, from the top down (children before their parents). */
    List<GraphNode> iterate(Walk walk, Consumer<String> warnings) {
        Collected collected = walk.selectForDowngrade() ? collectDowngrade(walk, warnings) : collectUpgrade(walk);
        return topologicalSort(collected.revisions(), collected.heads());
    }

    private record Collected(Set<GraphNode> revisions, List<GraphNode> heads) {
    }

    private Collected collectUpgrade(Walk walk) {
        List<GraphNode> targets = resolver.upgradeTargets(walk.lower(), walk.upper(), walk.assertRelativeLength());
        targets = targets.stream().filter(target -> target != null && target != GraphNode.BASE).toList();
        if (walk.lower().isText() && walk.lower().text().contains("@")) {
            String branch = walk.lower().text().substring(0, walk.lower().text().indexOf('@'));
            GraphNode branchRevision = resolver.revision(branch);
            if (branchRevision != null && branchRevision.id().equals(branch)
                    && branchRevision.revision.branchLabels().size() == 1) {
                branch = branchRevision.revision.branchLabels().iterator().next();
            }
            String label = branch;
            targets = targets.stream().filter(target -> graph.hasBranchLabel(target, label)).toList();
        }
        List<GraphNode> current = resolver.revisions(walk.lower());
        if (walk.implicitBase() && !walk.inclusive() && current.containsAll(targets)) {
            // Already there: the check every application start makes, so it must not walk the graph.
            return new Collected(Set.of(), targets);
        }
        Traversal.requireNoOverlap(targets);
        Set<GraphNode> required = new LinkedHashSet<>(Traversal.ancestors(targets, true));

        if (!walk.implicitBase()) {
            for (GraphNode revision : current) {
                if (revision != null && !required.contains(revision)) {
                    throw notAncestor(walk.lower(), walk.upper());
                }
            }
        }
        if (!current.isEmpty() && current.get(0) == null) {
            TargetResolver.DowngradeTarget lower = resolver.downgradeTarget(walk.upper(), walk.lower(),
                    walk.assertRelativeLength(), ignored -> { });
            current = lower.revision() == null ? List.of() : List.of(lower.revision());
        }
        Traversal.requireNoOverlap(current);
        Set<GraphNode> needs = new LinkedHashSet<>(required);
        needs.removeAll(Traversal.ancestors(current, true));
        if (walk.inclusive()) {
            needs.addAll(current);
        }
        if (!current.isEmpty() && !walk.implicitBase()) {
            needs.retainAll(Traversal.descendants(current, false));
        }
        return new Collected(needs, targets);
    }

    private Collected collectDowngrade(Walk walk, Consumer<String> warnings) {
        TargetResolver.DowngradeTarget target = resolver.downgradeTarget(walk.upper(), walk.lower(),
                walk.assertRelativeLength(), warnings);
        GraphNode targetRevision = target.revision();
        List<GraphNode> roots;
        if (targetRevision == null) {
            roots = graph.baseNodes();
        } else if (walk.inclusive()) {
            roots = List.of(targetRevision);
        } else {
            roots = new ArrayList<>(targetRevision.children);
        }
        if (target.branchLabel() != null && roots.size() > 1) {
            Set<GraphNode> onBranch = Traversal.ancestors(List.of(resolver.resolveBranch(target.branchLabel())), false);
            roots = roots.stream().filter(onBranch::contains).toList();
            if (roots.isEmpty()) {
                throw new RevisionException(NOT_ANCESTOR, List.of(), "Destination " + walk.lower()
                        + " is not a valid downgrade target from current head(s) " + walk.upper()
                        + ": nothing on branch '" + target.branchLabel() + "' lies above it.");
            }
        }
        List<GraphNode> heads = resolver.revisions(walk.upper());
        Set<GraphNode> downgrade = new LinkedHashSet<>(Traversal.descendants(roots, true));
        Set<GraphNode> active = Traversal.ancestors(heads, true);
        downgrade.retainAll(active);
        if (walk.implicitBase()) {
            Set<GraphNode> kept = Traversal.ancestors(roots, true);
            for (GraphNode revision : active) {
                if (!kept.contains(revision)) {
                    downgrade.add(revision);
                }
            }
        }
        if (targetRevision != null && downgrade.isEmpty() && !heads.contains(targetRevision)
                && !active.contains(targetRevision)) {
            throw notAncestor(walk.lower(), walk.upper());
        }
        return new Collected(downgrade, heads);
    }

    private static RevisionException notAncestor(RevisionRef destination, RevisionRef current) {
        return new RevisionException(NOT_ANCESTOR, List.of(), "Revision " + destination + " is not an ancestor of"
                + " revision " + current + ": there is no way from one to the other in the requested direction."
                + " Run 'current' and 'history' to see where the database is and pick a target on its path.");
    }

    /**
     * Orders revisions so that each comes before everything below it, walking one branch at a time: from
     * the first head (in definition order) down until another pending branch still needs the revision
     * we stand on, then on with that branch.
     */
    List<GraphNode> topologicalSort(Set<GraphNode> revisions, List<GraphNode> heads) {
        Set<GraphNode> todo = new HashSet<>(revisions);
        List<GraphNode> current = new ArrayList<>(new LinkedHashSet<>(
                heads.stream().filter(head -> head != null && todo.contains(head)).toList()));
        current.sort(Comparator.comparingInt(node -> node.order));
        List<Set<GraphNode>> ancestorsOf = new ArrayList<>();
        for (GraphNode head : current) {
            ancestorsOf.add(new HashSet<>(Traversal.ancestors(List.of(head), true)));
        }
        List<GraphNode> output = new ArrayList<>(revisions.size());
        int candidateIndex = 0;
        while (!current.isEmpty()) {
            GraphNode candidate = current.get(candidateIndex);
            int blockedBy = -1;
            for (int other = 0; other < ancestorsOf.size(); other++) {
                if (other != candidateIndex && ancestorsOf.get(other).contains(candidate)) {
                    blockedBy = other;
                    break;
                }
            }
            if (blockedBy >= 0) {
                candidateIndex = blockedBy;
                continue;
            }
            if (todo.remove(candidate)) {
                output.add(candidate);
            }
            List<GraphNode> next = new ArrayList<>();
            for (GraphNode down : candidate.normalizedDown()) {
                if (todo.contains(down) && !current.contains(down)) {
                    next.add(down);
                }
            }
            if (next.isEmpty()) {
                current.remove(candidateIndex);
                ancestorsOf.remove(candidateIndex);
                candidateIndex = Math.max(candidateIndex - 1, 0);
            } else if (candidate.normalizedDependencies.isEmpty() && candidate.down.size() == 1) {
                current.set(candidateIndex, next.get(0));
                ancestorsOf.get(candidateIndex).remove(candidate);
            } else {
                current.set(candidateIndex, next.get(0));
                ancestorsOf.set(candidateIndex, new HashSet<>(Traversal.ancestors(List.of(next.get(0)), true)));
                for (GraphNode extra : next.subList(1, next.size())) {
                    current.add(extra);
                    ancestorsOf.add(new HashSet<>(Traversal.ancestors(List.of(extra), true)));
                }
            }
        }
        if (!todo.isEmpty()) {
            // Revisions not reachable from the heads given: keep them, children before parents.
            List<GraphNode> rest = new ArrayList<>(todo);
            rest.sort(Comparator.comparingInt((GraphNode node) -> node.order).reversed());
            output.addAll(rest);
        }
        return output;
    }
}
