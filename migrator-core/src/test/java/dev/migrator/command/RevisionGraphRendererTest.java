package dev.migrator.command;

import static dev.migrator.command.Graphs.depending;
import static dev.migrator.command.Graphs.labelled;
import static dev.migrator.command.Graphs.node;
import static org.assertj.core.api.Assertions.assertThat;

import dev.migrator.command.AsciiGraphReader.Edge;
import dev.migrator.revision.RevisionGraph;
import dev.migrator.revision.RevisionNode;
import dev.migrator.revision.RevisionRange;
import dev.migrator.script.ScriptSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RevisionGraphRendererTest {

    private static final RevisionGraph LINEAR = Graphs.of(node("a"), node("b", "a"), node("c", "b"));
    private static final RevisionGraph BRANCH_AND_MERGE = Graphs.of(node("a"), node("b", "a"), node("c", "b"),
            labelled("d", "billing", "b"), node("m", "c", "d"));
    private static final RevisionGraph TWO_ROOTS = Graphs.of(node("a"), node("b", "a"),
            labelled("n1", "networking"), depending("c", List.of("networking"), "b"));

    private static RevisionGraphRenderer renderer(RevisionGraph graph) {
        return new RevisionGraphRenderer(graph, Scripts.of(graph));
    }

    private static String asciiIds(RevisionGraph graph) {
        return String.join("\n", AsciiGraph.render(graph.history(), id -> graph.revision(id).orElseThrow()
                .downRevisions(), id -> id)) + "\n";
    }

    @Test
    void linearHistoryIsOneLane() {
        assertThat(renderer(LINEAR).ascii(null, Set.of("b"))).isEqualTo("""
                * b -> c (head), Message of c
                * a -> b (current), Message of b
                * <base> -> a, Message of a
                """);
    }

    @Test
    void branchAndMergeDrawLanesThatSplitAndJoin() {
        assertThat(renderer(BRANCH_AND_MERGE).ascii(null, Set.of())).isEqualTo("""
                * c, d -> m (billing) (head) (mergepoint), Message of m
                |\\
                * | b -> c, Message of c
                | * b -> d (billing), Message of d
                |/
                * a -> b (branchpoint), Message of b
                * <base> -> a, Message of a
                """);
    }

    @Test
    void threeParentMergeFansOutOneLaneAtATime() {
        RevisionGraph graph = Graphs.of(node("a"), node("b", "a"), node("c", "a"), node("d", "a"),
                node("m", "b", "c", "d"));

        assertThat(asciiIds(graph)).isEqualTo("""
                * m
                |\\
                | |\\
                * | | b
                | * | c
                | | * d
                |/ /
                |/
                * a
                """);
    }

    @Test
    void separateRootsAreSeparatedByABlankConnector() {
        assertThat(asciiIds(TWO_ROOTS)).isEqualTo("""
                * c
                * b
                * a

                * n1
                """);
    }

    @Test
    void aRangeDrawsOnlyItsRevisions() {
        assertThat(renderer(BRANCH_AND_MERGE).ascii(RevisionRange.parse("b:m"), Set.of()))
                .startsWith("* c, d -> m").endsWith("|/\n* a -> b (branchpoint), Message of b\n");
    }

    @Test
    void dotDrawsUpgradeEdgesSolidAndDependenciesDashed() {
        assertThat(renderer(TWO_ROOTS).dot()).isEqualTo("""
                digraph revisions {
                    rankdir=BT;
                    node [shape=box, fontname="monospace"];
                    "a" [label="a\\nMessage of a"];
                    "b" [label="b\\nMessage of b"];
                    "n1" [label="n1 (networking)\\nMessage of n1"];
                    "c" [label="c\\nMessage of c"];
                    "a" -> "b";
                    "b" -> "c";
                    "n1" -> "c" [style=dashed];
                }
                """);
    }

    @Test
    void revisionWithoutAScriptIsLabelledWithItsIdOnly() {
        RevisionGraph graph = Graphs.of(node("a"));
        String dot = new RevisionGraphRenderer(graph, ScriptSet.empty()).dot();

        assertThat(dot).contains("\"a\" [label=\"a\"];");
    }

    @Test
    void mermaidDrawsAFlowchartFromTheBasesUp() {
        assertThat(renderer(TWO_ROOTS).mermaid()).isEqualTo("""
                flowchart BT
                    r_a["a<br/>Message of a"]
                    r_b["b<br/>Message of b"]
                    r_n1["n1 (networking)<br/>Message of n1"]
                    r_c["c<br/>Message of c"]
                    r_a --> r_b
                    r_b --> r_c
                    r_n1 -.-> r_c
                """);
    }

    @Test
    void mergeInMermaid() {
        assertThat(renderer(BRANCH_AND_MERGE).mermaid()).endsWith("""
                    r_c --> r_m
                    r_d --> r_m
                """);
    }

    @Test
    void everyRandomGraphIsDrawnWithEveryEdgeAndEveryRevisionOnce() {
        Random random = new Random(20261129L);
        for (int round = 0; round < 200; round++) {
            RevisionGraph graph = randomGraph(random, 1 + random.nextInt(30));
            List<String> lines = AsciiGraph.render(graph.history(),
                    id -> graph.revision(id).orElseThrow().downRevisions(), id -> id + ", a message");
            AsciiGraphReader read = AsciiGraphReader.read(lines);

            assertThat(read.order).as("round %d:\n%s", round, String.join("\n", lines))
                    .doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(graph.history());
            Map<String, Integer> position = new HashMap<>();
            read.order.forEach(id -> position.put(id, position.size()));
            Set<Edge> expected = new LinkedHashSet<>();
            for (RevisionNode revision : graph.revisions()) {
                for (String down : revision.downRevisions()) {
                    expected.add(new Edge(revision.id(), down));
                    assertThat(position.get(revision.id())).isLessThan(position.get(down));
                }
            }
            assertThat(read.edges).as("round %d:\n%s", round, String.join("\n", lines))
                    .containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    /** Revisions r0..rN, each following up to three earlier ones (none: a new base), some with a dependency. */
    private static RevisionGraph randomGraph(Random random, int size) {
        List<RevisionNode> nodes = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            Set<String> down = new LinkedHashSet<>();
            int parents = i == 0 ? 0 : random.nextInt(10) == 0 ? 0 : random.nextInt(6) == 0 ? 2 + random.nextInt(2) : 1;
            for (int p = 0; p < parents; p++) {
                // mostly recent revisions, so branches grow and merge as they do in projects
                int back = 1 + Math.min(i - 1, (int) Math.abs(random.nextGaussian() * 3));
                down.add("r" + (i - back));
            }
            List<String> dependsOn = new ArrayList<>();
            if (i > 2 && random.nextInt(8) == 0) {
                String dependency = "r" + random.nextInt(i);
                if (!down.contains(dependency)) {
                    dependsOn.add(dependency);
                }
            }
            nodes.add(new RevisionNode("r" + i, List.copyOf(down), Set.of(), dependsOn));
        }
        return RevisionGraph.of(nodes);
    }

    @Test
    void randomGraphsIncludeMergesOfThreeAndSeveralRoots() {
        Random random = new Random(20261129L);
        boolean threeParents = false;
        boolean severalRoots = false;
        Set<String> crossings = new HashSet<>();
        for (int round = 0; round < 200; round++) {
            RevisionGraph graph = randomGraph(random, 1 + random.nextInt(30));
            threeParents |= graph.revisions().stream().anyMatch(r -> r.downRevisions().size() >= 3);
            severalRoots |= graph.bases().size() > 1;
            AsciiGraph.render(graph.history(), id -> graph.revision(id).orElseThrow().downRevisions(), id -> id)
                    .stream().filter(line -> line.contains("X")).forEach(crossings::add);
        }
        assertThat(threeParents).isTrue();
        assertThat(severalRoots).isTrue();
        assertThat(crossings).as("crossing lanes are exercised").isNotEmpty();
    }
}
