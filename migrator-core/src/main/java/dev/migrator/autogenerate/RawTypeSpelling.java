package dev.migrator.autogenerate;

import dev.migrator.schema.ColumnType;
import dev.migrator.schema.ColumnType.IntegerSize;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SQL spellings of portable types that every supported database reads the same way: {@code int4} and
 * {@code integer}, {@code varchar(20)} and {@code character varying(20)}, {@code numeric(10,2)} and
 * {@code decimal(10, 2)}. What a single database spells differently lives in its {@link ComparisonRules}.
 */
final class RawTypeSpelling {

    private static final Map<String, ColumnType> SIMPLE = Map.ofEntries(
            Map.entry("smallint", new ColumnType.Int(IntegerSize.SMALL)),
            Map.entry("int2", new ColumnType.Int(IntegerSize.SMALL)),
            Map.entry("integer", new ColumnType.Int(IntegerSize.INT)),
            Map.entry("int", new ColumnType.Int(IntegerSize.INT)),
            Map.entry("int4", new ColumnType.Int(IntegerSize.INT)),
            Map.entry("bigint", new ColumnType.Int(IntegerSize.BIG)),
            Map.entry("int8", new ColumnType.Int(IntegerSize.BIG)),
            Map.entry("boolean", new ColumnType.Bool()),
            Map.entry("bool", new ColumnType.Bool()),
            Map.entry("real", new ColumnType.Real()),
            Map.entry("float4", new ColumnType.Real()),
            Map.entry("double precision", new ColumnType.DoublePrecision()),
            Map.entry("double", new ColumnType.DoublePrecision()),
            Map.entry("float8", new ColumnType.DoublePrecision()),
            Map.entry("date", new ColumnType.Date()),
            Map.entry("time", new ColumnType.Time()),
            Map.entry("time(0)", new ColumnType.Time()),
            Map.entry("time without time zone", new ColumnType.Time()),
            Map.entry("timestamp without time zone", new ColumnType.Timestamp(false)),
            Map.entry("timestamp with time zone", new ColumnType.Timestamp(true)),
            Map.entry("timestamptz", new ColumnType.Timestamp(true)),
            Map.entry("uuid", new ColumnType.Uuid()));

    private static final Pattern VARCHAR = Pattern.compile("(?:varchar|character varying)\\((\\d+)\\)");
    private static final Pattern NUMERIC = Pattern.compile("(?:numeric|decimal)\\((\\d+)(?:,(\\d+))?\\)");
    private static final Pattern FLOAT = Pattern.compile("float\\((\\d+)\\)");
    private static final Pattern VARBINARY = Pattern.compile("(?:varbinary|binary varying)\\((\\d+)\\)");
    private static final Pattern CHAR = Pattern.compile("char\\((\\d+)\\)");
    private static final Pattern TIME_ZONE_SUFFIX = Pattern.compile("^(timestamp|time)(\\(\\d+\\))? without time zone$");

    /** Single-precision floats have at most this many binary digits of mantissa (SQL's FLOAT(p)). */
    private static final int REAL_MANTISSA_BITS = 24;

    private RawTypeSpelling() {
    }

    /** Lower case, single blanks, no blanks around parentheses and commas, {@code char(n)} as {@code character(n)}. */
    static String tidy(String sql) {
        String tidy = sql.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ")
                .replaceAll("\\s*([(),])\\s*", "$1").replaceAll("\\)(\\w)", ") $1");
        Matcher character = CHAR.matcher(tidy);
        if (character.matches()) {
            return "character(" + character.group(1) + ")";
        }
        // "without time zone" is what a plain time or timestamp means anyway.
        Matcher zone = TIME_ZONE_SUFFIX.matcher(tidy);
        if (zone.matches()) {
            return zone.group(1) + (zone.group(2) == null ? "" : zone.group(2));
        }
        return tidy;
    }

    /** The portable type a tidied spelling means on every database, or null. */
    static ColumnType portable(String tidy) {
        ColumnType simple = SIMPLE.get(tidy);
        if (simple != null) {
            return simple;
        }
        Matcher varchar = VARCHAR.matcher(tidy);
        if (varchar.matches()) {
            return new ColumnType.VarChar(Integer.parseInt(varchar.group(1)));
        }
        Matcher numeric = NUMERIC.matcher(tidy);
        if (numeric.matches()) {
            int precision = Integer.parseInt(numeric.group(1));
            int scale = numeric.group(2) == null ? 0 : Integer.parseInt(numeric.group(2));
            return precision > 0 && scale <= precision ? new ColumnType.Decimal(precision, scale) : null;
        }
        Matcher floating = FLOAT.matcher(tidy);
        if (floating.matches()) {
            return Integer.parseInt(floating.group(1)) <= REAL_MANTISSA_BITS ? new ColumnType.Real()
                    : new ColumnType.DoublePrecision();
        }
        Matcher varbinary = VARBINARY.matcher(tidy);
        if (varbinary.matches()) {
            return new ColumnType.Binary(Integer.parseInt(varbinary.group(1)));
        }
        return null;
    }
}
