package dev.migrator.test.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrator.revision.RevisionGraph;
import dev.migrator.revision.RevisionNode;
import dev.migrator.test.autoconfigure.StairwayCheck.DowngradeTarget;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The stairway reverts exactly the revision it just applied, wherever it is in the graph. */
class DowngradeTargetTests {

    /** a1 → (b2, c3) → d4 → e5, and x9 a root of its own. */
    private final RevisionGraph graph = RevisionGraph.of(List.of(RevisionNode.of("a1"), RevisionNode.of("b2", "a1"),
            RevisionNode.of("c3", "a1"), RevisionNode.of("d4", "b2", "c3"), RevisionNode.of("e5", "d4"),
            RevisionNode.of("x9")));

    @Test
    void belowARevisionWithOneDownRevisionIsThatRevision() {
        assertThat(DowngradeTarget.removingOnly(graph, "e5", List.of("e5", "x9"))).isEqualTo("d4");
    }

    @Test
    void belowAMergeIsItsFirstDownRevision() {
        assertThat(DowngradeTarget.removingOnly(graph, "d4", List.of("d4", "x9"))).isEqualTo("b2");
    }

    @Test
    void aBranchWhoseParentIsUnderAnotherCurrentHeadIsRevertedAlone() {
        // Downgrading to a1 would revert b2 as well.
        assertThat(DowngradeTarget.removingOnly(graph, "c3", List.of("b2", "c3"))).isEqualTo("c3@a1");
    }

    @Test
    void aRootOfAGraphWithSeveralRootsIsRevertedAlone() {
        assertThat(DowngradeTarget.removingOnly(graph, "x9", List.of("a1", "x9"))).isEqualTo("x9@base");
    }

    @Test
    void theRootOfAGraphWithOneRootGoesToBase() {
        RevisionGraph linear = RevisionGraph.of(List.of(RevisionNode.of("a1"), RevisionNode.of("b2", "a1")));

        assertThat(DowngradeTarget.removingOnly(linear, "a1", List.of("a1"))).isEqualTo("base");
    }
}
