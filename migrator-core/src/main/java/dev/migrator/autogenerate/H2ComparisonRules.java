package dev.migrator.autogenerate;

import dev.migrator.dialect.Dialect;
import dev.migrator.schema.ColumnType;

/**
 * H2 2.x: {@code CHARACTER VARYING} without a length is text ({@code TEXT} is a CLOB), a {@code TIMESTAMP} has six fraction digits unless
 * told otherwise, {@code CLOB}/{@code BLOB} and {@code JSON} are spelled several ways.
 */
final class H2ComparisonRules extends ComparisonRules {

    H2ComparisonRules(Dialect dialect) {
        super(dialect);
    }

    @Override
    ColumnType databaseSpecificType(String tidiedSql) {
        return switch (tidiedSql) {
            case "character varying", "varchar" -> new ColumnType.Text();
            // TEXT and CLOB are large objects in H2, a type of their own that the portable text() is not.
            case "text", "clob", "character large object" -> new ColumnType.Raw("character large object");
            case "binary large object", "blob" -> new ColumnType.Binary(null);
            case "timestamp", "timestamp(6)" -> new ColumnType.Timestamp(false);
            case "timestamp(6) with time zone" -> new ColumnType.Timestamp(true);
            case "json" -> new ColumnType.Json();
            case "double" -> new ColumnType.DoublePrecision();
            default -> null;
        };
    }
}
