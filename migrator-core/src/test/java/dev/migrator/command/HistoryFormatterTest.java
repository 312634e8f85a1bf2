package dev.migrator.command;

import static dev.migrator.command.Graphs.depending;
import static dev.migrator.command.Graphs.labelled;
import static dev.migrator.command.Graphs.node;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrator.revision.RevisionException;
import dev.migrator.revision.RevisionGraph;
import dev.migrator.revision.RevisionRange;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HistoryFormatterTest {

    /**
     * a <- b, which branches into c and d (label "feature"); m merges c and d; e is a second base that f
     * depends on. As in Alembic, the revisions after d inherit its label, and b, where the branch splits off,
     * does not.
     */
    private static final RevisionGraph GRAPH = Graphs.of(node("a"), node("b", "a"), node("c", "b"),
            labelled("d", "feature", "b"), node("m", "c", "d"), node("e"), depending("f", List.of("e"), "m"));

    private final HistoryFormatter formatter = new HistoryFormatter(GRAPH, Scripts.of(GRAPH));

    @Test
    void historyHasOneLinePerRevisionNewestFirst() {
        assertThat(formatter.history(HistoryOptions.all())).isEqualTo("""
                m (e) -> f (feature) (head), Message of f
                c, d -> m (feature) (mergepoint), Message of m
                b -> c, Message of c
                b -> d (feature), Message of d
                <base> -> e (effective head), Message of e
                a -> b (branchpoint), Message of b
                <base> -> a, Message of a
                """);
    }

    @Test
    void historyMarksCurrentRevisions() {
        String history = formatter.history(HistoryOptions.all().withCurrentRevisions(Set.of("c", "d")));

        assertThat(history).contains("b -> d (feature) (current), Message of d\n",
                "b -> c (current), Message of c\n");
    }

    @Test
    void historyOfARange() {
        assertThat(formatter.history(HistoryOptions.all().withRange(RevisionRange.parse("b:m")))).isEqualTo("""
                c, d -> m (feature) (mergepoint), Message of m
                b -> c, Message of c
                b -> d (feature), Message of d
                a -> b (branchpoint), Message of b
                """);
    }

    @Test
    void verboseHistoryHasABlockPerRevision() {
        String history = formatter.history(HistoryOptions.all().withVerbose(true)
                .withRange(RevisionRange.parse("m:f")));

        assertThat(history).isEqualTo("""
                Rev: f (head)
                Parent: m
                Also depends on: e
                Branch names: feature
                Path: %1$s

                    Message of f

                    Revision ID: f
                    Revises: m
                    Create Date: 2026-11-29T10:15:30Z

                Rev: m (mergepoint)
                Merges: c, d
                Branch names: feature
                Path: %1$s

                    Message of m

                    Revision ID: m
                    Revises: c, d
                    Create Date: 2026-11-29T10:15:30Z

                """.formatted(Scripts.class.getName() + "$1"));
    }

    @Test
    void showPrintsTheBlockOfABranchPointWithItsBranches() {
        assertThat(formatter.show("b")).startsWith("""
                Rev: b (branchpoint)
                Parent: a
                Branches into: c, d
                Path: """);
    }

    @Test
    void showOfALabelledRevisionNamesTheBranch() {
        assertThat(formatter.show("feature")).startsWith("Rev: d\nParent: b\nBranch names: feature\n");
    }

    @Test
    void showOfAnUnknownRevisionSaysSo() {
        assertThatThrownBy(() -> formatter.show("zz")).isInstanceOf(RevisionException.class).hasMessageContaining("zz");
    }

    @Test
    void headsListsTheRealHeadsWithLabelsAndEffectiveHeads() {
        RevisionGraph graph = Graphs.of(node("a"), labelled("b", "feature", "a"), node("c"),
                depending("d", List.of("c"), "a"));

        assertThat(new HistoryFormatter(graph, Scripts.of(graph)).heads(false, Set.of("b")))
                .isEqualTo("b (feature) (head) (current)\nd (head)\n");
        assertThat(new HistoryFormatter(graph, Scripts.of(graph)).history(HistoryOptions.all()))
                .contains("<base> -> c (effective head), Message of c\n");
    }

    @Test
    void branchesListsEachBranchPointWithItsChildren() {
        assertThat(formatter.branches(false)).isEqualTo("""
                b (branchpoint)
                  -> c
                  -> d (feature)
                """);
    }

    @Test
    void verboseBranchesGiveTheBlockAndTheChildrensMessages() {
        assertThat(formatter.branches(true)).contains("""
                    Create Date: 2026-11-29T10:15:30Z
                  -> c, Message of c
                  -> d (feature), Message of d

                """);
    }
}
