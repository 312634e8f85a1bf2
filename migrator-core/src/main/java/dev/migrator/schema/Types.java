package dev.migrator.schema;

import java.util.List;

/**
 * Factory methods for {@link ColumnType}s, meant for static import in migrations:
 * {@code column("id", bigint())}, {@code column("title", string(200))}.
 */
public final class Types {

    private Types() {
    }

    /** A 16-bit integer. */
    public static ColumnType smallint() {
        return new ColumnType.Int(ColumnType.IntegerSize.SMALL);
    }

    /** A 32-bit integer. */
    public static ColumnType integer() {
        return new ColumnType.Int(ColumnType.IntegerSize.INT);
    }

    /** A 64-bit integer. */
    public static ColumnType bigint() {
        return new ColumnType.Int(ColumnType.IntegerSize.BIG);
    }

    /** Variable-length text of at most {@code length} characters (VARCHAR). */
    public static ColumnType string(int length) {
        return new ColumnType.VarChar(length);
    }

    /** Text without a declared limit. */
    public static ColumnType text() {
        return new ColumnType.Text();
    }

    /** True or false. */
    public static ColumnType bool() {
        return new ColumnType.Bool();
    }

    /** An exact decimal number (NUMERIC / DECIMAL). */
    public static ColumnType numeric(int precision, int scale) {
        return new ColumnType.Decimal(precision, scale);
    }

    /** A single-precision floating point number. */
    public static ColumnType real() {
        return new ColumnType.Real();
    }

    /** A double-precision floating point number. */
    public static ColumnType doublePrecision() {
        return new ColumnType.DoublePrecision();
    }

    /** A calendar date. */
    public static ColumnType date() {
        return new ColumnType.Date();
    }

    /** A time of day. */
    public static ColumnType time() {
        return new ColumnType.Time();
    }

    /** A date and time without a time zone. */
    public static ColumnType timestamp() {
        return new ColumnType.Timestamp(false);
    }

    /** A date and time with a time zone; not every database has one (MariaDB does not). */
    public static ColumnType timestampWithTimeZone() {
        return new ColumnType.Timestamp(true);
    }

    /** A UUID. */
    public static ColumnType uuid() {
        return new ColumnType.Uuid();
    }

    /** Binary data of at most {@code length} bytes (VARBINARY). */
    public static ColumnType binary(int length) {
        return new ColumnType.Binary(length);
    }

    /** Unbounded binary data (BLOB / BYTEA). */
    public static ColumnType blob() {
        return new ColumnType.Binary(null);
    }

    /** A JSON document. */
    public static ColumnType json() {
        return new ColumnType.Json();
    }

    /** One of the given string values. */
    public static ColumnType enumOf(String... values) {
        return new ColumnType.Enumerated(List.of(values));
    }

    /** A type spelled in the database's own SQL, used as written: {@code raw("citext")}. */
    public static ColumnType raw(String sql) {
        return new ColumnType.Raw(sql);
    }
}
