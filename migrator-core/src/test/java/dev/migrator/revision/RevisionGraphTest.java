package dev.migrator.revision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrator.revision.RevisionException.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class RevisionGraphTest {

    private static RevisionNode rev(String id, String... down) {
        return RevisionNode.of(id, down);
    }

    private static RevisionNode labelled(String id, String label, String... down) {
        return new RevisionNode(id, List.of(down), Set.of(label), List.of());
    }

    private static RevisionNode dependent(String id, List<String> down, String... dependsOn) {
        return new RevisionNode(id, down, Set.of(), List.of(dependsOn));
    }

    /** a - b - (c1 | c2 labelled "feature") - both merged by m. */
    private static RevisionGraph branchAndMerge() {
        return RevisionGraph.of(List.of(rev("aaaa1111"), rev("bbbb2222", "aaaa1111"), rev("cccc1111", "bbbb2222"),
                labelled("cccc2222", "feature", "bbbb2222"), rev("dddd3333", "cccc1111", "cccc2222")));
    }

    private static RevisionException error(ThrowingCallable call) {
        try {
            call.call();
        } catch (RevisionException expected) {
            return expected;
        } catch (Throwable other) {
            throw new AssertionError("expected a RevisionException, got " + other, other);
        }
        throw new AssertionError("expected a RevisionException, nothing was thrown");
    }

    @Test
    void upgradeFromEmptyAppliesEveryRevisionParentsFirst() {
        RevisionGraph graph = branchAndMerge();
        MigrationPlan plan = graph.upgradePlan(List.of(), "head");
        assertThat(plan.revisionIds()).containsExactly("aaaa1111", "bbbb2222", "cccc2222", "cccc1111", "dddd3333");
        assertThat(plan.steps()).allMatch(MigrationStep::isUpgrade);
        assertThat(plan.steps().get(4).downRevisions()).containsExactly("cccc1111", "cccc2222");
    }

    @Test
    void upgradeAtHeadHasNothingToDo() {
        assertThat(branchAndMerge().upgradePlan(List.of("dddd3333"), "heads").isEmpty()).isTrue();
    }

    @Test
    void downgradeToBaseRevertsEverythingNewestFirst() {
        MigrationPlan plan = branchAndMerge().downgradePlan(List.of("dddd3333"), "base");
        assertThat(plan.revisionIds()).hasSize(5).startsWith("dddd3333").endsWith("bbbb2222", "aaaa1111");
        assertThat(plan.steps()).noneMatch(MigrationStep::isUpgrade);
    }

    @Test
    void branchLabelNamesTheWholeBranchUpToItsHead() {
        RevisionGraph graph = RevisionGraph.of(List.of(rev("aaaa"), labelled("bbbb", "feature", "aaaa"),
                rev("cccc", "bbbb"), rev("xxxx", "aaaa")));
        assertThat(graph.resolveOne("feature@head")).contains("cccc");
        assertThat(graph.resolveOne("feature")).contains("bbbb");
        assertThat(graph.branchLabelsOf("cccc")).containsExactly("feature");
        assertThat(graph.branchLabelsOf("xxxx")).isEmpty();
        assertThat(graph.branchPoints()).containsExactly("aaaa");
    }

    @Test
    void headWithSeveralHeadsListsThemAndSaysWhatToUseInstead() {
        RevisionGraph graph = RevisionGraph.of(List.of(rev("aaaa"), rev("bbbb", "aaaa"), rev("cccc", "aaaa")));
        RevisionException error = error(() -> graph.upgradePlan(List.of(), "head"));
        assertThat(error.kind()).isEqualTo(Kind.MULTIPLE_HEADS);
        assertThat(error.revisions()).containsExactly("bbbb", "cccc");
        assertThat(error.getMessage()).contains("bbbb, cccc").contains("'heads'").contains("<label>@head");
    }

    @Test
    void ambiguousPrefixListsTheCandidates() {
        RevisionGraph graph = RevisionGraph.of(List.of(rev("ae1027a6acf1"), rev("ae10b2c3d4e5", "ae1027a6acf1")));
        RevisionException error = error(() -> graph.resolveOne("ae10"));
        assertThat(error.kind()).isEqualTo(Kind.AMBIGUOUS_PREFIX);
        assertThat(error.getMessage()).contains("ae1027a6acf1").contains("ae10b2c3d4e5");
        assertThat(graph.resolveOne("ae102")).contains("ae1027a6acf1");
    }

    @Test
    void unknownTargetIsNamed() {
        RevisionException error = error(() -> branchAndMerge().upgradePlan(List.of(), "ffff9999"));
        assertThat(error.kind()).isEqualTo(Kind.NOT_FOUND);
        assertThat(error.getMessage()).contains("'ffff9999'");
    }

    @Test
    void relativeStepPastHeadOrBaseIsRefused() {
        RevisionGraph graph = RevisionGraph.of(List.of(rev("aaaa"), rev("bbbb", "aaaa")));
        assertThat(error(() -> graph.upgradePlan(List.of("aaaa"), "+2")).kind()).isEqualTo(Kind.RELATIVE_OUT_OF_RANGE);
        assertThat(error(() -> graph.downgradePlan(List.of("bbbb"), "-3")).kind()).isEqualTo(Kind.RELATIVE_OUT_OF_RANGE);
        assertThat(graph.upgradePlan(List.of("aaaa"), "+1").revisionIds()).containsExactly("bbbb");
        assertThat(graph.downgradePlan(List.of("bbbb"), "-2").revisionIds()).containsExactly("bbbb", "aaaa");
    }

    @Test
    void missingDownRevisionNamesBothRevisions() {
        RevisionException error = error(() -> RevisionGraph.of(List.of(rev("aaaa"), rev("cccc", "bbbb"))));
        assertThat(error.kind()).isEqualTo(Kind.MISSING_DOWN_REVISION);
        assertThat(error.revisions()).containsExactly("cccc", "bbbb");
        assertThat(error.getMessage()).contains("cccc").contains("bbbb");
    }

    @Test
    void missingDependencyIsRefused() {
        RevisionException error = error(() -> RevisionGraph.of(List.of(rev("aaaa"),
                dependent("bbbb", List.of("aaaa"), "nope"))));
        assertThat(error.kind()).isEqualTo(Kind.MISSING_DEPENDENCY);
        assertThat(error.getMessage()).contains("'nope'");
    }

    @Test
    void duplicateRevisionIdIsRefused() {
        RevisionException error = error(() -> RevisionGraph.of(List.of(rev("aaaa"), rev("aaaa"))));
        assertThat(error.kind()).isEqualTo(Kind.DUPLICATE_REVISION);
        assertThat(error.getMessage()).contains("aaaa").contains("new id");
    }

    @Test
    void branchLabelUsedTwiceIsRefused() {
        RevisionException error = error(() -> RevisionGraph.of(List.of(labelled("aaaa", "x"),
                labelled("bbbb", "x", "aaaa"))));
        assertThat(error.kind()).isEqualTo(Kind.DUPLICATE_BRANCH_LABEL);
        assertThat(error.getMessage()).contains("'x'").contains("aaaa").contains("bbbb");
    }

    @Test
    void cycleThroughDownRevisionsNamesItsMembers() {
        RevisionException error = error(() -> RevisionGraph.of(List.of(rev("root"), rev("next", "root"),
                rev("aaaa", "cccc"), rev("bbbb", "aaaa"), rev("cccc", "bbbb"))));
        assertThat(error.kind()).isEqualTo(Kind.CYCLE);
        assertThat(error.revisions()).containsExactly("aaaa", "bbbb", "cccc");
    }

    @Test
    void cycleClosedThroughDependsOnIsADependencyCycle() {
        RevisionException error = error(() -> RevisionGraph.of(List.of(rev("aaaa"),
                dependent("bbbb", List.of("aaaa"), "cccc"), rev("cccc", "bbbb"), rev("dddd", "cccc"))));
        assertThat(error.kind()).isEqualTo(Kind.DEPENDENCY_CYCLE);
        assertThat(error.getMessage()).contains("depends-on");
    }

    @Test
    void databaseAtAnUnknownRevisionIsReportedWithWhatToDo() {
        RevisionException error = error(() -> branchAndMerge().upgradePlan(List.of("0123456789ab"), "head"));
        assertThat(error.kind()).isEqualTo(Kind.UNKNOWN_DATABASE_REVISION);
        assertThat(error.getMessage()).contains("0123456789ab").contains("stamp");
    }

    @Test
    void historyIsNewestFirstAndRangesIncludeBothEnds() {
        RevisionGraph graph = RevisionGraph.of(List.of(rev("aaaa"), rev("bbbb", "aaaa"), rev("cccc", "bbbb"),
                rev("dddd", "cccc")));
        assertThat(graph.history()).containsExactly("dddd", "cccc", "bbbb", "aaaa");
        assertThat(graph.history(RevisionRange.parse("bbbb:cccc"))).containsExactly("cccc", "bbbb");
        assertThat(graph.history(RevisionRange.parse("cccc:"))).containsExactly("dddd", "cccc");
        assertThat(graph.history(RevisionRange.parse(":bbbb"))).containsExactly("bbbb", "aaaa");
    }

    @Test
    void rangeSyntaxIsCheckedWithAnExample() {
        assertThat(RevisionRange.parse("ab12:head")).isEqualTo(new RevisionRange("ab12", "head"));
        assertThat(RevisionRange.isRange("head")).isFalse();
        RevisionException error = error(() -> RevisionRange.parse("a:b:c"));
        assertThat(error.kind()).isEqualTo(Kind.INVALID_TARGET);
        assertThat(error.getMessage()).contains("from:to");
    }

    @Test
    void dependsOnABranchLabelPullsThatBranchInFirst() {
        RevisionGraph graph = RevisionGraph.of(List.of(labelled("users", "accounts"), rev("users2", "users"),
                dependent("orders", List.of(), "accounts")));
        assertThat(graph.upgradePlan(List.of(), "orders").revisionIds()).containsExactly("users", "orders");
        assertThat(graph.downgradePlan(List.of("users2", "orders"), "accounts@base").revisionIds())
                .containsExactlyInAnyOrder("users2", "orders", "users");
    }

    @Test
    void versionRowsFollowABranchAndItsMerge() {
        RevisionGraph graph = branchAndMerge();
        VersionRows rows = new VersionRows(graph, List.of());
        for (MigrationStep step : graph.upgradePlan(List.of(), "cccc1111").steps()) {
            rows.apply(step);
        }
        assertThat(rows.current()).containsExactly("cccc1111");
        for (MigrationStep step : graph.upgradePlan(rows.current(), "feature").steps()) {
            assertThat(rows.apply(step)).containsExactly(new VersionRowChange.Insert("cccc2222"));
        }
        assertThat(rows.current()).containsExactly("cccc1111", "cccc2222");
        MigrationStep merge = graph.upgradePlan(rows.current(), "head").steps().get(0);
        assertThat(rows.apply(merge)).hasSize(2).endsWith(new VersionRowChange.Update("cccc2222", "dddd3333"));
        assertThat(rows.current()).containsExactly("dddd3333");
        MigrationStep unmerge = graph.downgradePlan(rows.current(), "cccc1111").steps().get(0);
        assertThat(unmerge.id()).isEqualTo("dddd3333");
        rows.apply(unmerge);
        assertThat(rows.current()).containsExactly("cccc1111", "cccc2222");
    }

    @Test
    void tenThousandRevisionsLoadAndPlanWithoutRecursionLimits() {
        List<RevisionNode> chain = new ArrayList<>();
        chain.add(rev("r00000"));
        for (int i = 1; i < 10_000; i++) {
            chain.add(rev(String.format("r%05d", i), String.format("r%05d", i - 1)));
        }
        RevisionGraph graph = RevisionGraph.of(chain);
        assertThat(graph.heads()).containsExactly("r09999");
        assertThat(graph.upgradePlan(List.of(), "head").steps()).hasSize(10_000);
        assertThat(graph.upgradePlan(List.of("r09999"), "head").isEmpty()).isTrue();
        assertThat(graph.downgradePlan(List.of("r09999"), "r09990").revisionIds()).hasSize(9);
    }
}
