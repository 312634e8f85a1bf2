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
 * Reads PostgreSQL's {@code pg_catalog}: five queries per schema.
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

    private static final String TABLES = """
            SELECT c.relname, obj_description(c.oid, 'pg_class')
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = ? AND c.relkind IN ('r', 'p') AND NOT c.relispartition
            ORDER BY c.relname""";

    // owns_sequence: a serial column, whose sequence is OWNED BY it (dependency type 'a'). Joined as one set rather
    // than looked up per column: the per-column subquery's estimated cost made PostgreSQL JIT-compile the query,
    // which took 0.6 s of the 1 s this query needed on 1,000 tables.
    private static final String COLUMNS = """
            SELECT c.relname, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull,
                   pg_get_expr(d.adbin, d.adrelid), a.attidentity, a.attgenerated, col_description(c.oid, a.attnum),
                   owned.refobjid IS NOT NULL AS owns_sequence
            FROM pg_attribute a
            JOIN pg_class c ON c.oid = a.attrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
            LEFT JOIN (SELECT DISTINCT dep.refobjid, dep.refobjsubid
                       FROM pg_depend dep JOIN pg_class s ON s.oid = dep.objid AND s.relkind = 'S'
                       WHERE dep.classid = 'pg_class'::regclass AND dep.refclassid = 'pg_class'::regclass
                         AND dep.deptype = 'a') owned ON owned.refobjid = c.oid AND owned.refobjsubid = a.attnum
            WHERE n.nspname = ? AND c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped
            ORDER BY c.relname, a.attnum""";

    private static final String CONSTRAINTS = """
            SELECT c.relname, con.conname, con.contype,
                   ARRAY(SELECT a.attname::text FROM unnest(con.conkey) WITH ORDINALITY k(attnum, ord)
                         JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum ORDER BY k.ord),
                   rn.nspname, rc.relname,
                   ARRAY(SELECT a.attname::text FROM unnest(con.confkey) WITH ORDINALITY k(attnum, ord)
                         JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum ORDER BY k.ord),
                   con.confdeltype, con.confupdtype, pg_get_expr(con.conbin, con.conrelid)
            FROM pg_constraint con
            JOIN pg_class c ON c.oid = con.conrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN pg_class rc ON rc.oid = con.confrelid
            LEFT JOIN pg_namespace rn ON rn.oid = rc.relnamespace
            WHERE n.nspname = ? AND con.contype IN ('p', 'u', 'f', 'c')
            ORDER BY c.relname, con.conname""";

    // Key columns are null where the key is an expression; pg_get_indexdef then gives the expression.
    private static final String INDEXES = """
            SELECT t.relname, i.relname, ix.indisunique, pg_get_expr(ix.indpred, ix.indrelid),
                   ARRAY(SELECT a.attname::text FROM generate_series(0, ix.indnkeyatts - 1) k(i)
                         LEFT JOIN pg_attribute a ON a.attrelid = ix.indrelid AND a.attnum = ix.indkey[k.i]
                         ORDER BY k.i),
                   ARRAY(SELECT pg_get_indexdef(ix.indexrelid, k.i + 1, true)
                         FROM generate_series(0, ix.indnkeyatts - 1) k(i) ORDER BY k.i)
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
                row -> tables.ifHeld(row.getString(1), table -> table.add(column(row))), schema);
        CatalogQuery.forEachRow(connection, CONSTRAINTS,
                row -> tables.ifHeld(row.getString(1), table -> addConstraint(table, row, tables, schema)), schema);
        CatalogQuery.forEachRow(connection, INDEXES,
                row -> tables.ifHeld(row.getString(1), table -> table.add(index(row))), schema);
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
        List<String> columns = strings(row.getArray(4));
        switch (row.getString(3)) {
            case "p" -> table.add(new PrimaryKey(name, columns));
            case "u" -> table.add(new UniqueConstraint(name, columns));
            case "f" -> table.add(new ForeignKey(name, columns,
                    tables.reference(row.getString(5), schema, row.getString(6)), strings(row.getArray(7)),
                    referentialAction(row.getString(8)), referentialAction(row.getString(9))));
            case "c" -> {
                String condition = SqlText.withoutEnclosingParentheses(row.getString(10));
                CheckConstraint check = new CheckConstraint(name, condition);
                if (!PostgresEnumChecks.foldIntoColumn(table, check, columns)) {
                    table.add(check);
                }
            }
            default -> throw new IllegalStateException("unexpected constraint type " + row.getString(3));
        }
    }

    private static Index index(ResultSet row) throws SQLException {
        List<String> columns = strings(row.getArray(5));
        List<String> definitions = strings(row.getArray(6));
        List<IndexKey> keys = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            keys.add(columns.get(i) != null
                    ? IndexKey.column(columns.get(i)) : IndexKey.expression(definitions.get(i)));
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
            // Arrays.asList, not List.of: expression keys are null.
            return Arrays.asList((String[]) array.getArray());
        } finally {
            array.free();
        }
    }
}
