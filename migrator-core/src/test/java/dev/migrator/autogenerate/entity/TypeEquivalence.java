package dev.migrator.autogenerate.entity;

import dev.migrator.schema.ColumnType;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a portable column type means the type a live database reports for a column (its JDBC type name,
 * size and decimal digits): the yardstick of "the same schema" in the tests against Hibernate's own DDL.
 */
final class TypeEquivalence {

    private TypeEquivalence() {
    }

    static boolean matches(ColumnType type, LiveSchemaReader.LiveColumn live) {
        String name = live.typeName();
        if (type instanceof ColumnType.Int t) {
            return switch (t.size()) {
                case SMALL -> Set.of("smallint", "int2").contains(name);
                case INT -> Set.of("integer", "int", "int4").contains(name);
                case BIG -> Set.of("bigint", "int8").contains(name);
            };
        } else if (type instanceof ColumnType.VarChar t) {
            return Set.of("varchar", "character varying").contains(name) && live.size() == t.length();
        } else if (type instanceof ColumnType.Text) {
            // not H2's CLOB: Migrator writes text() there as an unbounded CHARACTER VARYING
            return Set.of("text", "longtext").contains(name)
                    || (Set.of("varchar", "character varying").contains(name) && live.size() > 65535);
        } else if (type instanceof ColumnType.Bool) {
            return Set.of("boolean", "bool", "bit").contains(name);
        } else if (type instanceof ColumnType.Decimal t) {
            return Set.of("numeric", "decimal").contains(name) && live.size() == t.precision()
                    && live.decimalDigits() == t.scale();
        } else if (type instanceof ColumnType.Real) {
            return Set.of("real", "float4", "float").contains(name);
        } else if (type instanceof ColumnType.DoublePrecision) {
            return Set.of("double precision", "float8", "double").contains(name);
        } else if (type instanceof ColumnType.Date) {
            return name.equals("date");
        } else if (type instanceof ColumnType.Time) {
            return name.equals("time");
        } else if (type instanceof ColumnType.Timestamp t) {
            return t.withTimeZone()
                    ? Set.of("timestamptz", "timestamp with time zone").contains(name)
                    : Set.of("timestamp", "datetime").contains(name);
        } else if (type instanceof ColumnType.Uuid) {
            return name.equals("uuid");
        } else if (type instanceof ColumnType.Binary t) {
            return t.length() == null
                    ? Set.of("blob", "bytea", "longblob", "binary large object").contains(name)
                    : name.equals("bytea") || (Set.of("varbinary", "binary varying").contains(name)
                            && live.size() == t.length());
        } else if (type instanceof ColumnType.Json) {
            return Set.of("json", "jsonb").contains(name);
        } else if (type instanceof ColumnType.Enumerated) {
            // H2 reports its enum type with the values; MariaDB's driver reports an enum column as a VARCHAR.
            return name.startsWith("enum") || name.equals("varchar");
        } else if (type instanceof ColumnType.Raw t) {
            String declared = t.sql().toLowerCase(Locale.ROOT);
            int parenthesis = declared.indexOf('(');
            String declaredName = (parenthesis < 0 ? declared : declared.substring(0, parenthesis)).trim();
            // H2 reports the CLOB Hibernate declares under its standard name
            return declaredName.equals(name) || (declaredName.equals("clob") && name.equals("character large object"));
        }
        return false;
    }
}
