package dev.migrator.inspect;

import dev.migrator.schema.ColumnType;
import dev.migrator.schema.ColumnType.IntegerSize;
import java.util.ArrayList;
import java.util.List;

/**
 * MariaDB's {@code COLUMN_TYPE} back to portable types: exactly what {@link dev.migrator.dialect.MariaDbDialect}
 * renders maps to a portable type, anything else stays raw in MariaDB's spelling ({@code text},
 * {@code datetime}, {@code int(10) unsigned}). JSON is a {@code longtext} with a check here; see
 * {@link MariaDbJsonChecks}.
 */
final class MariaDbColumnTypes {

    private MariaDbColumnTypes() {
    }

    /**
     * @param dataType   {@code DATA_TYPE}, the bare type name, for example {@code int}
     * @param columnType {@code COLUMN_TYPE}, the full spelling, for example {@code int(11) unsigned}
     */
    static ColumnType from(String dataType, String columnType, Long length, Integer precision, Integer scale) {
        // Display widths vary (int(11), int(10)); signedness does not: anything unsigned or zerofill stays raw.
        boolean signedWithoutOptions = !columnType.contains(" ");
        return switch (dataType) {
            case "tinyint" -> columnType.equals("tinyint(1)") ? new ColumnType.Bool() : raw(columnType);
            case "smallint" -> signedWithoutOptions ? new ColumnType.Int(IntegerSize.SMALL) : raw(columnType);
            case "int" -> signedWithoutOptions ? new ColumnType.Int(IntegerSize.INT) : raw(columnType);
            case "bigint" -> signedWithoutOptions ? new ColumnType.Int(IntegerSize.BIG) : raw(columnType);
            case "varchar" -> length != null ? new ColumnType.VarChar(length.intValue()) : raw(columnType);
            case "longtext" -> new ColumnType.Text();
            case "decimal" -> signedWithoutOptions && precision != null && scale != null
                    ? new ColumnType.Decimal(precision, scale) : raw(columnType);
            case "float" -> columnType.equals("float") ? new ColumnType.Real() : raw(columnType);
            case "double" -> columnType.equals("double") ? new ColumnType.DoublePrecision() : raw(columnType);
            case "date" -> new ColumnType.Date();
            case "time" -> columnType.equals("time") ? new ColumnType.Time() : raw(columnType);
            case "datetime" -> columnType.equals("datetime(6)") ? new ColumnType.Timestamp(false) : raw(columnType);
            case "uuid" -> new ColumnType.Uuid();
            case "varbinary" -> length != null ? new ColumnType.Binary(length.intValue()) : raw(columnType);
            case "longblob" -> new ColumnType.Binary(null);
            case "enum" -> enumValues(columnType);
            default -> raw(columnType);
        };
    }

    private static ColumnType raw(String columnType) {
        return new ColumnType.Raw(columnType);
    }

    /** {@code enum('a','it''s')}: values in single quotes, quotes doubled (MariaDB shows a backslash as itself). */
    private static ColumnType enumValues(String columnType) {
        if (!columnType.startsWith("enum(") || !columnType.endsWith(")")) {
            return raw(columnType);
        }
        String list = columnType.substring("enum(".length(), columnType.length() - 1);
        List<String> values = new ArrayList<>();
        int i = 0;
        while (i < list.length()) {
            if (list.charAt(i) != '\'') {
                return raw(columnType);
            }
            StringBuilder value = new StringBuilder();
            i++;
            while (i < list.length()) {
                char c = list.charAt(i);
                if (c == '\'' && i + 1 < list.length() && list.charAt(i + 1) == '\'') {
                    value.append('\'');
                    i += 2;
                } else if (c == '\'') {
                    break;
                } else {
                    value.append(c);
                    i++;
                }
            }
            values.add(value.toString());
            i++;
            if (i < list.length() && list.charAt(i) == ',') {
                i++;
            }
        }
        return values.isEmpty() ? raw(columnType) : new ColumnType.Enumerated(values);
    }
}
