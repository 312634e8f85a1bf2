package dev.migrator.inspect;

import dev.migrator.schema.ColumnType;
import dev.migrator.schema.ColumnType.IntegerSize;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PostgreSQL's type names, as {@code format_type()} spells them, back to portable types: exactly the spellings
 * {@link dev.migrator.dialect.PostgresDialect} renders map to a portable type, anything else stays raw.
 */
final class PostgresColumnTypes {

    private static final Pattern VARCHAR = Pattern.compile("character varying\\((\\d+)\\)");
    private static final Pattern NUMERIC = Pattern.compile("numeric\\((\\d+),(\\d+)\\)");

    private PostgresColumnTypes() {
    }

    static ColumnType fromFormatType(String formatted) {
        ColumnType simple = switch (formatted) {
            case "smallint" -> new ColumnType.Int(IntegerSize.SMALL);
            case "integer" -> new ColumnType.Int(IntegerSize.INT);
            case "bigint" -> new ColumnType.Int(IntegerSize.BIG);
            case "text" -> new ColumnType.Text();
            case "boolean" -> new ColumnType.Bool();
            case "real" -> new ColumnType.Real();
            case "double precision" -> new ColumnType.DoublePrecision();
            case "date" -> new ColumnType.Date();
            case "time without time zone" -> new ColumnType.Time();
            case "timestamp without time zone" -> new ColumnType.Timestamp(false);
            case "timestamp with time zone" -> new ColumnType.Timestamp(true);
            case "uuid" -> new ColumnType.Uuid();
            // The dialect renders every binary type as BYTEA, which has no length.
            case "bytea" -> new ColumnType.Binary(null);
            // Only JSONB, which the dialect renders; a json column is a different type here and stays raw.
            case "jsonb" -> new ColumnType.Json();
            default -> null;
        };
        if (simple != null) {
            return simple;
        }
        Matcher varchar = VARCHAR.matcher(formatted);
        if (varchar.matches()) {
            return new ColumnType.VarChar(Integer.parseInt(varchar.group(1)));
        }
        Matcher numeric = NUMERIC.matcher(formatted);
        if (numeric.matches()) {
            int precision = Integer.parseInt(numeric.group(1));
            int scale = Integer.parseInt(numeric.group(2));
            if (scale >= 0 && scale <= precision) {
                return new ColumnType.Decimal(precision, scale);
            }
        }
        return new ColumnType.Raw(formatted);
    }
}
