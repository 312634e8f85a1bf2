package dev.migrator.revision;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** Walks along the graph's edges. Depth-first, so results come in a stable, definition-driven order. */
final class Traversal {

    private Traversal() {
    }

    /** The targets and everything below them; with dependencies, through depends-on as well. */
    static Set<GraphNode> ancestors(Collection<GraphNode> targets, boolean includeDependencies) {
        return related(targets, includeDependencies ? GraphNode::normalizedDown : node -> node.down);
    }

    /** The targets and everything above them; with dependencies, through depends-on as well. */
    static Set<GraphNode> descendants(Collection<GraphNode> targets, boolean includeDependencies) {
        return related(targets, includeDependencies ? node -> node.allChildren : node -> node.children);
    }

    static Set<GraphNode> related(Collection<GraphNode> targets, Function<GraphNode, Collection<GraphNode>> next) {
        Set<GraphNode> seen = new LinkedHashSet<>();
        Deque<GraphNode> todo = new ArrayDeque<>();
        for (GraphNode target : targets) {
            if (target == null || target == GraphNode.BASE) {
                continue;
            }
            todo.push(target);
            while (!todo.isEmpty()) {
                GraphNode node = todo.pop();
                if (seen.add(node)) {
                    for (GraphNode following : next.apply(node)) {
                        todo.push(following);
                    }
                }
            }
        }
        return seen;
    }

    /**
     * Rejects a request that names a revision together with one of its ancestors: "upgrade to a and to
     * its child b" has no meaning of its own, and a version table holding both is corrupt.
     */
    static void requireNoOverlap(List<GraphNode> targets) {
        Set<GraphNode> distinct = new LinkedHashSet<>(targets);
        distinct.remove(null);
        if (distinct.size() < 2) {
            return;
        }
        for (GraphNode target : distinct) {
            Set<GraphNode> below = new HashSet<>(ancestors(List.of(target), true));
            below.remove(target);
            List<String> overlaps = distinct.stream().filter(other -> other != target && below.contains(other))
                    .map(GraphNode::id).toList();
            if (!overlaps.isEmpty()) {
                throw new RevisionException(RevisionException.Kind.OVERLAPPING_REVISIONS,
                        concat(target.id(), overlaps),
                        "Requested revision " + target.id() + " overlaps with other requested revisions "
                                + String.join(", ", overlaps) + ": " + String.join(", ", overlaps)
                                + " is already below " + target.id() + ". Name only the newest revision of each branch.");
            }
        }
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> all = new java.util.ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all;
    }
}
