package dev.migrator.schema;

import java.util.List;
import java.util.Objects;

/**
 * A column's type, stated portably; each dialect decides how to spell it.
 *
 * <p>Create values with the factory methods of {@link Types}. {@link Raw} is the escape hatch
 * for a type the portable set does not cover; it is passed to the database unchanged.
 */
public sealed interface ColumnType {

    /** Integer widths: 16, 32 and 64 bit. */
    enum IntegerSize { SMALL, INT, BIG }

    /** A whole number of the given width. */
    record Int(IntegerSize size) implements ColumnType {
        public Int {
            Objects.requireNonNull(size, "size");
        }
    }

    /** Variable-length character data of at most {@code length} characters. */
    record VarChar(int length) implements ColumnType {
        public VarChar {
            if (length <= 0) {
                throw new IllegalArgumentException("string length must be positive, was " + length);
            }
        }
    }

    /** Character data without a declared limit. */
    record Text() implements ColumnType {
    }

    /** True or false. */
    record Bool() implements ColumnType {
    }

    /** An exact decimal number with {@code precision} digits, {@code scale} of them after the point. */
    record Decimal(int precision, int scale) implements ColumnType {
        public Decimal {
            if (precision <= 0 || scale < 0 || scale > precision) {
                throw new IllegalArgumentException(
                        "numeric needs 0 < precision and 0 <= scale <= precision, was (" + precision + ", " + scale + ")");
            }
        }
    }

    /** A single-precision (32 bit) floating point number. */
    record Real() implements ColumnType {
    }

    /** A double-precision (64 bit) floating point number. */
    record DoublePrecision() implements ColumnType {
    }

    /** A calendar date. */
    record Date() implements ColumnType {
    }

    /** A time of day. */
    record Time() implements ColumnType {
    }

    /** A date and time, with or without a time zone. */
    record Timestamp(boolean withTimeZone) implements ColumnType {
    }

    /** A universally unique identifier. */
    record Uuid() implements ColumnType {
    }

    /**
     * Binary data: at most {@code length} bytes, or unbounded (a BLOB) when {@code length} is null.
     */
    record Binary(Integer length) implements ColumnType {
        public Binary {
            if (length != null && length <= 0) {
                throw new IllegalArgumentException("binary length must be positive, was " + length);
            }
        }
    }

    /** A JSON document. */
    record Json() implements ColumnType {
    }

    /** One of a fixed list of string values. */
    record Enumerated(List<String> values) implements ColumnType {
        public Enumerated {
            values = List.copyOf(values);
            if (values.isEmpty()) {
                throw new IllegalArgumentException("an enum needs at least one value");
            }
        }
    }

    /** A type written in the database's own SQL, passed through unchanged (for example {@code citext}). */
    record Raw(String sql) implements ColumnType {
        public Raw {
            Objects.requireNonNull(sql, "sql");
            if (sql.isBlank()) {
                throw new IllegalArgumentException("a raw type needs its SQL spelling, was blank");
            }
        }
    }
}
