package dev.migrator.command;

import static dev.migrator.command.Graphs.depending;
import static dev.migrator.command.Graphs.labelled;
import static dev.migrator.command.Graphs.node;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrator.revision.RevisionException;
import dev.migrator.revision.RevisionGraph;
import dev.migrator.script.InvalidRevisionIdException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;

class NewRevisionPlannerTest {

    /** a <- b <- c (head), b <- d (head, label "feature"). */
    private static final RevisionGraph TWO_HEADS = Graphs.of(node("a"), node("b", "a"), node("c", "b"),
            labelled("d", "feature", "b"));
    private static final RevisionGraph LINEAR = Graphs.of(node("a"), node("b", "a"));

    private static NewRevisionPlanner planner(RevisionGraph graph, String... generatedIds) {
        Deque<String> ids = new ArrayDeque<>(List.of(generatedIds));
        return new NewRevisionPlanner(graph, ids::pop);
    }

    @Test
    void firstRevisionOfAnEmptyProjectIsABase() {
        PlannedRevision planned = planner(Graphs.of(), "n1").plan(RevisionOptions.defaults());

        assertThat(planned.id()).isEqualTo("n1");
        assertThat(planned.downRevisions()).isEmpty();
        assertThat(planned.notes()).isEmpty();
    }

    @Test
    void newRevisionFollowsTheSingleHead() {
        assertThat(planner(LINEAR, "n1").plan(RevisionOptions.defaults()).downRevisions()).containsExactly("b");
    }

    @Test
    void generatedIdSkipsIdsAndLabelsInUse() {
        assertThat(planner(TWO_HEADS, "a", "feature", "n1").plan(RevisionOptions.defaults().withHead("c")).id())
                .isEqualTo("n1");
    }

    @Test
    void severalHeadsNeedAChoice() {
        assertThatThrownBy(() -> planner(TWO_HEADS, "n1").plan(RevisionOptions.defaults()))
                .isInstanceOf(RevisionException.class)
                .hasMessageContaining("2 heads (c, d)")
                .hasMessageContaining("--head <rev>")
                .hasMessageContaining("<label>@head")
                .hasMessageContaining("'merge'")
                .satisfies(e -> assertThat(((RevisionException) e).kind()).isEqualTo(RevisionException.Kind.MULTIPLE_HEADS));
    }

    @Test
    void headOptionPicksOneHeadByIdOrLabel() {
        assertThat(planner(TWO_HEADS, "n1").plan(RevisionOptions.defaults().withHead("c")).downRevisions())
                .containsExactly("c");
        assertThat(planner(TWO_HEADS, "n1").plan(RevisionOptions.defaults().withHead("feature@head")).downRevisions())
                .containsExactly("d");
    }

    @Test
    void headsAsHeadBuildsOnAllHeads() {
        assertThat(planner(TWO_HEADS, "n1").plan(RevisionOptions.defaults().withHead("heads")).downRevisions())
                .containsExactly("c", "d");
    }

    @Test
    void buildingOnARevisionThatIsNotAHeadNeedsSplice() {
        assertThatThrownBy(() -> planner(TWO_HEADS, "n1").plan(RevisionOptions.defaults().withHead("b")))
                .isInstanceOf(CommandException.class)
                .hasMessage("Revision b is not a head: c, d already follow it. Pass --splice to start a new branch"
                        + " from b, or build on a head (c, d).")
                .satisfies(e -> assertThat(((CommandException) e).kind()).isEqualTo(CommandException.Kind.NOT_A_HEAD));

        assertThat(planner(TWO_HEADS, "n1").plan(RevisionOptions.defaults().withHead("b").withSplice(true))
                .downRevisions()).containsExactly("b");
    }

    @Test
    void unknownHeadSaysSo() {
        assertThatThrownBy(() -> planner(LINEAR, "n1").plan(RevisionOptions.defaults().withHead("zzz")))
                .isInstanceOf(RevisionException.class)
                .hasMessageContaining("zzz");
    }

    @Test
    void newBaseWithoutBranchLabelIsAllowedWithANote() {
        PlannedRevision planned = planner(LINEAR, "n1").plan(RevisionOptions.defaults().withHead("base"));

        assertThat(planned.downRevisions()).isEmpty();
        assertThat(planned.notes()).singleElement().asString().contains("new base next to a", "--branch-label");
    }

    @Test
    void newBaseWithBranchLabelHasNoNote() {
        PlannedRevision planned = planner(LINEAR, "n1")
                .plan(RevisionOptions.defaults().withHead("base").withBranchLabels("networking"));

        assertThat(planned.branchLabels()).containsExactly("networking");
        assertThat(planned.notes()).isEmpty();
    }

    @Test
    void branchLabelMustBeNew() {
        assertThatThrownBy(() -> planner(TWO_HEADS, "n1").plan(RevisionOptions.defaults().withHead("c")
                .withBranchLabels("feature")))
                .isInstanceOf(RevisionException.class)
                .hasMessage("Branch label 'feature' is already the branch label of revision d. Branch labels must be"
                        + " unique: choose another --branch-label.");
        assertThatThrownBy(() -> planner(TWO_HEADS, "n1").plan(RevisionOptions.defaults().withHead("c")
                .withBranchLabels("a")))
                .hasMessageContaining("'a' is already the id of a revision");
        assertThatThrownBy(() -> planner(TWO_HEADS, "n1").plan(RevisionOptions.defaults().withHead("c")
                .withBranchLabels("bad label")))
                .isInstanceOf(InvalidRevisionIdException.class);
    }

    @Test
    void explicitRevisionIdMustBeValidAndUnused() {
        assertThat(planner(LINEAR).plan(RevisionOptions.defaults().withRevisionId("c0ffee")).id()).isEqualTo("c0ffee");
        assertThatThrownBy(() -> planner(LINEAR).plan(RevisionOptions.defaults().withRevisionId("a")))
                .isInstanceOf(RevisionException.class)
                .hasMessage("Revision id a is already used by an existing revision. Choose another --rev-id, or leave"
                        + " it out to generate one.");
        assertThatThrownBy(() -> planner(TWO_HEADS).plan(RevisionOptions.defaults().withHead("c")
                .withRevisionId("feature")))
                .hasMessageContaining("already a branch label of revision d");
        assertThatThrownBy(() -> planner(LINEAR).plan(RevisionOptions.defaults().withRevisionId("head")))
                .isInstanceOf(InvalidRevisionIdException.class)
                .hasMessageContaining("reserved word");
    }

    @Test
    void dependsOnResolvesPrefixesToIdsAndKeepsLabels() {
        RevisionGraph graph = Graphs.of(node("a1b2"), labelled("c3d4", "networking"), node("e5f6", "a1b2"));

        PlannedRevision planned = planner(graph, "n1").plan(RevisionOptions.defaults().withHead("e5f6")
                .withDependsOn("c3", "networking", "c3d4"));

        assertThat(planned.dependsOn()).containsExactly("c3d4", "networking");
    }

    @Test
    void dependsOnAnUnknownRevisionSaysSo() {
        assertThatThrownBy(() -> planner(LINEAR, "n1").plan(RevisionOptions.defaults().withDependsOn("nope")))
                .isInstanceOf(RevisionException.class)
                .hasMessageContaining("nope");
    }

    @Test
    void mergeJoinsTheGivenHeads() {
        PlannedRevision planned = planner(TWO_HEADS, "m1").planMerge(List.of("c", "feature@head"), null, List.of());

        assertThat(planned.id()).isEqualTo("m1");
        assertThat(planned.downRevisions()).containsExactly("c", "d");
    }

    @Test
    void mergeOfHeadsTakesAllHeads() {
        RevisionGraph threeHeads = Graphs.of(node("a"), node("b", "a"), node("c", "a"), node("d", "a"));

        assertThat(planner(threeHeads, "m1").planMerge(List.of("heads"), "m1", List.of("all")).downRevisions())
                .containsExactly("b", "c", "d");
    }

    @Test
    void mergeNeedsTwoDifferentRevisions() {
        assertThatThrownBy(() -> planner(TWO_HEADS, "m1").planMerge(List.of("c", "c"), null, List.of()))
                .isInstanceOf(CommandException.class)
                .hasMessage("Nothing to merge: 'c', 'c' name only revision c. A merge joins two or more heads; run"
                        + " 'heads' to see them and pass several, or 'heads' for all of them.")
                .satisfies(e -> assertThat(((CommandException) e).kind())
                        .isEqualTo(CommandException.Kind.NOTHING_TO_MERGE));
        assertThatThrownBy(() -> planner(LINEAR, "m1").planMerge(List.of("heads"), null, List.of()))
                .hasMessageStartingWith("Nothing to merge: 'heads' name only revision b.");
        assertThatThrownBy(() -> planner(LINEAR, "m1").planMerge(List.of(), null, List.of()))
                .hasMessageStartingWith("Nothing to merge: no revisions were given.");
    }

    @Test
    void mergeRefusesARevisionAndItsAncestor() {
        assertThatThrownBy(() -> planner(TWO_HEADS, "m1").planMerge(List.of("b", "c"), null, List.of()))
                .isInstanceOf(RevisionException.class)
                .hasMessage("Cannot merge b with c: b is already an ancestor of c, so there is nothing to join. Merge"
                        + " only heads of different branches (run 'heads').")
                .satisfies(e -> assertThat(((RevisionException) e).kind())
                        .isEqualTo(RevisionException.Kind.OVERLAPPING_REVISIONS));
    }

    @Test
    void mergeRefusesARevisionReachedThroughDependsOn() {
        RevisionGraph graph = Graphs.of(node("a"), node("b"), depending("c", List.of("b"), "a"));

        assertThatThrownBy(() -> planner(graph, "m1").planMerge(List.of("b", "c"), null, List.of()))
                .hasMessageStartingWith("Cannot merge b with c: b is already an ancestor of c");
    }

    @Test
    void mergeOfRevisionsThatAreNotHeadsIsRefusedAsAlembicDoes() {
        RevisionGraph graph = Graphs.of(node("a"), node("b", "a"), node("c"), node("d", "c"));

        assertThatThrownBy(() -> planner(graph, "m1").planMerge(List.of("b", "c"), null, List.of()))
                .isInstanceOf(CommandException.class)
                .hasMessageStartingWith("Revision c is not a head: d already follows it.");
    }

    @Test
    void mergeChecksItsIdAndLabels() {
        assertThatThrownBy(() -> planner(TWO_HEADS).planMerge(List.of("c", "d"), "a", List.of()))
                .hasMessageContaining("Revision id a is already used");
        assertThatThrownBy(() -> planner(TWO_HEADS, "m1").planMerge(List.of("c", "d"), null, List.of("feature")))
                .hasMessageContaining("Branch label 'feature' is already");
    }
}
