package dev.migrator.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrator.operations.Operations;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;

class SqlScriptParserTest {

    private static final String SOURCE = "com/example/db/add_index.sql";

    private static MigrationScript parse(String text) {
        return SqlScriptParser.parse(SOURCE, text);
    }

    private static AbstractThrowableAssert<?, ? extends Throwable> assertMalformed(String text, int line) {
        return assertThatThrownBy(() -> parse(text))
                .isInstanceOf(MalformedScriptException.class)
                .hasMessageStartingWith(SOURCE + ":" + line + ": ")
                .satisfies(e -> assertThat(((MalformedScriptException) e).line()).isEqualTo(line));
    }

    private static List<String> run(MigrationScript script, boolean upgrade) {
        List<String> executed = new ArrayList<>();
        Operations op = RecordedSql.into(executed);
        if (upgrade) {
            script.migration().upgrade(op);
        } else {
            script.migration().downgrade(op);
        }
        return executed;
    }

    @Test
    void readsEveryHeaderField() {
        MigrationScript script = parse("""
                -- migrator:revision 3f2a1b4c5d6e
                -- migrator:down 1a2b3c4d5e6f
                -- migrator:branch-labels reporting
                -- migrator:depends-on 9c8b7a6d5e4f
                -- migrator:message Add index on book title
                -- migrator:created 2026-11-29T10:15:30Z
                -- migrator:upgrade
                CREATE INDEX ix_book_title ON book (title);
                -- migrator:downgrade
                DROP INDEX ix_book_title;
                """);

        assertThat(script.id()).isEqualTo("3f2a1b4c5d6e");
        assertThat(script.node().downRevisions()).containsExactly("1a2b3c4d5e6f");
        assertThat(script.node().branchLabels()).containsExactly("reporting");
        assertThat(script.node().dependsOn()).containsExactly("9c8b7a6d5e4f");
        assertThat(script.message()).isEqualTo("Add index on book title");
        assertThat(script.created()).contains(Instant.parse("2026-11-29T10:15:30Z"));
        assertThat(script.kind()).isEqualTo(ScriptKind.SQL);
        assertThat(script.source()).isEqualTo(SOURCE);
        assertThat(run(script, true)).containsExactly("CREATE INDEX ix_book_title ON book (title)");
        assertThat(run(script, false)).containsExactly("DROP INDEX ix_book_title");
    }

    @Test
    void aMergeListsSeveralDownRevisionsSeparatedBySpacesOrCommas() {
        MigrationScript script = parse("""
                -- migrator:revision m1
                -- migrator:down aaa, bbb ccc,ddd
                -- migrator:upgrade
                """);
        assertThat(script.node().downRevisions()).containsExactly("aaa", "bbb", "ccc", "ddd");
        assertThat(script.node().isMergePoint()).isTrue();
    }

    @Test
    void aScriptWithoutOrWithEmptyDownIsABase() {
        assertThat(parse("-- migrator:revision r1\n-- migrator:upgrade\n").node().isBase()).isTrue();
        assertThat(parse("-- migrator:revision r1\n-- migrator:down\n-- migrator:upgrade\n").node().isBase()).isTrue();
    }

    @Test
    void createdMayBeAbsentOrCarryAnOffset() {
        assertThat(parse("-- migrator:revision r1\n-- migrator:upgrade\n").created()).isEmpty();
        assertThat(parse("-- migrator:revision r1\n-- migrator:created 2026-11-29T11:15:30+01:00\n"
                + "-- migrator:upgrade\n").created()).contains(Instant.parse("2026-11-29T10:15:30Z"));
    }

    @Test
    void acceptsCommentsBlankLinesWindowsLineEndingsAndAByteOrderMark() {
        MigrationScript script = parse("\uFEFF-- Adds the index readers asked for.\r\n\r\n"
                + "-- migrator:revision r1\r\n--migrator:upgrade\r\nSELECT 1;\r\nSELECT 2\r\n");
        assertThat(run(script, true)).containsExactly("SELECT 1", "SELECT 2");
    }

    @Test
    void sectionsMayComeInEitherOrderAndAnEmptyDowngradeDoesNothing() {
        MigrationScript script = parse("-- migrator:revision r1\n-- migrator:downgrade\n-- migrator:upgrade\nSELECT 1;\n");
        assertThat(run(script, true)).containsExactly("SELECT 1");
        assertThat(run(script, false)).isEmpty();
    }

    @Test
    void aScriptWithoutDowngradeSectionRefusesToDowngrade() {
        MigrationScript script = parse("-- migrator:revision r1\n-- migrator:upgrade\nSELECT 1;\n");
        assertThatThrownBy(() -> run(script, false))
                .isInstanceOf(IrreversibleMigrationException.class)
                .hasMessageContaining(SOURCE)
                .hasMessageContaining("Add the section");
    }

    @Test
    void missingRevisionLine() {
        assertMalformed("-- migrator:message hi\n-- migrator:upgrade\nSELECT 1;\n", 1)
                .hasMessageContaining("no '-- migrator:revision <id>' line");
    }

    @Test
    void missingUpgradeSection() {
        assertMalformed("-- migrator:revision r1\n-- migrator:downgrade\nSELECT 1;", 3)
                .hasMessageContaining("no '-- migrator:upgrade' section");
    }

    @Test
    void unknownHeaderKey() {
        assertMalformed("-- migrator:revision r1\n-- migrator:author me\n-- migrator:upgrade\n", 2)
                .hasMessageContaining("Unknown line '-- migrator:author'")
                .hasMessageContaining("Known header keys are revision, down");
    }

    @Test
    void misspeltSectionIsAnErrorNotAComment() {
        assertMalformed("-- migrator:revision r1\n-- migrator:upgrade\nSELECT 1;\n-- migrator:downgarde\nSELECT 2;", 4)
                .hasMessageContaining("downgarde");
    }

    @Test
    void duplicateSection() {
        assertMalformed("-- migrator:revision r1\n-- migrator:upgrade\nSELECT 1;\n-- migrator:upgrade\nSELECT 2;", 4)
                .hasMessageContaining("second '-- migrator:upgrade' section (the first starts on line 2)");
    }

    @Test
    void duplicateHeaderKey() {
        assertMalformed("-- migrator:revision r1\n-- migrator:revision r2\n-- migrator:upgrade\n", 2)
                .hasMessageContaining("appears twice (first on line 1)");
    }

    @Test
    void headerLineInsideASection() {
        assertMalformed("-- migrator:revision r1\n-- migrator:upgrade\n-- migrator:message late\n", 3)
                .hasMessageContaining("Move it above the '-- migrator:upgrade' line");
    }

    @Test
    void sqlBeforeTheFirstSection() {
        assertMalformed("-- migrator:revision r1\nSELECT 1;\n-- migrator:upgrade\n", 2)
                .hasMessageContaining("SQL before the '-- migrator:upgrade' line");
    }

    @Test
    void textAfterASectionMarker() {
        assertMalformed("-- migrator:revision r1\n-- migrator:upgrade SELECT 1;\n", 2)
                .hasMessageContaining("must be alone on its line");
    }

    @Test
    void invalidIdsAndLabels() {
        assertMalformed("-- migrator:revision r-1\n-- migrator:upgrade\n", 1).hasMessageContaining("'-'");
        assertMalformed("-- migrator:revision\n-- migrator:upgrade\n", 1).hasMessageContaining("must not be empty");
        assertMalformed("-- migrator:revision r1\n-- migrator:down a@b\n-- migrator:upgrade\n", 2)
                .hasMessageContaining("down revision");
        assertMalformed("-- migrator:revision r1\n-- migrator:branch-labels head\n-- migrator:upgrade\n", 2)
                .hasMessageContaining("branch label");
    }

    @Test
    void invalidCreated() {
        assertMalformed("-- migrator:revision r1\n-- migrator:created 2026-11-29 10:15\n-- migrator:upgrade\n", 2)
                .hasMessageContaining("for example 2026-11-29T10:15:30Z");
    }

    @Test
    void unterminatedStringReportsTheFileLine() {
        assertMalformed("-- migrator:revision r1\n-- migrator:upgrade\nSELECT 1;\nSELECT 'oops;\n", 4)
                .hasMessageContaining("never closed");
    }
}
