package dev.migrator.inspect;

import static dev.migrator.schema.Types.bigint;
import static dev.migrator.schema.Types.binary;
import static dev.migrator.schema.Types.blob;
import static dev.migrator.schema.Types.bool;
import static dev.migrator.schema.Types.date;
import static dev.migrator.schema.Types.doublePrecision;
import static dev.migrator.schema.Types.enumOf;
import static dev.migrator.schema.Types.integer;
import static dev.migrator.schema.Types.json;
import static dev.migrator.schema.Types.numeric;
import static dev.migrator.schema.Types.raw;
import static dev.migrator.schema.Types.real;
import static dev.migrator.schema.Types.smallint;
import static dev.migrator.schema.Types.string;
import static dev.migrator.schema.Types.text;
import static dev.migrator.schema.Types.time;
import static dev.migrator.schema.Types.timestamp;
import static dev.migrator.schema.Types.timestampWithTimeZone;
import static dev.migrator.schema.Types.uuid;
import static org.assertj.core.api.Assertions.assertThat;

import dev.migrator.operations.CreateSequence;
import dev.migrator.operations.CreateTable;
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
import dev.migrator.schema.Table;
import dev.migrator.schema.UniqueConstraint;
import dev.migrator.testsupport.AllDatabasesTest;
import dev.migrator.testsupport.DatabaseKind;
import dev.migrator.testsupport.TestDatabase;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * A schema built through Operations reads back as built, on every database: the built model with names as the
 * database stores them, and only the differences listed in {@link #expectedAsRead}, each a documented
 * normalisation or database spelling.
 */
class SchemaInspectorOnEveryDatabaseTest {

    @AllDatabasesTest
    void richSchemaReadsBackAsBuilt(TestDatabase db) throws SQLException {
        try (LiveSchema live = new LiveSchema(db)) {
            List<Table> built = richSchema(db.kind(), live.dialect.quote("Qty") + " > 0");
            built.forEach(table -> live.op.apply(new CreateTable(table)));
            Sequence invoiceNumbers = new Sequence(QualifiedName.of("invoice_no"), 1000, 10);
            live.op.apply(new CreateSequence(invoiceNumbers));

            Schema read = live.inspect();

            ExpectedSchema expected = expectedAsRead(live, built);
            expected.sequence(invoiceNumbers);
            assertThat(read.tables()).extracting(t -> t.name().name())
                    .containsExactlyInAnyOrderElementsOf(expected.tableNames());
            for (Table table : read.tables()) {
                assertSameTable(table, expected.table(table.name().name()));
            }
            assertThat(read.sequences()).containsExactlyElementsOf(expected.sequences());
        }
    }

    /** Every portable type, identity, defaults, comments, keys of every kind, indexes and an awkward name. */
    private static List<Table> richSchema(DatabaseKind kind, String positiveQuantity) {
        Table author = new Table(QualifiedName.of("author"),
                List.of(new Column("id", bigint(), false, null, true, "Surrogate key"),
                        new Column("name", string(100), false, null, false, null),
                        Column.of("email", string(200))),
                List.of(new PrimaryKey("pk_author", List.of("id")),
                        new UniqueConstraint("uq_author_email", List.of("email"))),
                kind == DatabaseKind.POSTGRESQL
                        ? List.of(Index.on("ix_author_name", "name"), new Index("ix_author_lower_name",
                                List.of(IndexKey.expression("lower(name)")), false, null))
                        : List.of(Index.on("ix_author_name", "name")),
                "People who write");
        Table edition = new Table(QualifiedName.of("edition"),
                List.of(new Column("book_code", string(20), false, null, false, null),
                        new Column("edition_no", integer(), false, null, false, null),
                        Column.of("title", text())),
                List.of(new PrimaryKey("pk_edition", List.of("book_code", "edition_no"))), List.of(), null);
        List<Index> printingIndexes = new ArrayList<>(List.of(
                new Index("ix_printing_run", List.of(IndexKey.column("run_date"), IndexKey.column("copies")), false,
                        null),
                new Index("ux_printing_isbn", List.of(IndexKey.column("isbn")), true, null)));
        if (kind == DatabaseKind.POSTGRESQL) {
            printingIndexes.add(new Index("ix_printing_big_runs", List.of(IndexKey.column("copies")), false,
                    "copies > 1000"));
        }
        Table printing = new Table(QualifiedName.of("printing"),
                List.of(new Column("id", integer(), false, null, true, null),
                        Column.of("book_code", string(20)), Column.of("edition_no", integer()),
                        Column.of("author_id", bigint()),
                        new Column("copies", integer(), false, "0", false, "How many were printed"),
                        Column.of("run_date", date()), Column.of("isbn", string(13))),
                List.of(new PrimaryKey("pk_printing", List.of("id")),
                        new ForeignKey("fk_printing_edition", List.of("book_code", "edition_no"),
                                QualifiedName.of("edition"), List.of("book_code", "edition_no"),
                                ReferentialAction.CASCADE, ReferentialAction.SET_NULL),
                        new ForeignKey("fk_printing_author", List.of("author_id"), QualifiedName.of("author"),
                                List.of("id"), null, null),
                        new CheckConstraint("ck_printing_copies", "copies >= 0")),
                printingIndexes, null);
        List<Column> sampleColumns = new ArrayList<>(List.of(
                Column.of("small_n", smallint()),
                new Column("int_n", integer(), false, "0", false, null),
                Column.of("big_n", bigint()),
                Column.of("name", string(20)).withServerDefault("'draft'"),
                Column.of("body", text()),
                Column.of("flag", bool()).withServerDefault("TRUE"),
                Column.of("price", numeric(10, 2)),
                Column.of("ratio", real()),
                Column.of("precise", doublePrecision()),
                Column.of("day", date()),
                Column.of("at", time()),
                Column.of("happened", timestamp()).withServerDefault("CURRENT_TIMESTAMP"),
                Column.of("uid", uuid()),
                Column.of("hash", binary(16)),
                Column.of("data", blob()),
                Column.of("doc", json()),
                Column.of("mood", enumOf("happy", "it's sad")),
                Column.of("code", raw("CHAR(3)"))));
        if (kind != DatabaseKind.MARIADB) {
            sampleColumns.add(Column.of("zoned", timestampWithTimeZone()));
        }
        Table sample = new Table(QualifiedName.of("sample"), sampleColumns, List.of(), List.of(), null);
        Table awkward = new Table(QualifiedName.of("Order Line"),
                List.of(new Column("LineId", bigint(), false, null, true, null), Column.of("Qty", integer())),
                List.of(new PrimaryKey(null, List.of("LineId")), new CheckConstraint(null, positiveQuantity)),
                List.of(Index.on("Ix Qty", "Qty")), "Mixed case");
        return List.of(author, edition, printing, sample, awkward);
    }

    /** The built schema as each database reports it: the differences are the databases' own spellings. */
    private static ExpectedSchema expectedAsRead(LiveSchema live, List<Table> built) {
        ExpectedSchema expected = new ExpectedSchema(live.dialect);
        built.forEach(expected::table);
        switch (live.db.kind()) {
            case H2 -> expected
                    .column("sample", "code", c -> c.withType(raw("CHARACTER(3)")))
                    // Conditions as H2 renders them: bare names upper-cased and quoted.
                    .constraints("printing", checkCondition("CK_PRINTING_COPIES", "\"COPIES\" >= 0"));
            case POSTGRESQL -> expected
                    .column("sample", "name", c -> c.withServerDefault("'draft'::character varying"))
                    .column("sample", "flag", c -> c.withServerDefault("true"))
                    // Every binary type is BYTEA here, without a length.
                    .column("sample", "hash", c -> c.withType(blob()))
                    .column("sample", "code", c -> c.withType(raw("character(3)")))
                    .indexes("author", indexes -> replaceIndex(indexes, new Index("ix_author_lower_name",
                            List.of(IndexKey.expression("lower(name::text)")), false, null)));
            case MARIADB -> expected
                    .column("sample", "name", c -> c.withServerDefault("'draft'"))
                    .column("sample", "flag", c -> c.withServerDefault("1"))
                    .column("sample", "happened", c -> c.withServerDefault("current_timestamp(6)"))
                    .column("sample", "code", c -> c.withType(raw("char(3)")))
                    .constraints("author", primaryKeyNamedPrimary())
                    .constraints("edition", primaryKeyNamedPrimary())
                    .constraints("printing", primaryKeyNamedPrimary())
                    .constraints("printing", checkCondition("ck_printing_copies", "`copies` >= 0"))
                    // A unique index is a unique constraint here.
                    .constraints("printing", constraints -> append(constraints,
                            new UniqueConstraint("ux_printing_isbn", List.of("isbn"))))
                    .indexes("printing", indexes -> without(indexes, "ux_printing_isbn"));
        }
        return expected;
    }

    private static void assertSameTable(Table read, Table expected) {
        String table = read.name().name();
        assertThat(read.name()).as("name of %s", table).isEqualTo(expected.name());
        assertThat(read.columns()).as("columns of %s", table).hasSameSizeAs(expected.columns());
        for (int i = 0; i < expected.columns().size(); i++) {
            assertThat(read.columns().get(i)).as("column %s.%s", table, expected.columns().get(i).name())
                    .isEqualTo(expected.columns().get(i));
        }
        assertThat(withGeneratedNamesAsExpected(read.constraints(), expected.constraints()))
                .as("constraints of %s", table).containsExactlyInAnyOrderElementsOf(expected.constraints());
        assertThat(read.indexes()).as("indexes of %s", table)
                .containsExactlyInAnyOrderElementsOf(expected.indexes());
        assertThat(read.comment()).as("comment of %s", table).isEqualTo(expected.comment());
    }

    /**
     * The read constraints with the names the database made up for constraints built without one blanked out,
     * after checking that there is a name.
     */
    private static List<Constraint> withGeneratedNamesAsExpected(List<Constraint> read, List<Constraint> expected) {
        List<Constraint> result = new ArrayList<>();
        for (Constraint constraint : read) {
            assertThat(constraint.name()).as("name of %s", constraint).isNotNull();
            boolean builtUnnamed = expected.stream().anyMatch(e -> e.name() == null && sameExceptName(e, constraint));
            result.add(builtUnnamed ? unnamed(constraint) : constraint);
        }
        return result;
    }

    private static boolean sameExceptName(Constraint a, Constraint b) {
        return unnamed(a).equals(unnamed(b));
    }

    private static Constraint unnamed(Constraint constraint) {
        if (constraint instanceof PrimaryKey pk) {
            return new PrimaryKey(null, pk.columns());
        } else if (constraint instanceof UniqueConstraint unique) {
            return new UniqueConstraint(null, unique.columns());
        } else if (constraint instanceof ForeignKey fk) {
            return new ForeignKey(null, fk.columns(), fk.referencedTable(), fk.referencedColumns(), fk.onDelete(),
                    fk.onUpdate());
        }
        return new CheckConstraint(null, ((CheckConstraint) constraint).condition());
    }

    private static java.util.function.UnaryOperator<List<Constraint>> checkCondition(String name, String condition) {
        return constraints -> {
            constraints.removeIf(c -> c instanceof CheckConstraint && java.util.Objects.equals(c.name(), name));
            constraints.add(new CheckConstraint(name, condition));
            return constraints;
        };
    }

    private static java.util.function.UnaryOperator<List<Constraint>> primaryKeyNamedPrimary() {
        return constraints -> {
            constraints.replaceAll(c -> c instanceof PrimaryKey pk ? new PrimaryKey("PRIMARY", pk.columns()) : c);
            return constraints;
        };
    }

    private static List<Constraint> append(List<Constraint> constraints, Constraint constraint) {
        constraints.add(constraint);
        return constraints;
    }

    private static List<Index> replaceIndex(List<Index> indexes, Index index) {
        indexes.replaceAll(i -> i.name().equals(index.name()) ? index : i);
        return indexes;
    }

    private static List<Index> without(List<Index> indexes, String name) {
        indexes.removeIf(i -> i.name().equals(name));
        return indexes;
    }

}
