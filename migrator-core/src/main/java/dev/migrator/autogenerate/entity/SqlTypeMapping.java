package dev.migrator.autogenerate.entity;

import dev.migrator.schema.ColumnType;
import dev.migrator.schema.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the SQL type Hibernate declares for a column on the target database (what its {@code create} would
 * write, for example {@code character varying(255)} or {@code timestamp(6) with time zone}) into Migrator's
 * portable {@link ColumnType}, so that the target schema compares with a live database by meaning rather than
 * by spelling. A type with no portable equivalent stays {@link ColumnType.Raw}, spelled as Hibernate spells it.
 *
 * <p>The declared spelling, not Hibernate's JDBC type code, decides: the same code becomes different column
 * types on different databases (a {@code byte[]} {@code @Lob} is {@code oid} on PostgreSQL, {@code blob} on
 * H2), and only the spelling says which.
 */
final class SqlTypeMapping {

    private static final Pattern TYPE = Pattern.compile(
            "\\s*([a-z][a-z0-9 _]*?)\\s*(?:\\(\\s*(\\d+)\\s*(?:,\\s*(\\d+)\\s*)?\\))?\\s*(with(?:out)? time zone)?\\s*");
    private static final Pattern ENUM = Pattern.compile("\\s*enum\\s*\\((.*)\\)\\s*", Pattern.DOTALL);
    private static final Pattern ENUM_VALUE = Pattern.compile("'((?:[^']|'')*)'");

    private final boolean timestampMeansSessionZone;
    private final boolean textIsLargeObject;

    /**
     * @param targetDatabase the name of Migrator's dialect, which decides the few spellings that mean
     *                       different things on different databases
     */
    SqlTypeMapping(String targetDatabase) {
        // MySQL and MariaDB's TIMESTAMP converts to and from the session zone; Hibernate uses it for zoned values.
        this.timestampMeansSessionZone = targetDatabase.equals("mariadb") || targetDatabase.equals("mysql");
        // On H2, TEXT and CLOB are large objects, a type of their own: the portable text() is an unbounded
        // CHARACTER VARYING there, which Hibernate's validate rejects for a column it declares as a CLOB.
        this.textIsLargeObject = targetDatabase.equals("h2");
    }

    ColumnType toColumnType(String declaredType) {
        String sql = declaredType.trim().toLowerCase(Locale.ROOT);
        Matcher enumMatcher = ENUM.matcher(sql);
        if (enumMatcher.matches()) {
            return enumType(declaredType);
        }
        Matcher matcher = TYPE.matcher(sql);
        if (!matcher.matches()) {
            return Types.raw(declaredType);
        }
        String name = matcher.group(1);
        Integer first = matcher.group(2) == null ? null : Integer.valueOf(matcher.group(2));
        Integer second = matcher.group(3) == null ? null : Integer.valueOf(matcher.group(3));
        boolean withTimeZone = "with time zone".equals(matcher.group(4));
        ColumnType portable = portable(name, first, second, withTimeZone);
        return portable != null ? portable : Types.raw(declaredType);
    }

    private ColumnType portable(String name, Integer first, Integer second, boolean withTimeZone) {
        switch (name) {
            case "smallint", "int2":
                return Types.smallint();
            case "integer", "int", "int4":
                return Types.integer();
            case "bigint", "int8":
                return Types.bigint();
            case "varchar", "character varying", "nvarchar", "national character varying", "varchar2":
                return first == null ? Types.text() : Types.string(first);
            case "text", "mediumtext", "longtext", "clob", "character large object":
                return first == null && !textIsLargeObject ? Types.text() : null;
            case "boolean", "bool":
                return Types.bool();
            case "bit":
                // MySQL and MariaDB dialects declare booleans as bit: bit(1) is a flag, wider bits are not.
                return first == null || first == 1 ? Types.bool() : null;
            case "numeric", "decimal":
                return first == null ? null : Types.numeric(first, second == null ? 0 : second);
            case "real", "float4":
                return Types.real();
            case "float":
                // float(p) holds p binary digits; 24 fit a single-precision float. A bare float is single precision
                // on MySQL and MariaDB, which are the databases Hibernate writes it for.
                return first == null || first <= 24 ? Types.real() : Types.doublePrecision();
            case "double", "double precision", "float8":
                return Types.doublePrecision();
            case "date":
                return Types.date();
            case "time":
                return withTimeZone ? null : Types.time();
            case "datetime":
                return Types.timestamp();
            case "timestamp":
                if (timestampMeansSessionZone) {
                    return null;
                }
                return withTimeZone ? Types.timestampWithTimeZone() : Types.timestamp();
            case "timestamptz":
                return Types.timestampWithTimeZone();
            case "uuid":
                return Types.uuid();
            case "varbinary", "binary varying":
                return first == null ? Types.blob() : Types.binary(first);
            case "bytea", "blob", "longblob", "mediumblob", "binary large object":
                return first == null || name.equals("bytea") ? Types.blob() : null;
            case "json", "jsonb":
                return Types.json();
            default:
                return null;
        }
    }

    private static ColumnType enumType(String declaredType) {
        List<String> values = new ArrayList<>();
        Matcher value = ENUM_VALUE.matcher(declaredType);
        while (value.find()) {
            values.add(value.group(1).replace("''", "'"));
        }
        return values.isEmpty() ? Types.raw(declaredType) : Types.enumOf(values.toArray(String[]::new));
    }
}
