package dev.migrator.inspect;

import dev.migrator.schema.CheckConstraint;
import dev.migrator.schema.Column;
import dev.migrator.schema.Constraint;
import dev.migrator.schema.ForeignKey;
import dev.migrator.schema.Index;
import dev.migrator.schema.IndexKey;
import dev.migrator.schema.PrimaryKey;
import dev.migrator.schema.QualifiedName;
import dev.migrator.schema.ReferentialAction;
import dev.migrator.schema.Schema;
import dev.migrator.schema.Sequence;
import dev.migrator.schema.UniqueConstraint;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads H2 2.x's {@code INFORMATION_SCHEMA}: seven queries per schema.
 *
 * <ul>
 *   <li>Names come back as stored: upper case for names written without quotes.</li>
 *   <li>Indexes H2 creates for a constraint ({@code IS_GENERATED}) are not reported; an index the user created
 *       stays an index even when H2 uses it for a foreign key.</li>
 *   <li>Check conditions are H2's rendering, for example {@code "PRICE" >= CAST(0 AS NUMERIC(1))}.</li>
 *   <li>H2 has no partial or expression indexes, and its identity sequences are not listed.</li>
 * </ul>
 */
public class H2Inspector extends SchemaInspector {

    private static final String TABLES = """
            SELECT TABLE_NAME, REMARKS FROM INFORMATION_SCHEMA.TABLES
            WHERE TABLE_SCHEMA = ? AND TABLE_TYPE = 'BASE TABLE'
            ORDER BY TABLE_NAME""";

    private static final String ENUM_VALUES = """
            SELECT OBJECT_NAME, ENUM_IDENTIFIER, VALUE_NAME FROM INFORMATION_SCHEMA.ENUM_VALUES
            WHERE OBJECT_SCHEMA = ? AND OBJECT_TYPE = 'TABLE'
            ORDER BY OBJECT_NAME, ENUM_IDENTIFIER, VALUE_ORDINAL""";

    private static final String COLUMNS = """
            SELECT TABLE_NAME, COLUMN_NAME, DATA_TYPE, CHARACTER_MAXIMUM_LENGTH, NUMERIC_PRECISION, NUMERIC_SCALE,
                   DATETIME_PRECISION, IS_NULLABLE, COLUMN_DEFAULT, IS_IDENTITY, DTD_IDENTIFIER, REMARKS
            FROM INFORMATION_SCHEMA.COLUMNS
            WHERE TABLE_SCHEMA = ?
            ORDER BY TABLE_NAME, ORDINAL_POSITION""";

    // A foreign key's referenced columns are those of the unique constraint it points at, matched by position.
    private static final String KEYS = """
            SELECT tc.TABLE_NAME, tc.CONSTRAINT_NAME, tc.CONSTRAINT_TYPE, k.COLUMN_NAME,
                   rk.TABLE_SCHEMA, rk.TABLE_NAME, rk.COLUMN_NAME, rc.DELETE_RULE, rc.UPDATE_RULE
            FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS tc
            JOIN INFORMATION_SCHEMA.KEY_COLUMN_USAGE k
              ON k.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA AND k.CONSTRAINT_NAME = tc.CONSTRAINT_NAME
            LEFT JOIN INFORMATION_SCHEMA.REFERENTIAL_CONSTRAINTS rc
              ON rc.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA AND rc.CONSTRAINT_NAME = tc.CONSTRAINT_NAME
            LEFT JOIN INFORMATION_SCHEMA.KEY_COLUMN_USAGE rk
              ON rk.CONSTRAINT_SCHEMA = rc.UNIQUE_CONSTRAINT_SCHEMA AND rk.CONSTRAINT_NAME = rc.UNIQUE_CONSTRAINT_NAME
             AND rk.ORDINAL_POSITION = k.POSITION_IN_UNIQUE_CONSTRAINT
            WHERE tc.TABLE_SCHEMA = ? AND tc.CONSTRAINT_TYPE IN ('PRIMARY KEY', 'UNIQUE', 'FOREIGN KEY')
            ORDER BY tc.TABLE_NAME, tc.CONSTRAINT_NAME, k.ORDINAL_POSITION""";

    private static final String CHECKS = """
            SELECT tc.TABLE_NAME, tc.CONSTRAINT_NAME, cc.CHECK_CLAUSE
            FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS tc
            JOIN INFORMATION_SCHEMA.CHECK_CONSTRAINTS cc
              ON cc.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA AND cc.CONSTRAINT_NAME = tc.CONSTRAINT_NAME
            WHERE tc.TABLE_SCHEMA = ? AND tc.CONSTRAINT_TYPE = 'CHECK'
            ORDER BY tc.TABLE_NAME, tc.CONSTRAINT_NAME""";

    private static final String INDEXES = """
            SELECT i.TABLE_NAME, i.INDEX_NAME, i.INDEX_TYPE_NAME, c.COLUMN_NAME
            FROM INFORMATION_SCHEMA.INDEXES i
            JOIN INFORMATION_SCHEMA.INDEX_COLUMNS c
              ON c.INDEX_SCHEMA = i.INDEX_SCHEMA AND c.INDEX_NAME = i.INDEX_NAME AND c.TABLE_NAME = i.TABLE_NAME
            WHERE i.TABLE_SCHEMA = ? AND NOT i.IS_GENERATED
            ORDER BY i.TABLE_NAME, i.INDEX_NAME, c.ORDINAL_POSITION""";

    private static final String SEQUENCES = """
            SELECT SEQUENCE_NAME, START_VALUE, INCREMENT FROM INFORMATION_SCHEMA.SEQUENCES
            WHERE SEQUENCE_SCHEMA = ?
            ORDER BY SEQUENCE_NAME""";

    private record KeyFacts(String type, String referencedSchema, String referencedTable, ReferentialAction onDelete,
                            ReferentialAction onUpdate) {
    }

    private record EnumKey(String table, String typeIdentifier) {
    }

    @Override
    public String dialectName() {
        return "h2";
    }

    @Override
    public IdentifierCase unquotedIdentifierCase() {
        return IdentifierCase.UPPER;
    }

    @Override
    public ReferentialAction defaultReferentialAction() {
        return ReferentialAction.NO_ACTION;
    }

    @Override
    protected String databaseName() {
        return "H2";
    }

    @Override
    protected String currentSchema(Connection connection) throws SQLException {
        return CatalogQuery.firstValue(connection, "SELECT CURRENT_SCHEMA");
    }

    @Override
    protected boolean schemaExists(Connection connection, String schema) throws SQLException {
        return CatalogQuery.anyRow(connection,
                "SELECT 1 FROM INFORMATION_SCHEMA.SCHEMATA WHERE SCHEMA_NAME = ?", schema);
    }

    @Override
    protected Schema readSchema(Connection connection, String schema, String reportedSchema) throws SQLException {
        InspectedTables tables = new InspectedTables(reportedSchema);
        CatalogQuery.forEachRow(connection, TABLES, row -> tables.addTable(row.getString(1), row.getString(2)), schema);

        Map<EnumKey, List<String>> enumValues = new HashMap<>();
        CatalogQuery.forEachRow(connection, ENUM_VALUES, row -> enumValues
                .computeIfAbsent(new EnumKey(row.getString(1), row.getString(2)), k -> new ArrayList<>())
                .add(row.getString(3)), schema);
        CatalogQuery.forEachRow(connection, COLUMNS,
                row -> tables.ifHeld(row.getString(1), table -> table.add(column(row, enumValues))), schema);

        KeyColumns<KeyFacts> keys = new KeyColumns<>();
        CatalogQuery.forEachRow(connection, KEYS, row -> keys.add(row.getString(1), row.getString(2), new KeyFacts(
                row.getString(3), row.getString(5), row.getString(6),
                ReferentialRules.parse(row.getString(8), defaultReferentialAction()),
                ReferentialRules.parse(row.getString(9), defaultReferentialAction())),
                row.getString(4), row.getString(7)), schema);
        for (KeyColumns.Key<KeyFacts> key : keys.keys()) {
            tables.ifHeld(key.table(), table -> table.add(constraint(key, tables, schema)));
        }

        CatalogQuery.forEachRow(connection, CHECKS, row -> tables.ifHeld(row.getString(1),
                table -> table.add(new CheckConstraint(row.getString(2), row.getString(3)))), schema);

        KeyColumns<Boolean> indexes = new KeyColumns<>();
        CatalogQuery.forEachRow(connection, INDEXES, row -> indexes.add(row.getString(1), row.getString(2),
                "UNIQUE INDEX".equals(row.getString(3)), row.getString(4), null), schema);
        for (KeyColumns.Key<Boolean> index : indexes.keys()) {
            tables.ifHeld(index.table(), table -> table.add(new Index(index.name(),
                    index.columns().stream().map(IndexKey::column).toList(), index.facts(), null)));
        }

        List<Sequence> sequences = new ArrayList<>();
        CatalogQuery.forEachRow(connection, SEQUENCES, row -> sequences.add(new Sequence(
                new QualifiedName(reportedSchema, row.getString(1)), row.getLong(2), row.getLong(3))), schema);
        return new Schema(tables.toTables(), sequences);
    }

    private static Constraint constraint(KeyColumns.Key<KeyFacts> key, InspectedTables tables, String schema) {
        return switch (key.facts().type()) {
            case "PRIMARY KEY" -> new PrimaryKey(key.name(), key.columns());
            case "UNIQUE" -> new UniqueConstraint(key.name(), key.columns());
            default -> new ForeignKey(key.name(), key.columns(),
                    tables.reference(key.facts().referencedSchema(), schema, key.facts().referencedTable()),
                    key.referencedColumns(), key.facts().onDelete(), key.facts().onUpdate());
        };
    }

    private static Column column(ResultSet row, Map<EnumKey, List<String>> enumValues) throws SQLException {
        H2ColumnTypes.TypeFacts facts = new H2ColumnTypes.TypeFacts(row.getString(3), nullableLong(row, 4),
                nullableInt(row, 5), nullableInt(row, 6), nullableInt(row, 7));
        List<String> values = enumValues.getOrDefault(new EnumKey(row.getString(1), row.getString(11)), List.of());
        return new Column(row.getString(2), H2ColumnTypes.from(facts, values), "YES".equals(row.getString(8)),
                row.getString(9), "YES".equals(row.getString(10)), InspectedTables.emptyAsNull(row.getString(12)));
    }

    private static Long nullableLong(ResultSet row, int column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : value;
    }

    private static Integer nullableInt(ResultSet row, int column) throws SQLException {
        int value = row.getInt(column);
        return row.wasNull() ? null : value;
    }
}
