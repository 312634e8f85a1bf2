package dev.migrator.revision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every fact of the Alembic acceptance corpus (facts taken from Alembic's own test suite and checked
 * against Alembic 1.20) holds for our graph. See {@code alembic/README-cases.md} for the format.
 */
class AlembicCorpusTest {

    static Stream<Arguments> cases() throws IOException {
        try (InputStream in = AlembicCorpusTest.class.getResourceAsStream("/alembic/revision-graph-cases.json")) {
            JsonNode root = new ObjectMapper().readTree(in);
            List<Arguments> cases = new ArrayList<>();
            root.get("cases").forEach(c -> cases.add(Arguments.of(c.get("name").asText(), c)));
            return cases.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void caseHolds(String name, JsonNode testCase) {
        List<RevisionNode> revisions = new ArrayList<>();
        for (JsonNode r : testCase.get("revisions")) {
            revisions.add(new RevisionNode(r.get("id").asText(), strings(r.get("down")),
                    new LinkedHashSet<>(strings(r.get("branch_labels"))), strings(r.get("depends_on"))));
        }
        JsonNode query = testCase.get("query");
        JsonNode expect = testCase.get("expect");
        String op = query.get("op").asText();
        if (op.equals("validate")) {
            checkValidation(revisions, expect);
            return;
        }
        RevisionGraph graph = RevisionGraph.of(revisions);
        switch (op) {
            case "heads" -> assertThat(sorted(query.get("consider_depends_on").asBoolean()
                    ? graph.headsConsideringDependencies() : graph.heads())).isEqualTo(strings(expect.get("result")));
            case "bases" -> assertThat(sorted(graph.bases())).isEqualTo(strings(expect.get("result")));
            case "resolve" -> check(expect, () -> {
                String id = query.get("id").asText();
                List<String> result = query.get("single").asBoolean()
                        ? graph.resolveOne(id).map(List::of).orElse(List.of()) : graph.resolve(id);
                assertThat(sorted(result)).isEqualTo(strings(expect.get("result")));
            });
            case "upgrade" -> check(expect, () -> {
                MigrationPlan plan = graph.upgradePlan(strings(query.get("from")), ref(query.get("to")));
                checkSequence(graph, plan.revisionIds(), expect, true);
                checkHeadsAfter(graph, query, plan, expect);
            });
            case "downgrade" -> check(expect, () -> {
                MigrationPlan plan = graph.downgradePlan(strings(query.get("from")), query.get("to").asText());
                checkSequence(graph, plan.revisionIds(), expect, false);
                checkHeadsAfter(graph, query, plan, expect);
                if (expect.has("warning")) {
                    assertThat(plan.warnings()).as("warnings").isNotEmpty();
                } else {
                    assertThat(plan.warnings()).as("warnings").isEmpty();
                }
            });
            case "iterate" -> check(expect, () -> {
                List<String> walk = graph.iterate(ref(query.get("upper")), ref(query.get("lower")),
                        query.get("inclusive").asBoolean(), query.get("implicit_base").asBoolean(),
                        query.get("select_for_downgrade").asBoolean(),
                        query.get("assert_relative_length").asBoolean(), warning -> { });
                checkSequence(graph, walk, expect, false);
            });
            case "apply_steps" -> {
                VersionRows rows = new VersionRows(graph, strings(query.get("from")));
                List<List<String>> after = new ArrayList<>();
                for (JsonNode step : query.get("steps")) {
                    boolean up = step.has("up");
                    String id = (up ? step.get("up") : step.get("down")).asText();
                    rows.apply(new MigrationStep(graph.revision(id).orElseThrow(),
                            up ? Direction.UPGRADE : Direction.DOWNGRADE, graph.downRevisionsForVersionTable(id)));
                    after.add(rows.current());
                }
                List<List<String>> expected = new ArrayList<>();
                expect.get("heads_after_each").forEach(rowSet -> expected.add(sorted(strings(rowSet))));
                assertThat(after).isEqualTo(expected);
            }
            default -> throw new IllegalArgumentException("unknown op " + op);
        }
    }

    private static void checkValidation(List<RevisionNode> revisions, JsonNode expect) {
        if (!expect.has("error")) {
            RevisionGraph.of(revisions);
            return;
        }
        Throwable thrown = catchThrowable(() -> RevisionGraph.of(revisions));
        assertKind(thrown, expect.get("error").asText());
        RevisionException error = (RevisionException) thrown;
        if (expect.has("revisions")) {
            assertThat(error.revisions()).containsExactlyInAnyOrderElementsOf(strings(expect.get("revisions")));
        }
        if (expect.has("revisions_subset_of")) {
            assertThat(error.revisions()).isNotEmpty().isSubsetOf(strings(expect.get("revisions_subset_of")));
        }
    }

    private static void check(JsonNode expect, Runnable query) {
        if (expect.has("error")) {
            assertKind(catchThrowable(query::run), expect.get("error").asText());
        } else {
            query.run();
        }
    }

    private static void assertKind(Throwable thrown, String kind) {
        assertThat(thrown).isInstanceOf(RevisionException.class);
        assertThat(((RevisionException) thrown).kind().name()).isEqualTo(kind.toUpperCase(Locale.ROOT));
        assertThat(thrown.getMessage()).isNotBlank();
    }

    /**
     * Alembic's exact sequence, for every case: where the corpus accepts any topological order we still
     * match Alembic's tie-break (definition order), so users moving from Alembic see the same plans. The
     * topological check on top says what the order must guarantee, whatever the tie-break.
     */
    private static void checkSequence(RevisionGraph graph, List<String> actual, JsonNode expect, boolean upgrade) {
        List<String> expected = strings(expect.get(expect.has("steps") ? "steps" : "result"));
        assertThat(actual).isEqualTo(expected);
        for (int i = 0; i < actual.size(); i++) {
            Set<String> below = new HashSet<>(graph.ancestorsOf(List.of(actual.get(i))));
            below.remove(actual.get(i));
            List<String> mustPrecede = upgrade ? actual.subList(i + 1, actual.size()) : actual.subList(0, i);
            if (!below.isEmpty()) {
                assertThat(mustPrecede).as("%s must come after its ancestors in %s", actual.get(i), actual)
                        .doesNotContainAnyElementsOf(below);
            }
        }
    }

    private static void checkHeadsAfter(RevisionGraph graph, JsonNode query, MigrationPlan plan, JsonNode expect) {
        if (!expect.has("heads_after")) {
            return;
        }
        VersionRows rows = new VersionRows(graph, strings(query.get("from")));
        plan.steps().forEach(rows::apply);
        assertThat(rows.current()).as("version rows after the plan").isEqualTo(sorted(strings(expect.get("heads_after"))));
    }

    private static RevisionRef ref(JsonNode node) {
        if (node == null || node.isNull()) {
            return RevisionRef.base();
        }
        return node.isArray() ? RevisionRef.ofAll(strings(node)) : RevisionRef.of(node.asText());
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        if (array != null) {
            array.forEach(value -> values.add(value.asText()));
        }
        return values;
    }

    private static List<String> sorted(List<String> values) {
        return values.stream().sorted().toList();
    }
}
