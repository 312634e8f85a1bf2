package dev.migrator.inspect;

import static dev.migrator.schema.Types.bigint;
import static dev.migrator.schema.Types.blob;
import static dev.migrator.schema.Types.bool;
import static dev.migrator.schema.Types.enumOf;
import static dev.migrator.schema.Types.integer;
import static dev.migrator.schema.Types.json;
import static dev.migrator.schema.Types.numeric;
import static dev.migrator.schema.Types.raw;
import static dev.migrator.schema.Types.smallint;
import static dev.migrator.schema.Types.string;
import static dev.migrator.schema.Types.text;
import static dev.migrator.schema.Types.time;
import static dev.migrator.schema.Types.timestamp;
import static dev.migrator.schema.Types.timestampWithTimeZone;
import static org.assertj.core.api.Assertions.assertThat;

import dev.migrator.schema.Column;
import dev.migrator.schema.CheckConstraint;
import dev.migrator.schema.QualifiedName;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Catalog spellings map back to portable types only where the dialect renders exactly that spelling. */
class ColumnTypeMappingTest {

    @Test
    void postgresTypesTheDialectRendersArePortableAndOthersStayRaw() {
        assertThat(PostgresColumnTypes.fromFormatType("bigint")).isEqualTo(bigint());
        assertThat(PostgresColumnTypes.fromFormatType("character varying(20)")).isEqualTo(string(20));
        assertThat(PostgresColumnTypes.fromFormatType("numeric(10,2)")).isEqualTo(numeric(10, 2));
        assertThat(PostgresColumnTypes.fromFormatType("timestamp with time zone")).isEqualTo(timestampWithTimeZone());
        assertThat(PostgresColumnTypes.fromFormatType("jsonb")).isEqualTo(json());
        assertThat(PostgresColumnTypes.fromFormatType("json")).isEqualTo(raw("json"));
        assertThat(PostgresColumnTypes.fromFormatType("timestamp(3) without time zone"))
                .isEqualTo(raw("timestamp(3) without time zone"));
        assertThat(PostgresColumnTypes.fromFormatType("character varying")).isEqualTo(raw("character varying"));
        assertThat(PostgresColumnTypes.fromFormatType("numeric")).isEqualTo(raw("numeric"));
        assertThat(PostgresColumnTypes.fromFormatType("integer[]")).isEqualTo(raw("integer[]"));
    }

    @Test
    void mariaDbTypesTheDialectRendersArePortableAndOthersStayRaw() {
        assertThat(MariaDbColumnTypes.from("tinyint", "tinyint(1)", null, 3, 0)).isEqualTo(bool());
        assertThat(MariaDbColumnTypes.from("tinyint", "tinyint(4)", null, 3, 0)).isEqualTo(raw("tinyint(4)"));
        assertThat(MariaDbColumnTypes.from("smallint", "smallint(6)", null, 5, 0)).isEqualTo(smallint());
        assertThat(MariaDbColumnTypes.from("int", "int(10) unsigned", null, 10, 0))
                .isEqualTo(raw("int(10) unsigned"));
        assertThat(MariaDbColumnTypes.from("longtext", "longtext", 4294967295L, null, null)).isEqualTo(text());
        assertThat(MariaDbColumnTypes.from("text", "text", 65535L, null, null)).isEqualTo(raw("text"));
        assertThat(MariaDbColumnTypes.from("datetime", "datetime(6)", null, null, null)).isEqualTo(timestamp());
        assertThat(MariaDbColumnTypes.from("datetime", "datetime", null, null, null)).isEqualTo(raw("datetime"));
        assertThat(MariaDbColumnTypes.from("longblob", "longblob", null, null, null)).isEqualTo(blob());
        assertThat(MariaDbColumnTypes.from("enum", "enum('a','it''s','x,y')", 4L, null, null))
                .isEqualTo(enumOf("a", "it's", "x,y"));
    }

    @Test
    void h2TypesTheDialectRendersArePortableAndOthersStayRaw() {
        assertThat(h2("INTEGER", null, 32, 0, null)).isEqualTo(integer());
        assertThat(h2("CHARACTER VARYING", 1_000_000_000L, null, null, null)).isEqualTo(text());
        assertThat(h2("CHARACTER VARYING", 20L, null, null, null)).isEqualTo(string(20));
        assertThat(h2("TIME", null, null, null, 0)).isEqualTo(time());
        assertThat(h2("TIMESTAMP", null, null, null, 3)).isEqualTo(raw("TIMESTAMP(3)"));
        assertThat(h2("TIMESTAMP WITH TIME ZONE", null, null, null, 0))
                .isEqualTo(raw("TIMESTAMP(0) WITH TIME ZONE"));
        assertThat(h2("BINARY LARGE OBJECT", Long.MAX_VALUE, null, null, null)).isEqualTo(blob());
        assertThat(h2("CHARACTER", 3L, null, null, null)).isEqualTo(raw("CHARACTER(3)"));
        assertThat(h2("NUMERIC", null, 10, 0, null)).isEqualTo(numeric(10, 0));
    }

    @Test
    void aPostgresEnumCheckFoldsIntoItsColumnEvenWhenTheColumnIsQuoted() {
        TableParts table = new TableParts(QualifiedName.of("Order"), null);
        table.add(Column.of("My Mood", string(8)));
        CheckConstraint check = new CheckConstraint("Order_My Mood_check",
                "(\"My Mood\")::text = ANY ((ARRAY['happy'::character varying, "
                        + "'it''s sad'::character varying])::text[])");

        assertThat(PostgresEnumChecks.foldIntoColumn(table, check, List.of("My Mood"))).isTrue();
        assertThat(table.column("My Mood").orElseThrow().type()).isEqualTo(enumOf("happy", "it's sad"));
    }

    @Test
    void aNamedCheckOrOneOnAWiderColumnStaysACheck() {
        TableParts table = new TableParts(QualifiedName.of("t"), null);
        table.add(Column.of("mood", string(50)));
        String condition = "(mood)::text = ANY ((ARRAY['happy'::character varying, 'sad'::character varying])::text[])";

        assertThat(PostgresEnumChecks.foldIntoColumn(table, new CheckConstraint("t_mood_check", condition),
                List.of("mood"))).isFalse();
        assertThat(PostgresEnumChecks.foldIntoColumn(table, new CheckConstraint("ck_mood", condition),
                List.of("mood"))).isFalse();
    }

    @Test
    void onlyEnclosingParenthesesAreStripped() {
        assertThat(SqlText.withoutEnclosingParentheses("((price >= (0)::numeric))")).isEqualTo("price >= (0)::numeric");
        assertThat(SqlText.withoutEnclosingParentheses("(a > 0) OR (b > 0)")).isEqualTo("(a > 0) OR (b > 0)");
        assertThat(SqlText.withoutEnclosingParentheses("(name <> ')')")).isEqualTo("name <> ')'");
    }

    private static dev.migrator.schema.ColumnType h2(String type, Long length, Integer precision, Integer scale,
            Integer fraction) {
        return H2ColumnTypes.from(new H2ColumnTypes.TypeFacts(type, length, precision, scale, fraction), List.of());
    }
}
