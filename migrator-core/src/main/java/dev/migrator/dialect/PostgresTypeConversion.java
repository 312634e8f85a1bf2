package dev.migrator.dialect;

import dev.migrator.schema.ColumnType;
import java.util.Locale;

/**
 * Which type changes PostgreSQL makes only when told how to convert the values ({@code ALTER COLUMN ... TYPE ...
 * USING}): those between kinds of values it has no assignment cast for, such as text to a number, a number to a
 * boolean or text to a uuid. It refuses them even on an empty table. Within a kind (integer to bigint, varchar to
 * text) and towards text it converts by itself, and an explicit cast there could truncate where the assignment
 * fails loudly, so those get none.
 */
final class PostgresTypeConversion {

    private enum Kind { STRING, BOOLEAN, NUMBER, UUID, JSON, BINARY, TEMPORAL, OTHER }

    private PostgresTypeConversion() {
    }

    /**
     * The {@code USING} expression that converts the values of {@code column} (quoted) from {@code from} to the
     * type spelled {@code toSql}, or null where PostgreSQL converts them by itself.
     */
    static String using(String column, ColumnType from, ColumnType to, String toSql) {
        Kind source = kind(from);
        Kind target = kind(to);
        if (source == target || target == Kind.STRING || source == Kind.OTHER || target == Kind.OTHER) {
            return null;
        }
        // Booleans cast to and from integer only, not smallint, bigint or numeric: go through integer.
        boolean viaInteger = (source == Kind.BOOLEAN && target == Kind.NUMBER)
                || (source == Kind.NUMBER && target == Kind.BOOLEAN);
        return column + (viaInteger ? "::integer::" : "::") + toSql;
    }

    private static Kind kind(ColumnType type) {
        if (type instanceof ColumnType.VarChar || type instanceof ColumnType.Text
                || type instanceof ColumnType.Enumerated) {
            return Kind.STRING;
        } else if (type instanceof ColumnType.Bool) {
            return Kind.BOOLEAN;
        } else if (type instanceof ColumnType.Int || type instanceof ColumnType.Decimal
                || type instanceof ColumnType.Real || type instanceof ColumnType.DoublePrecision) {
            return Kind.NUMBER;
        } else if (type instanceof ColumnType.Uuid) {
            return Kind.UUID;
        } else if (type instanceof ColumnType.Json) {
            return Kind.JSON;
        } else if (type instanceof ColumnType.Binary) {
            return Kind.BINARY;
        } else if (type instanceof ColumnType.Date || type instanceof ColumnType.Timestamp) {
            return Kind.TEMPORAL;
        } else if (type instanceof ColumnType.Raw raw) {
            return kindOfSpelling(raw.sql().strip().toLowerCase(Locale.ROOT));
        }
        return Kind.OTHER;
    }

    /** A raw spelling by its leading word, as PostgreSQL and its catalog write types. */
    private static Kind kindOfSpelling(String sql) {
        if (sql.startsWith("char") || sql.startsWith("varchar") || sql.startsWith("text")
                || sql.startsWith("bpchar")) {
            return Kind.STRING;
        } else if (sql.startsWith("bool")) {
            return Kind.BOOLEAN;
        } else if (sql.startsWith("int") || sql.startsWith("smallint") || sql.startsWith("bigint")
                || sql.startsWith("numeric") || sql.startsWith("decimal") || sql.startsWith("real")
                || sql.startsWith("double") || sql.startsWith("float")) {
            return Kind.NUMBER;
        } else if (sql.equals("uuid")) {
            return Kind.UUID;
        } else if (sql.startsWith("json")) {
            return Kind.JSON;
        } else if (sql.equals("bytea")) {
            return Kind.BINARY;
        } else if (sql.equals("date") || sql.startsWith("timestamp")) {
            return Kind.TEMPORAL;
        }
        return Kind.OTHER;
    }
}
