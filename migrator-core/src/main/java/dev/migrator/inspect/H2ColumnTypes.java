package dev.migrator.inspect;

import dev.migrator.schema.ColumnType;
import dev.migrator.schema.ColumnType.IntegerSize;
import java.util.List;

/**
 * H2's {@code INFORMATION_SCHEMA.COLUMNS} type facts back to portable types: exactly what
 * {@link dev.migrator.dialect.H2Dialect} renders maps to a portable type, anything else stays raw in H2's spelling.
 */
final class H2ColumnTypes {

    /** The length H2 reports for a character or binary type declared without one. */
    private static final long UNDECLARED_LENGTH = 1_000_000_000L;
    /** The length H2 reports for a BLOB declared without one. */
    private static final long UNDECLARED_LOB_LENGTH = Long.MAX_VALUE;
    private static final int DEFAULT_TIMESTAMP_PRECISION = 6;

    /** A column's DATA_TYPE, CHARACTER_MAXIMUM_LENGTH, NUMERIC_PRECISION, NUMERIC_SCALE and DATETIME_PRECISION. */
    record TypeFacts(String dataType, Long length, Integer precision, Integer scale, Integer datetimePrecision) {
    }

    private H2ColumnTypes() {
    }

    static ColumnType from(TypeFacts facts, List<String> enumValues) {
        Long length = facts.length();
        Integer fractionDigits = facts.datetimePrecision();
        return switch (facts.dataType()) {
            case "SMALLINT" -> new ColumnType.Int(IntegerSize.SMALL);
            case "INTEGER" -> new ColumnType.Int(IntegerSize.INT);
            case "BIGINT" -> new ColumnType.Int(IntegerSize.BIG);
            case "BOOLEAN" -> new ColumnType.Bool();
            case "REAL" -> new ColumnType.Real();
            case "DOUBLE PRECISION" -> new ColumnType.DoublePrecision();
            case "DATE" -> new ColumnType.Date();
            case "UUID" -> new ColumnType.Uuid();
            case "JSON" -> length != null && length == UNDECLARED_LENGTH ? new ColumnType.Json() : raw(facts);
            case "ENUM" -> enumValues.isEmpty() ? raw(facts) : new ColumnType.Enumerated(enumValues);
            // The dialect renders text as CHARACTER VARYING without a length.
            case "CHARACTER VARYING" -> length == null ? raw(facts)
                    : length == UNDECLARED_LENGTH ? new ColumnType.Text() : new ColumnType.VarChar(length.intValue());
            case "BINARY VARYING" -> length == null || length == UNDECLARED_LENGTH ? raw(facts)
                    : new ColumnType.Binary(length.intValue());
            case "BINARY LARGE OBJECT" -> length != null && length == UNDECLARED_LOB_LENGTH
                    ? new ColumnType.Binary(null) : raw(facts);
            case "NUMERIC" -> facts.precision() != null && facts.scale() != null
                    ? new ColumnType.Decimal(facts.precision(), facts.scale()) : raw(facts);
            case "TIME" -> fractionDigits == null || fractionDigits == 0 ? new ColumnType.Time() : raw(facts);
            case "TIMESTAMP" -> fractionDigits == null || fractionDigits == DEFAULT_TIMESTAMP_PRECISION
                    ? new ColumnType.Timestamp(false) : raw(facts);
            case "TIMESTAMP WITH TIME ZONE" -> fractionDigits == null || fractionDigits == DEFAULT_TIMESTAMP_PRECISION
                    ? new ColumnType.Timestamp(true) : raw(facts);
            default -> raw(facts);
        };
    }

    /** H2's own spelling: CHARACTER(3), NUMERIC(10), TIMESTAMP(3) WITH TIME ZONE, BINARY LARGE OBJECT(100). */
    private static ColumnType raw(TypeFacts facts) {
        String type = facts.dataType();
        if (facts.length() != null && facts.length() != UNDECLARED_LENGTH && facts.length() != UNDECLARED_LOB_LENGTH
                && !type.equals("ENUM")) {
            return new ColumnType.Raw(type + "(" + facts.length() + ")");
        }
        if (type.equals("NUMERIC") && facts.precision() != null) {
            return new ColumnType.Raw("NUMERIC(" + facts.precision() + ")");
        }
        if (type.startsWith("TIME") && facts.datetimePrecision() != null) {
            String withPrecision = type.replaceFirst("^(TIMESTAMP|TIME)", "$1(" + facts.datetimePrecision() + ")");
            return new ColumnType.Raw(withPrecision);
        }
        return new ColumnType.Raw(type);
    }
}
