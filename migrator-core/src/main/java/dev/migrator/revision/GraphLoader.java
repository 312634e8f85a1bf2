package dev.migrator.revision;

import static dev.migrator.revision.RevisionException.Kind.CYCLE;
import static dev.migrator.revision.RevisionException.Kind.DEPENDENCY_CYCLE;
import static dev.migrator.revision.RevisionException.Kind.DEPENDENCY_SELF_LOOP;
import static dev.migrator.revision.RevisionException.Kind.DUPLICATE_BRANCH_LABEL;
import static dev.migrator.revision.RevisionException.Kind.DUPLICATE_REVISION;
import static dev.migrator.revision.RevisionException.Kind.MISSING_DEPENDENCY;
import static dev.migrator.revision.RevisionException.Kind.MISSING_DOWN_REVISION;
import static dev.migrator.revision.RevisionException.Kind.SELF_LOOP;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Turns revision declarations into linked nodes and rejects every graph that cannot be migrated:
 * duplicates, dangling references, loops and cycles. Each check is one pass, so loading stays linear in
 * the number of revisions.
 */
final class GraphLoader {

    final Map<String, GraphNode> byId = new LinkedHashMap<>();
    /** Revision ids and branch labels, each naming one node. */
    final Map<String, GraphNode> symbols = new HashMap<>();
    final List<GraphNode> heads = new ArrayList<>();
    final List<GraphNode> realHeads = new ArrayList<>();
    final List<GraphNode> bases = new ArrayList<>();
    final List<GraphNode> realBases = new ArrayList<>();

    GraphLoader(List<RevisionNode> revisions) {
        index(revisions);
        mapBranchLabels();
        resolveDependencies();
        link();
        findEnds();
        detectCycles();
        normalizeDependencies();
    }

    private void index(List<RevisionNode> revisions) {
        int order = 0;
        for (RevisionNode revision : revisions) {
            if (revision.downRevisions().contains(revision.id())) {
                throw new RevisionException(SELF_LOOP, List.of(revision.id()), "Revision " + revision.id()
                        + " names itself as its down revision. Set its down revision to the revision it follows.");
            }
            if (revision.dependsOn().contains(revision.id())) {
                throw new RevisionException(DEPENDENCY_SELF_LOOP, List.of(revision.id()), "Revision " + revision.id()
                        + " names itself in its depends-on. Remove it from its own depends-on list.");
            }
            GraphNode previous = byId.put(revision.id(), new GraphNode(revision, order++));
            if (previous != null) {
                throw new RevisionException(DUPLICATE_REVISION, List.of(revision.id()), "Revision id "
                        + revision.id() + " is declared by two migrations. Give one of them a new id (and update the"
                        + " down revisions that point at it).");
            }
        }
        symbols.putAll(byId);
    }

    private void mapBranchLabels() {
        for (GraphNode node : byId.values()) {
            for (String label : node.revision.branchLabels()) {
                GraphNode owner = symbols.get(label);
                if (owner != null) {
                    String clash = owner.id().equals(label) ? "is also the id of revision " + owner.id()
                            : "is already used by revision " + owner.id();
                    throw new RevisionException(DUPLICATE_BRANCH_LABEL, List.of(node.id(), owner.id()),
                            "Branch label '" + label + "' of revision " + node.id() + " " + clash
                                    + ". Branch labels must be unique: rename one of them.");
                }
                symbols.put(label, node);
            }
        }
    }

    private void resolveDependencies() {
        for (GraphNode node : byId.values()) {
            for (String dependency : node.revision.dependsOn()) {
                GraphNode target = symbols.get(dependency);
                if (target == null) {
                    throw new RevisionException(MISSING_DEPENDENCY, List.of(node.id(), dependency), "Revision "
                            + node.id() + " depends on '" + dependency + "', which is neither a revision id nor a"
                            + " branch label. Fix the depends-on entry or restore the missing migration.");
                }
                if (!node.dependencies.contains(target)) {
                    node.dependencies.add(target);
                }
            }
        }
    }

    private void link() {
        for (GraphNode node : byId.values()) {
            for (String downId : node.revision.downRevisions()) {
                GraphNode parent = byId.get(downId);
                if (parent == null) {
                    throw new RevisionException(MISSING_DOWN_REVISION, List.of(node.id(), downId), "Revision "
                            + node.id() + " has down revision " + downId + ", but no migration defines revision "
                            + downId + ". Restore that migration or point " + node.id()
                            + " at an existing revision.");
                }
                if (!node.down.contains(parent)) {
                    node.down.add(parent);
                }
            }
            for (GraphNode parent : node.allDown()) {
                parent.allChildren.add(node);
            }
            for (GraphNode parent : node.down) {
                parent.children.add(node);
            }
        }
    }

    private void findEnds() {
        for (GraphNode node : byId.values()) {
            if (node.isHead()) {
                heads.add(node);
            }
            if (node.isRealHead()) {
                realHeads.add(node);
            }
            if (node.isBase()) {
                bases.add(node);
            }
            if (node.isRealBase()) {
                realBases.add(node);
            }
        }
    }

    /**
     * Peels the graph from both ends: revisions whose parents are all peeled from the bases, then
     * revisions whose children are all peeled from the heads. What survives sits on a cycle (or between
     * two). Linear in revisions plus edges.
     */
    private void detectCycles() {
        Set<GraphNode> onCycle = survivorsOfPeeling(node -> node.down, node -> node.children);
        if (!onCycle.isEmpty()) {
            throw cycle(CYCLE, ids(onCycle));
        }
        onCycle = survivorsOfPeeling(GraphNode::allDown, node -> node.allChildren);
        if (!onCycle.isEmpty()) {
            throw cycle(DEPENDENCY_CYCLE, ids(onCycle));
        }
    }

    private Set<GraphNode> survivorsOfPeeling(Function<GraphNode, Collection<GraphNode>> parents,
            Function<GraphNode, Collection<GraphNode>> childrenOf) {
        Set<GraphNode> rest = new LinkedHashSet<>(byId.values());
        peel(rest, parents, childrenOf);
        peel(rest, childrenOf, parents);
        return rest;
    }

    /** Removes from {@code rest} every node reachable from a node with no {@code inward} edge left. */
    private static void peel(Set<GraphNode> rest, Function<GraphNode, Collection<GraphNode>> inward,
            Function<GraphNode, Collection<GraphNode>> outward) {
        Map<GraphNode, Integer> remaining = new HashMap<>();
        Deque<GraphNode> free = new ArrayDeque<>();
        for (GraphNode node : rest) {
            int count = 0;
            for (GraphNode in : inward.apply(node)) {
                if (rest.contains(in)) {
                    count++;
                }
            }
            remaining.put(node, count);
            if (count == 0) {
                free.add(node);
            }
        }
        while (!free.isEmpty()) {
            GraphNode node = free.poll();
            rest.remove(node);
            for (GraphNode out : outward.apply(node)) {
                Integer left = remaining.get(out);
                if (left != null && rest.contains(out)) {
                    remaining.put(out, left - 1);
                    if (left - 1 == 0) {
                        free.add(out);
                    }
                }
            }
        }
    }

    private static RevisionException cycle(RevisionException.Kind kind, Collection<String> members) {
        List<String> sorted = members.stream().sorted().toList();
        String what = kind == CYCLE ? "Down revisions form a cycle" : "Down revisions and depends-on form a cycle";
        return new RevisionException(kind, sorted, what + " among revisions (" + String.join(", ", sorted)
                + "). A revision must come after everything it names; break the cycle by fixing a down revision"
                + (kind == CYCLE ? "." : " or a depends-on entry."));
    }

    private static List<String> ids(Collection<GraphNode> nodes) {
        return nodes.stream().map(GraphNode::id).toList();
    }

    /** Drops each dependency that an ancestor already depends on, so it adds neither a step nor a row. */
    private void normalizeDependencies() {
        for (GraphNode node : byId.values()) {
            if (node.dependencies.isEmpty()) {
                continue;
            }
            Set<GraphNode> implied = new HashSet<>();
            for (GraphNode ancestor : Traversal.ancestors(List.of(node), false)) {
                if (ancestor != node) {
                    implied.addAll(ancestor.dependencies);
                }
            }
            node.normalizedDependencies = node.dependencies.stream().filter(d -> !implied.contains(d)).toList();
        }
    }
}
