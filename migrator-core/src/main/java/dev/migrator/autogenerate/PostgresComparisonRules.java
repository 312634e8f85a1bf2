package dev.migrator.autogenerate;

import dev.migrator.dialect.Dialect;
import dev.migrator.schema.ColumnType;

import java.util.regex.Pattern;

/**
 * PostgreSQL: every binary type is {@code bytea} without a length, a JSON document is {@code jsonb} (plain
 * {@code json} is another type), a timestamp has six fraction digits unless told otherwise, and defaults are
 * reported with casts: {@code 'draft'::character varying}, {@code (0)::numeric}.
 */
final class PostgresComparisonRules extends ComparisonRules {

    /** A trailing cast such as {@code ::character varying}, {@code ::timestamp(6) without time zone}, {@code ::text[]}. */
    private static final Pattern TRAILING_CAST =
            Pattern.compile("::[a-z_ ]+(?:\\(\\d+(?:,\\s*\\d+)?\\))?(?: with(?:out)? time zone)?(?:\\[\\])*$");

    PostgresComparisonRules(Dialect dialect) {
        super(dialect);
    }

    @Override
    ColumnType databaseSpecificType(String tidiedSql) {
        return switch (tidiedSql) {
            case "text", "varchar", "character varying" -> new ColumnType.Text();
            case "bytea" -> new ColumnType.Binary(null);
            case "jsonb" -> new ColumnType.Json();
            case "timestamp", "timestamp(6)" -> new ColumnType.Timestamp(false);
            case "timestamp(6) with time zone", "timestamptz(6)" -> new ColumnType.Timestamp(true);
            case "serial", "serial4" -> new ColumnType.Int(ColumnType.IntegerSize.INT);
            case "bigserial", "serial8" -> new ColumnType.Int(ColumnType.IntegerSize.BIG);
            default -> null;
        };
    }

    @Override
    ColumnType storedAs(ColumnType type) {
        return type instanceof ColumnType.Binary ? new ColumnType.Binary(null) : type;
    }

    @Override
    String stripDecorations(String sqlExpression) {
        if (sqlExpression == null) {
            return null;
        }
        String stripped = sqlExpression.strip();
        String before;
        do {
            before = stripped;
            stripped = TRAILING_CAST.matcher(stripped).replaceFirst("").strip();
            stripped = ServerDefaults.withoutOuterParentheses(stripped);
        } while (!stripped.equals(before));
        return stripped;
    }
}
