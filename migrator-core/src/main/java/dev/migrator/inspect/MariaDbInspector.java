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
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reads MariaDB's {@code information_schema}: seven queries per database (schema), and one more when it holds
 * sequences.
 *
 * <ul>
 *   <li>A unique constraint and a unique index are the same thing here; both are reported as
 *       {@link UniqueConstraint}s, as {@code TABLE_CONSTRAINTS} lists them. The primary key is named
 *       {@code PRIMARY}.</li>
 *   <li>The index MariaDB creates for a foreign key that no index serves is not reported. It is recognised as a
 *       non-unique index on exactly the foreign key's columns named like the constraint (or, for an unnamed
 *       constraint, like its first column), as MariaDB names it; an index the user created the same way is
 *       indistinguishable and left out too.</li>
 *   <li>A JSON column reads as JSON, without the {@code json_valid} check MariaDB adds for it.</li>
 *   <li>A foreign key action of RESTRICT, MariaDB's default, reads as null.</li>
 *   <li>Defaults are as MariaDB reports them: literals quoted ({@code 'draft'}), functions in lower case
 *       ({@code current_timestamp(6)}); the {@code NULL} MariaDB reports for a nullable column without default
 *       reads as no default.</li>
 * </ul>
 */
public class MariaDbInspector extends SchemaInspector {

    private static final String TABLES = """
            SELECT TABLE_NAME, TABLE_COMMENT FROM information_schema.TABLES
            WHERE TABLE_SCHEMA = ? AND TABLE_TYPE = 'BASE TABLE'
            ORDER BY TABLE_NAME""";

    private static final String COLUMNS = """
            SELECT TABLE_NAME, COLUMN_NAME, DATA_TYPE, COLUMN_TYPE, CHARACTER_MAXIMUM_LENGTH, NUMERIC_PRECISION,
                   NUMERIC_SCALE, IS_NULLABLE, COLUMN_DEFAULT, EXTRA, COLUMN_COMMENT
            FROM information_schema.COLUMNS
            WHERE TABLE_SCHEMA = ?
            ORDER BY TABLE_NAME, ORDINAL_POSITION""";

    // The schema is repeated on every information_schema table so MariaDB only opens that database's tables.
    private static final String KEYS = """
            SELECT tc.TABLE_NAME, tc.CONSTRAINT_NAME, tc.CONSTRAINT_TYPE, k.COLUMN_NAME, k.REFERENCED_TABLE_SCHEMA,
                   k.REFERENCED_TABLE_NAME, k.REFERENCED_COLUMN_NAME, rc.DELETE_RULE, rc.UPDATE_RULE
            FROM information_schema.TABLE_CONSTRAINTS tc
            JOIN information_schema.KEY_COLUMN_USAGE k
              ON k.TABLE_SCHEMA = ? AND k.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA
             AND k.TABLE_NAME = tc.TABLE_NAME AND k.CONSTRAINT_NAME = tc.CONSTRAINT_NAME
            LEFT JOIN information_schema.REFERENTIAL_CONSTRAINTS rc
              ON rc.CONSTRAINT_SCHEMA = ? AND rc.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA
             AND rc.TABLE_NAME = tc.TABLE_NAME AND rc.CONSTRAINT_NAME = tc.CONSTRAINT_NAME
            WHERE tc.TABLE_SCHEMA = ? AND tc.CONSTRAINT_TYPE IN ('PRIMARY KEY', 'UNIQUE', 'FOREIGN KEY')
            ORDER BY tc.TABLE_NAME, tc.CONSTRAINT_NAME, k.ORDINAL_POSITION""";

    private static final String CHECKS = """
            SELECT TABLE_NAME, CONSTRAINT_NAME, CHECK_CLAUSE FROM information_schema.CHECK_CONSTRAINTS
            WHERE CONSTRAINT_SCHEMA = ?
            ORDER BY TABLE_NAME, CONSTRAINT_NAME""";

    // Unique indexes come with the keys above, as unique constraints.
    private static final String INDEXES = """
            SELECT TABLE_NAME, INDEX_NAME, COLUMN_NAME FROM information_schema.STATISTICS
            WHERE TABLE_SCHEMA = ? AND NON_UNIQUE = 1
            ORDER BY TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX""";

    private static final String SEQUENCE_NAMES = """
            SELECT TABLE_NAME FROM information_schema.TABLES
            WHERE TABLE_SCHEMA = ? AND TABLE_TYPE = 'SEQUENCE'
            ORDER BY TABLE_NAME""";

    private record KeyFacts(String type, String referencedSchema, String referencedTable, ReferentialAction onDelete,
                            ReferentialAction onUpdate) {
    }

    @Override
    public String dialectName() {
        return "mariadb";
    }

    @Override
    public IdentifierCase unquotedIdentifierCase() {
        return IdentifierCase.AS_WRITTEN;
    }

    @Override
    public ReferentialAction defaultReferentialAction() {
        return ReferentialAction.RESTRICT;
    }

    @Override
    protected String databaseName() {
        return "MariaDB";
    }

    @Override
    protected String currentSchema(Connection connection) throws SQLException {
        return CatalogQuery.firstValue(connection, "SELECT DATABASE()");
    }

    @Override
    protected boolean schemaExists(Connection connection, String schema) throws SQLException {
        return CatalogQuery.anyRow(connection,
                "SELECT 1 FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = ?", schema);
    }

    @Override
    protected Schema readSchema(Connection connection, String schema, String reportedSchema) throws SQLException {
        InspectedTables tables = new InspectedTables(reportedSchema);
        CatalogQuery.forEachRow(connection, TABLES, row -> tables.addTable(row.getString(1), row.getString(2)), schema);
        CatalogQuery.forEachRow(connection, COLUMNS,
                row -> tables.ifHeld(row.getString(1), table -> table.add(column(row))), schema);
        readKeys(connection, schema, tables);
        CatalogQuery.forEachRow(connection, CHECKS, row -> tables.ifHeld(row.getString(1), table -> {
            if (!MariaDbJsonChecks.foldIntoColumn(table, row.getString(2), row.getString(3))) {
                table.add(new CheckConstraint(row.getString(2), row.getString(3)));
            }
        }), schema);
        readIndexes(connection, schema, tables);
        return new Schema(tables.toTables(), sequences(connection, schema, reportedSchema));
    }

    private static Column column(ResultSet row) throws SQLException {
        String serverDefault = row.getString(9);
        // A nullable column without a default reports the text NULL, which means the same as no default.
        if ("NULL".equals(serverDefault)) {
            serverDefault = null;
        }
        String extra = row.getString(10);
        boolean identity = extra != null && extra.toLowerCase(java.util.Locale.ROOT).contains("auto_increment");
        return new Column(row.getString(2),
                MariaDbColumnTypes.from(row.getString(3), row.getString(4), nullableLong(row, 5),
                        nullableInt(row, 6), nullableInt(row, 7)),
                "YES".equals(row.getString(8)), serverDefault, identity,
                InspectedTables.emptyAsNull(row.getString(11)));
    }

    private void readKeys(Connection connection, String schema, InspectedTables tables) throws SQLException {
        KeyColumns<KeyFacts> keys = new KeyColumns<>();
        CatalogQuery.forEachRow(connection, KEYS, row -> keys.add(row.getString(1), row.getString(2), new KeyFacts(
                        row.getString(3), row.getString(5), row.getString(6),
                        ReferentialRules.parse(row.getString(8), defaultReferentialAction()),
                        ReferentialRules.parse(row.getString(9), defaultReferentialAction())),
                row.getString(4), row.getString(7)), schema, schema, schema);
        for (KeyColumns.Key<KeyFacts> key : keys.keys()) {
            tables.ifHeld(key.table(), table -> table.add(constraint(key, tables, schema)));
        }
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

    private static void readIndexes(Connection connection, String schema, InspectedTables tables)
            throws SQLException {
        KeyColumns<Void> indexes = new KeyColumns<>();
        CatalogQuery.forEachRow(connection, INDEXES,
                row -> indexes.add(row.getString(1), row.getString(2), null, row.getString(3), null), schema);
        for (KeyColumns.Key<Void> index : indexes.keys()) {
            tables.ifHeld(index.table(), table -> {
                if (!isForeignKeyIndex(table, index.name(), index.columns())) {
                    table.add(new Index(index.name(), index.columns().stream().map(IndexKey::column).toList(),
                            false, null));
                }
            });
        }
    }

    /** Whether MariaDB created this index for a foreign key, named after the constraint or its first column. */
    private static boolean isForeignKeyIndex(TableParts table, String indexName, List<String> columns) {
        return table.constraints().stream()
                .filter(ForeignKey.class::isInstance)
                .map(ForeignKey.class::cast)
                .anyMatch(fk -> fk.columns().equals(columns)
                        && (indexName.equals(fk.name()) || indexName.equals(fk.columns().get(0))));
    }

    /** Sequence settings live in each sequence's own one-row table: one UNION query reads them all. */
    private static List<Sequence> sequences(Connection connection, String schema, String reportedSchema)
            throws SQLException {
        List<String> names = new ArrayList<>();
        CatalogQuery.forEachRow(connection, SEQUENCE_NAMES, row -> names.add(row.getString(1)), schema);
        if (names.isEmpty()) {
            return List.of();
        }
        String settings = names.stream()
                .map(name -> "SELECT ? AS name, start_value, increment FROM " + backtick(schema) + "." + backtick(name))
                .collect(Collectors.joining(" UNION ALL "));
        List<Sequence> sequences = new ArrayList<>();
        CatalogQuery.forEachRow(connection, settings, row -> sequences.add(new Sequence(
                        new QualifiedName(reportedSchema, row.getString(1)), row.getLong(2), row.getLong(3))),
                names.toArray(String[]::new));
        return sequences;
    }

    private static String backtick(String identifier) {
        return '`' + identifier.replace("`", "``") + '`';
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
