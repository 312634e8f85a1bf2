package dev.migrator.benchmarks;

import dev.migrator.revision.MigrationPlan;
import dev.migrator.revision.RevisionGraph;
import dev.migrator.revision.RevisionNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What every application start pays for the graph: loading and validating all revisions, then asking
 * for the upgrade plan when the database is already at head. Two sizes show that the cost grows
 * linearly; two shapes show that branches, labels and merges do not change that.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class RevisionGraphBenchmark {

    @Param({"1000", "10000"})
    public int revisions;

    /** {@code linear}: one chain. {@code branchy}: a labelled branch split off and merged back every 50. */
    @Param({"linear", "branchy"})
    public String shape;

    private List<RevisionNode> nodes;
    private RevisionGraph graph;
    private List<String> head;

    @Setup
    public void setUp() {
        nodes = "linear".equals(shape) ? linear(revisions) : branchy(revisions);
        graph = RevisionGraph.of(nodes);
        head = graph.heads();
    }

    @Benchmark
    public RevisionGraph loadAndValidate() {
        return RevisionGraph.of(nodes);
    }

    @Benchmark
    public MigrationPlan planAtHead() {
        return graph.upgradePlan(head, "heads");
    }

    @Benchmark
    public MigrationPlan planFromEmpty() {
        return graph.upgradePlan(List.of(), "heads");
    }

    static List<RevisionNode> linear(int count) {
        List<RevisionNode> chain = new ArrayList<>(count);
        chain.add(RevisionNode.of(id(0)));
        for (int i = 1; i < count; i++) {
            chain.add(RevisionNode.of(id(i), id(i - 1)));
        }
        return chain;
    }

    static List<RevisionNode> branchy(int count) {
        List<RevisionNode> graph = new ArrayList<>(count);
        graph.add(RevisionNode.of(id(0)));
        String mainTip = id(0);
        int i = 1;
        while (i < count) {
            String splitPoint = mainTip;
            String sideTip = id(i);
            graph.add(new RevisionNode(sideTip, List.of(splitPoint), Set.of("feature" + i), List.of()));
            i++;
            for (int step = 0; step < 24 && i < count; step++, i++) {
                graph.add(RevisionNode.of(id(i), mainTip));
                mainTip = id(i);
            }
            for (int step = 0; step < 24 && i < count; step++, i++) {
                graph.add(RevisionNode.of(id(i), sideTip));
                sideTip = id(i);
            }
            if (i < count) {
                graph.add(RevisionNode.of(id(i), mainTip, sideTip));
                mainTip = id(i);
                i++;
            } else {
                break;
            }
        }
        return graph;
    }

    private static String id(int i) {
        return String.format("%012x", 0x5eed00000000L + i * 7919L);
    }
}
