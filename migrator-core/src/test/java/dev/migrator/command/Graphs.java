package dev.migrator.command;

import dev.migrator.revision.RevisionGraph;
import dev.migrator.revision.RevisionNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Small revision graphs for tests, written as {@code "b <- a"} lines. */
final class Graphs {

    private Graphs() {
    }

    static RevisionNode node(String id, String... down) {
        return RevisionNode.of(id, down);
    }

    static RevisionNode labelled(String id, String label, String... down) {
        return new RevisionNode(id, List.of(down), Set.of(label), List.of());
    }

    static RevisionNode depending(String id, List<String> dependsOn, String... down) {
        return new RevisionNode(id, List.of(down), Set.of(), dependsOn);
    }

    static RevisionGraph of(RevisionNode... nodes) {
        return RevisionGraph.of(new ArrayList<>(List.of(nodes)));
    }
}
