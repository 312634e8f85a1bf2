package dev.migrator.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SqlStatementSplitterTest {

    private static List<String> split(String sql) {
        return SqlStatementSplitter.split(sql, "test.sql", 1);
    }

    @Test
    void splitsAtSemicolonsAndDropsThem() {
        assertThat(split("CREATE TABLE a (id INT);\nCREATE TABLE b (id INT);\n"))
                .containsExactly("CREATE TABLE a (id INT)", "CREATE TABLE b (id INT)");
    }

    @Test
    void keepsTheLastStatementWithoutSemicolon() {
        assertThat(split("SELECT 1;\nSELECT 2\n")).containsExactly("SELECT 1", "SELECT 2");
    }

    @Test
    void doesNotSplitInsideStringsAndKeepsDoubledQuotes() {
        assertThat(split("INSERT INTO t VALUES ('a;b', 'it''s; fine');SELECT 2"))
                .containsExactly("INSERT INTO t VALUES ('a;b', 'it''s; fine')", "SELECT 2");
    }

    @Test
    void understandsBackslashEscapesInPostgresEscapeStrings() {
        assertThat(split("SELECT E'a\\';b';SELECT 2")).containsExactly("SELECT E'a\\';b'", "SELECT 2");
    }

    @Test
    void treatsBackslashAsAnOrdinaryCharacterInStandardStrings() {
        assertThat(split("SELECT 'C:\\';SELECT 2")).containsExactly("SELECT 'C:\\'", "SELECT 2");
    }

    @Test
    void doesNotSplitInsideQuotedIdentifiers() {
        assertThat(split("CREATE TABLE \"odd;name\" (`x;y` INT, \"a\"\";b\" INT);SELECT 2"))
                .containsExactly("CREATE TABLE \"odd;name\" (`x;y` INT, \"a\"\";b\" INT)", "SELECT 2");
    }

    @Test
    void doesNotSplitInsideComments() {
        assertThat(split("SELECT 1 -- one; two\n;/* three; /* nested; */ still; */ SELECT 2;"))
                .containsExactly("SELECT 1 -- one; two", "/* three; /* nested; */ still; */ SELECT 2");
    }

    @Test
    void doesNotSplitInsideDollarQuotedBodies() {
        String function = """
                CREATE FUNCTION touch() RETURNS trigger AS $$
                BEGIN
                  NEW.updated := now();
                  RETURN NEW;
                END;
                $$ LANGUAGE plpgsql""";
        String tagged = "DO $body$ BEGIN PERFORM 1; RAISE NOTICE '$$'; END $body$";
        assertThat(split(function + ";\n" + tagged + ";\nSELECT 3;")).containsExactly(function, tagged, "SELECT 3");
    }

    @Test
    void dollarSignsInParametersAndIdentifiersAreNotQuotes() {
        assertThat(split("SELECT $1, price$eur FROM t;SELECT 2")).containsExactly("SELECT $1, price$eur FROM t",
                "SELECT 2");
    }

    @Test
    void dropsEmptyAndCommentOnlyStatements() {
        assertThat(split(";;  \n-- just a comment\n;/* and another */;\nSELECT 1;\n-- trailing comment\n"))
                .containsExactly("SELECT 1");
    }

    @Test
    void keepsCommentsThatBelongToAStatement() {
        assertThat(split("-- create it\nCREATE TABLE a (id INT);"))
                .containsExactly("-- create it\nCREATE TABLE a (id INT)");
    }

    @Test
    void reportsAnUnterminatedStringWithTheLineItStartsOn() {
        assertThatThrownBy(() -> SqlStatementSplitter.split("SELECT 1;\nSELECT 'oops;\nSELECT 3;", "db/x.sql", 7))
                .isInstanceOf(MalformedScriptException.class)
                .hasMessageStartingWith("db/x.sql:8:")
                .hasMessageContaining("never closed");
    }

    @Test
    void reportsUnterminatedDollarQuotesAndComments() {
        assertThatThrownBy(() -> split("DO $fn$ BEGIN END;")).hasMessageContaining("$fn$");
        assertThatThrownBy(() -> split("SELECT 1 /* open")).hasMessageContaining("*/");
    }
}
