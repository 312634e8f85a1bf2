package dev.migrator.inspect;

import dev.migrator.schema.CheckConstraint;
import dev.migrator.schema.Column;
import dev.migrator.schema.ForeignKey;
import dev.migrator.schema.Index;
import dev.migrator.schema.IndexKey;
import dev.migrator.schema.PrimaryKey;
import dev.migrator.schema.ReferentialAction;
import dev.migrator.schema.Schema;
import dev.migrator.schema.Sequence;
import dev.migrator.schema.QualifiedName;
import dev.migrator.schema.UniqueConstraint;
import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads PostgreSQL's {@code pg_catalog}: five queries per schema, whose cost grows with the number of objects
 * but not with per-object catalog function calls.
 *
 * <ul>
 *   <li>Identity columns ({@code GENERATED ... AS IDENTITY}) and {@code serial} columns are identity columns; the
 *       {@code nextval(...)} default of a serial column belongs to its identity and is not reported as a default,
 *       and the sequences behind both are not reported as sequences.</li>
 *   <li>An enum column as {@link dev.migrator.dialect.PostgresDialect} creates it, a {@code varchar} with the
 *       unnamed column check {@code IN (...)}, reads back as the enum without the check.</li>
 *   <li>Indexes that implement a primary key, unique or exclusion constraint are not reported as indexes.</li>
 *   <li>Check conditions, index expressions and partial-index conditions are PostgreSQL's own rendering
 *       ({@code pg_get_expr}), which may differ from what the migration wrote: {@code (price >= (0)::numeric)}.</li>
 * </ul>
 */
public class PostgresInspector extends SchemaInspector {

    // Comments come from one join with pg_description, not obj_description/col_description per row: those look
    // the comment up once per table or column, which made up a third of the time of these queries.
    private static final String TABLES = """
            SELECT c.relname, ds.description
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN pg_description ds ON ds.objoid = c.oid AND ds.classoid = 'pg_class'::regclass
                                       AND ds.objsubid = 0
            WHERE n.nspname = ? AND c.relkind IN ('r', 'p') AND NOT c.relispartition
            ORDER BY c.relname""";

    // owns_sequence: a serial column, whose sequence is OWNED BY it (dependency type 'a'). Looked up only for a
    // column with a default, as a serial has one; indexes depend on their columns with the same type.
    private static final String COLUMNS = """
            SELECT c.relname, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull,
                   pg_get_expr(d.adbin, d.adrelid), a.attidentity, a.attgenerated, ds.description,
                   CASE WHEN d.adbin IS NULL THEN false
                        ELSE EXISTS (SELECT 1 FROM pg_depend dep JOIN pg_class s ON s.oid = dep.objid
                                     WHERE dep.refclassid = 'pg_class'::regclass AND dep.refobjid = c.oid
                                       AND dep.refobjsubid = a.attnum AND dep.classid = 'pg_class'::regclass
                                       AND dep.deptype = 'a' AND s.relkind = 'S') END AS owns_sequence,
                   a.attnum
            FROM pg_attribute a
            JOIN pg_class c ON c.oid = a.attrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
            LEFT JOIN pg_description ds ON ds.objoid = a.attrelid AND ds.classoid = 'pg_class'::regclass
                                       AND ds.objsubid = a.attnum
            WHERE n.nspname = ? AND c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped
            ORDER BY a.attrelid, a.attnum""";

    // Key columns come as column numbers, named from the columns already read: looking their names up in
    // pg_attribute here, per constraint, took most of this query's time. A foreign key to a table in another
    // schema, which was not read, gets its referenced column names from the catalog.
    private static final String CONSTRAINTS = """
            SELECT c.relname, con.conname, con.contype, con.conkey::text, rn.nspname, rc.relname, con.confkey::text,
                   CASE WHEN con.contype = 'f' AND rc.relnamespace <> c.relnamespace THEN
                        ARRAY(SELECT a.attname::text FROM unnest(con.confkey) WITH ORDINALITY k(attnum, ord)
                              JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum
                              ORDER BY k.ord) END,
                   con.confdeltype, con.confupdtype,
                   CASE WHEN con.contype = 'c' THEN pg_get_expr(con.conbin, con.conrelid) END
            FROM pg_constraint con
            JOIN pg_class c ON c.oid = con.conrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN pg_class rc ON rc.oid = con.confrelid
            LEFT JOIN pg_namespace rn ON rn.oid = rc.relnamespace
            WHERE n.nspname = ? AND con.contype IN ('p', 'u', 'f', 'c')
            ORDER BY c.relname, con.conname""";

    // Key columns come as column numbers (indkey; 0 for an expression), named from the columns already read.
    // pg_get_indexdef, which is slow, is asked only for the keys of an index that has expressions.
    private static final String INDEXES = """
            SELECT t.relname, i.relname, ix.indisunique, pg_get_expr(ix.indpred, ix.indrelid), ix.indkey::text,
                   ix.indnkeyatts,
                   CASE WHEN ix.indexprs IS NOT NULL THEN
                        ARRAY(SELECT pg_get_indexdef(ix.indexrelid, k.i + 1, true)
                              FROM generate_series(0, ix.indnkeyatts - 1) k(i) ORDER BY k.i) END
            FROM pg_index ix
            JOIN pg_class i ON i.oid = ix.indexrelid
            JOIN pg_class t ON t.oid = ix.indrelid
            JOIN pg_namespace n ON n.oid = t.relnamespace
            WHERE n.nspname = ? AND t.relkind IN ('r', 'p')
              AND NOT EXISTS (SELECT 1 FROM pg_constraint con WHERE con.conindid = ix.indexrelid
                              AND con.conrelid = ix.indrelid AND con.contype IN ('p', 'u', 'x'))
            ORDER BY t.relname, i.relname""";

    // Leaves out the sequences of identity columns ('i') and those OWNED BY a column, as serial creates them ('a').
    private static final String SEQUENCES = """
            SELECT c.relname, s.seqstart, s.seqincrement
            FROM pg_sequence s
            JOIN pg_class c ON c.oid = s.seqrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = ?
              AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid
                              AND d.refobjsubid > 0 AND d.deptype IN ('a', 'i'))
            ORDER BY c.relname""";

    @Override
    public String dialectName() {
        return "postgresql";
    }

    @Override
    public IdentifierCase unquotedIdentifierCase() {
        return IdentifierCase.LOWER;
    }

    @Override
    public ReferentialAction defaultReferentialAction() {
        return ReferentialAction.NO_ACTION;
    }

    @Override
    protected String databaseName() {
        return "PostgreSQL";
    }

    @Override
    protected String currentSchema(Connection connection) throws SQLException {
        return CatalogQuery.firstValue(connection, "SELECT current_schema()");
    }

    @Override
    protected boolean schemaExists(Connection connection, String schema) throws SQLException {
        return CatalogQuery.anyRow(connection, "SELECT 1 FROM pg_namespace WHERE nspname = ?", schema);
    }

    @Override
    protected Schema readSchema(Connection connection, String schema, String reportedSchema) throws SQLException {
        // The catalog queries join many catalogs; on a large schema their cost estimate makes PostgreSQL
        // JIT-compile them, which takes far longer than running them. The session gets its setting back.
        boolean jitOff = setJit(connection, "SET jit = off");
        try {
            return readCatalogs(connection, schema, reportedSchema);
        } finally {
            if (jitOff) {
                setJit(connection, "RESET jit");
            }
        }
    }

    /** PostgreSQL before 11 has no JIT and no such setting; inspecting works the same there. */
    private static boolean setJit(Connection connection, String sql) {
        try (java.sql.Statement statement = connection.createStatement()) {
            statement.execute(sql);
            return true;
        } catch (SQLException noJit) {
            return false;
        }
    }

    private Schema readCatalogs(Connection connection, String schema, String reportedSchema) throws SQLException {
        InspectedTables tables = new InspectedTables(reportedSchema);
        CatalogQuery.forEachRow(connection, TABLES, row -> tables.addTable(row.getString(1), row.getString(2)), schema);
        CatalogQuery.forEachRow(connection, COLUMNS,
                row -> tables.ifHeld(row.getString(1), table -> table.add(column(row), row.getInt(10))), schema);
        CatalogQuery.forEachRow(connection, CONSTRAINTS,
                row -> tables.ifHeld(row.getString(1), table -> addConstraint(table, row, tables, schema)), schema);
        CatalogQuery.forEachRow(connection, INDEXES,
                row -> tables.ifHeld(row.getString(1), table -> table.add(index(table, row))), schema);
        List<Sequence> sequences = new ArrayList<>();
        CatalogQuery.forEachRow(connection, SEQUENCES, row -> sequences.add(new Sequence(
                new QualifiedName(reportedSchema, row.getString(1)), row.getLong(2), row.getLong(3))), schema);
        return new Schema(tables.toTables(), sequences);
    }

    private static Column column(ResultSet row) throws SQLException {
        String serverDefault = row.getString(5);
        String identityKind = row.getString(6);
        String generated = row.getString(7);
        boolean serial = row.getBoolean(9) && serverDefault != null && serverDefault.startsWith("nextval(");
        boolean identity = serial || "a".equals(identityKind) || "d".equals(identityKind);
        // A serial's nextval(...) belongs to its identity; a generated column's expression is not a default.
        if (serial || "s".equals(generated)) {
            serverDefault = null;
        }
        return new Column(row.getString(2), PostgresColumnTypes.fromFormatType(row.getString(3)), !row.getBoolean(4),
                serverDefault, identity, InspectedTables.emptyAsNull(row.getString(8)));
    }

    private static void addConstraint(TableParts table, ResultSet row, InspectedTables tables, String schema)
            throws SQLException {
        String name = row.getString(2);
        List<String> columns = table.columnsNumbered(ColumnNumbers.parse(row.getString(4)));
        switch (row.getString(3)) {
            case "p" -> table.add(new PrimaryKey(name, columns));
            case "u" -> table.add(new UniqueConstraint(name, columns));
            case "f" -> {
                String referencedTable = row.getString(6);
                Array otherSchemaColumns = row.getArray(8);
                List<String> referencedColumns = otherSchemaColumns != null ? strings(otherSchemaColumns)
                        : tables.columnNames(referencedTable, ColumnNumbers.parse(row.getString(7)));
                table.add(new ForeignKey(name, columns, tables.reference(row.getString(5), schema, referencedTable),
                        referencedColumns, referentialAction(row.getString(9)), referentialAction(row.getString(10))));
            }
            case "c" -> {
                String condition = SqlText.withoutEnclosingParentheses(row.getString(11));
                CheckConstraint check = new CheckConstraint(name, condition);
                if (!PostgresEnumChecks.foldIntoColumn(table, check, columns)) {
                    table.add(check);
                }
            }
            default -> throw new IllegalStateException("unexpected constraint type " + row.getString(3));
        }
    }

    private static Index index(TableParts table, ResultSet row) throws SQLException {
        int[] numbers = ColumnNumbers.parse(row.getString(5));
        int keyCount = Math.min(row.getInt(6), numbers.length);
        Array expressionArray = row.getArray(7);
        List<String> expressions = expressionArray == null ? List.of() : strings(expressionArray);
        List<IndexKey> keys = new ArrayList<>(keyCount);
        for (int i = 0; i < keyCount; i++) {
            keys.add(numbers[i] != 0
                    ? IndexKey.column(table.columnNumbered(numbers[i])) : IndexKey.expression(expressions.get(i)));
        }
        String where = row.getString(4);
        return new Index(row.getString(2), keys, row.getBoolean(3),
                where == null ? null : SqlText.withoutEnclosingParentheses(where));
    }

    /** PostgreSQL's one-letter action codes; NO ACTION, the default, reads as null. */
    private static ReferentialAction referentialAction(String code) {
        return switch (code == null ? " " : code) {
            case "c" -> ReferentialAction.CASCADE;
            case "n" -> ReferentialAction.SET_NULL;
            case "d" -> ReferentialAction.SET_DEFAULT;
            case "r" -> ReferentialAction.RESTRICT;
            default -> null;
        };
    }

    private static List<String> strings(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        try {
            return Arrays.asList((String[]) array.getArray());
        } finally {
            array.free();
        }
    }
}
