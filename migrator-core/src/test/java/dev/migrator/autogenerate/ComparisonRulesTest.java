package dev.migrator.autogenerate;

import dev.migrator.dialect.Dialects;
import dev.migrator.schema.ColumnType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static dev.migrator.schema.Types.bigint;
import static dev.migrator.schema.Types.binary;
import static dev.migrator.schema.Types.blob;
import static dev.migrator.schema.Types.bool;
import static dev.migrator.schema.Types.integer;
import static dev.migrator.schema.Types.numeric;
import static dev.migrator.schema.Types.raw;
import static dev.migrator.schema.Types.string;
import static dev.migrator.schema.Types.text;
import static dev.migrator.schema.Types.timestamp;
import static org.assertj.core.api.Assertions.assertThat;

/** What each database counts as the same type and the same default. */
class ComparisonRulesTest {

    private static ComparisonRules rules(String dialect) {
        return ComparisonRules.forDialect(Dialects.forName(dialect));
    }

    @ParameterizedTest(name = "{0}: {1} = {2}")
    @CsvSource(delimiter = '|', value = {
            "postgresql | int4                           | integer",
            "postgresql | INTEGER                        | integer",
            "postgresql | int8                           | bigint",
            "postgresql | character varying(255)         | varchar(255)",
            "postgresql | VARCHAR( 255 )                 | character varying(255)",
            "postgresql | numeric(10, 2)                 | decimal(10,2)",
            "postgresql | timestamp(6) without time zone | timestamp",
            "postgresql | timestamptz                    | timestamp with time zone",
            "postgresql | float8                         | double precision",
            "postgresql | float(53)                      | double precision",
            "postgresql | bool                           | boolean",
            "postgresql | character(3)                   | char(3)",
            "postgresql | text                           | varchar",
            "mariadb    | tinyint(1)                     | boolean",
            "mariadb    | int(11)                        | integer",
            "mariadb    | bigint(20)                     | bigint",
            "mariadb    | int(10) unsigned               | int unsigned",
            "mariadb    | longtext                       | longtext",
            "mariadb    | datetime(6)                    | datetime(6)",
            "mariadb    | char(3)                        | CHAR(3)",
            "h2         | CHARACTER VARYING              | varchar",
            "h2         | TIMESTAMP(6)                   | timestamp",
            "h2         | CHARACTER(3)                   | char(3)",
            "h2         | CHARACTER LARGE OBJECT         | clob",
            "h2         | DOUBLE PRECISION               | float8",
    })
    void rawSpellingsOfTheSameTypeAreEqual(String dialect, String live, String target) {
        assertThat(rules(dialect).sameType(raw(target), raw(live))).isTrue();
    }

    @Test
    void rawSpellingsEqualTheirPortableType() {
        assertThat(rules("postgresql").sameType(integer(), raw("int4"))).isTrue();
        assertThat(rules("postgresql").sameType(string(255), raw("character varying(255)"))).isTrue();
        assertThat(rules("postgresql").sameType(timestamp(), raw("timestamp(6)"))).isTrue();
        assertThat(rules("postgresql").sameType(text(), raw("text"))).isTrue();
        assertThat(rules("mariadb").sameType(bool(), raw("tinyint(1)"))).isTrue();
        assertThat(rules("mariadb").sameType(text(), raw("longtext"))).isTrue();
        assertThat(rules("mariadb").sameType(timestamp(), raw("datetime(6)"))).isTrue();
        assertThat(rules("mariadb").sameType(bigint(), raw("bigint(20)"))).isTrue();
        assertThat(rules("h2").sameType(text(), raw("CHARACTER VARYING"))).isTrue();
        assertThat(rules("h2").sameType(numeric(10, 2), raw("NUMERIC(10, 2)"))).isTrue();
    }

    @Test
    void postgresStoresEveryBinaryAsBytea() {
        assertThat(rules("postgresql").sameType(binary(16), blob())).isTrue();
        assertThat(rules("h2").sameType(binary(16), blob())).isFalse();
    }

    @Test
    void differentTypesStayDifferent() {
        assertThat(rules("postgresql").sameType(string(100), string(200))).isFalse();
        assertThat(rules("postgresql").sameType(raw("json"), raw("jsonb"))).isFalse();
        assertThat(rules("mariadb").sameType(text(), raw("text"))).as("TEXT holds only 64 KB on MariaDB").isFalse();
        assertThat(rules("mariadb").sameType(raw("tinyint(4)"), bool())).isFalse();
        assertThat(rules("mariadb").sameType(timestamp(), raw("timestamp"))).isFalse();
        assertThat(rules("h2").sameType(text(), raw("CLOB"))).isFalse();
        assertThat(rules("postgresql").sameType(timestamp(), raw("timestamp(3)"))).isFalse();
    }

    @ParameterizedTest(name = "{0}: {2} = {3} on {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "postgresql | string(20)  | 'draft'::character varying            | 'draft'",
            "postgresql | text        | ('it''s'::text)                        | 'it''s'",
            "postgresql | numeric     | (0)::numeric                           | 0.00",
            "postgresql | integer     | '5'::integer                           | 5",
            "postgresql | timestamp   | now()                                  | CURRENT_TIMESTAMP",
            "postgresql | timestamp   | CURRENT_TIMESTAMP                      | current_timestamp",
            "postgresql | bool        | true                                   | TRUE",
            "postgresql | string(20)  | NULL::character varying                | ",
            "mariadb    | timestamp   | current_timestamp(6)                   | CURRENT_TIMESTAMP",
            "mariadb    | bool        | 1                                      | TRUE",
            "mariadb    | bool        | 0                                      | false",
            "mariadb    | string(20)  | 'draft'                                | 'draft'",
            "mariadb    | string(20)  | NULL                                   | ",
            "h2         | bool        | TRUE                                   | 't'",
            "h2         | numeric     | 1.50                                   | 1.5",
            "h2         | timestamp   | LOCALTIMESTAMP                         | now()",
    })
    void defaultSpellingsOfTheSameValueAreEqual(String dialect, String type, String live, String target) {
        assertThat(rules(dialect).sameDefault(target, live, type(type))).isTrue();
    }

    @Test
    void differentDefaultsStayDifferent() {
        assertThat(rules("postgresql").sameDefault("'draft'", "'final'::character varying", string(20))).isFalse();
        assertThat(rules("mariadb").sameDefault("TRUE", "0", bool())).isFalse();
        assertThat(rules("h2").sameDefault("0", null, integer())).isFalse();
        assertThat(rules("h2").sameDefault("'0'", "0", string(5))).isFalse();
    }

    @Test
    void narrowingChangesAreRecognised() {
        ComparisonRules rules = rules("postgresql");
        assertThat(rules.narrows(string(100), string(200))).isTrue();
        assertThat(rules.narrows(string(200), string(100))).isFalse();
        assertThat(rules.narrows(integer(), bigint())).isTrue();
        assertThat(rules.narrows(bigint(), integer())).isFalse();
        assertThat(rules.narrows(numeric(8, 2), numeric(10, 2))).isTrue();
        assertThat(rules.narrows(string(50), text())).isTrue();
        assertThat(rules.narrows(text(), string(50))).isFalse();
        assertThat(rules.narrows(integer(), string(10))).isTrue();
    }

    @Test
    void namesMatchAsTheDatabaseFoldsThem() {
        assertThat(rules("h2").nameKey("book")).isEqualTo(rules("h2").nameKey("BOOK"));
        assertThat(rules("h2").userSpelling("BOOK")).isEqualTo("book");
        assertThat(rules("h2").userSpelling("Order Line")).isEqualTo("Order Line");
        assertThat(rules("postgresql").nameKey("book")).isNotEqualTo(rules("postgresql").nameKey("Book"));
        assertThat(rules("mariadb").nameKey("Title")).isEqualTo(rules("mariadb").nameKey("title"));
    }

    private static ColumnType type(String name) {
        return switch (name) {
            case "string(20)" -> string(20);
            case "text" -> text();
            case "numeric" -> numeric(10, 2);
            case "integer" -> integer();
            case "timestamp" -> timestamp();
            case "bool" -> bool();
            default -> throw new IllegalArgumentException(name);
        };
    }
}
