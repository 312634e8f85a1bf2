package dev.migrator.revision;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A revision inside a {@link RevisionGraph}, with its edges resolved to nodes. Built once by the graph
 * and not changed afterwards.
 */
final class GraphNode {

    /** Stands for "below every base" in relative walks, as the literal target {@code base} does. */
    static final GraphNode BASE = new GraphNode(RevisionNode.of("base"), -1);

    final RevisionNode revision;
    /** Position in definition order: the tie-break wherever the graph allows several orders. */
    final int order;
    final List<GraphNode> down = new ArrayList<>();
    final List<GraphNode> dependencies = new ArrayList<>();
    /** Dependencies not already implied by an ancestor's dependencies. */
    List<GraphNode> normalizedDependencies = List.of();
    /** Children through down revisions only. */
    final Set<GraphNode> children = new LinkedHashSet<>();
    /** Children through down revisions or depends-on. */
    final Set<GraphNode> allChildren = new LinkedHashSet<>();

    GraphNode(RevisionNode revision, int order) {
        this.revision = revision;
        this.order = order;
    }

    String id() {
        return revision.id();
    }

    /** Down revisions plus all resolved dependencies: every edge that makes this a child. */
    List<GraphNode> allDown() {
        return concatDistinct(down, dependencies);
    }

    /** Down revisions plus the dependencies that no ancestor already implies. */
    List<GraphNode> normalizedDown() {
        return concatDistinct(down, normalizedDependencies);
    }

    boolean isBase() {
        return down.isEmpty();
    }

    boolean isRealBase() {
        return down.isEmpty() && dependencies.isEmpty();
    }

    boolean isHead() {
        return children.isEmpty();
    }

    boolean isRealHead() {
        return allChildren.isEmpty();
    }

    boolean isBranchPoint() {
        return children.size() > 1;
    }

    boolean isRealBranchPoint() {
        return allChildren.size() > 1;
    }

    boolean isMergePoint() {
        return down.size() > 1;
    }

    private static List<GraphNode> concatDistinct(List<GraphNode> first, List<GraphNode> second) {
        if (second.isEmpty()) {
            return first;
        }
        Set<GraphNode> all = new LinkedHashSet<>(first);
        all.addAll(second);
        return List.copyOf(all);
    }

    @Override
    public String toString() {
        return id();
    }
}
