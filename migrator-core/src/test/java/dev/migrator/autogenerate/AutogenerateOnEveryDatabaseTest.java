package dev.migrator.autogenerate;

import dev.migrator.operations.MigrationOperation;
import dev.migrator.schema.CheckConstraint;
import dev.migrator.schema.Column;
import dev.migrator.schema.ForeignKey;
import dev.migrator.schema.Index;
import dev.migrator.schema.PrimaryKey;
import dev.migrator.schema.QualifiedName;
import dev.migrator.schema.ReferentialAction;
import dev.migrator.schema.Schema;
import dev.migrator.schema.Sequence;
import dev.migrator.schema.Table;
import dev.migrator.schema.UniqueConstraint;
import dev.migrator.testsupport.AllDatabasesTest;
import dev.migrator.testsupport.TestDatabase;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import static dev.migrator.schema.Types.bigint;
import static dev.migrator.schema.Types.blob;
import static dev.migrator.schema.Types.bool;
import static dev.migrator.schema.Types.integer;
import static dev.migrator.schema.Types.date;
import static dev.migrator.schema.Types.enumOf;
import static dev.migrator.schema.Types.json;
import static dev.migrator.schema.Types.numeric;
import static dev.migrator.schema.Types.smallint;
import static dev.migrator.schema.Types.string;
import static dev.migrator.schema.Types.text;
import static dev.migrator.schema.Types.timestamp;
import static dev.migrator.schema.Types.uuid;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Autogenerate closes the gap on every database: compare, apply the operations, and comparing again finds
 * nothing; applying the operations' reverses restores the schema before, exactly.
 */
class AutogenerateOnEveryDatabaseTest {

    private static final CompareOptions OPTIONS = CompareOptions.defaults().compareServerDefaults(true);

    @AllDatabasesTest
    void operationsBringTheDatabaseToTheExpectedSchemaStepByStepAndTheirReversesBack(TestDatabase db)
            throws SQLException {
        try (ComparedDatabase live = new ComparedDatabase(db, OPTIONS)) {
            Schema empty = Schema.empty();
            Schema rich = richSchema();
            closesTheGap(live, empty, rich);

            Schema columnAddedAndDropped = change(rich, "book",
                    t -> withColumns(t, append(t.columns(), Column.of("subtitle", string(100)))));
            columnAddedAndDropped = change(columnAddedAndDropped, "author",
                    t -> withColumns(t, t.columns().stream().filter(c -> !c.name().equals("bio")).toList()));
            closesTheGap(live, rich, columnAddedAndDropped);

            Schema longer = change(columnAddedAndDropped, "book", t -> withColumns(t, t.columns().stream()
                    .map(c -> c.name().equals("title") ? c.withType(string(300)) : c).toList()));
            closesTheGap(live, columnAddedAndDropped, longer);

            Schema indexed = change(longer, "book", t -> new Table(t.name(), t.columns(), t.constraints(),
                    append(t.indexes(), Index.on("ix_book_title_price", "title", "price")), t.comment()));
            closesTheGap(live, longer, indexed);

            List<Table> tables = new ArrayList<>(indexed.tables().stream()
                    .filter(t -> !t.name().name().equals("tag")).toList());
            tables.add(new Table(QualifiedName.of("review"),
                    List.of(new Column("id", bigint(), false, null, true, null),
                            new Column("book_id", bigint(), false, null, false, null),
                            new Column("stars", smallint(), false, "3", false, "One to five")),
                    List.of(new PrimaryKey("pk_review", List.of("id")),
                            new ForeignKey("fk_review_book", List.of("book_id"), QualifiedName.of("book"),
                                    List.of("id"), ReferentialAction.CASCADE, null)),
                    List.of(), null));
            Schema tableAddedAndDropped = new Schema(tables, indexed.sequences());
            closesTheGap(live, indexed, tableAddedAndDropped);

            Schema foreignKeyAdded = change(tableAddedAndDropped, "book", t -> new Table(t.name(),
                    append(t.columns(), Column.of("editor_id", bigint())),
                    append(t.constraints(), new ForeignKey("fk_book_editor", List.of("editor_id"),
                            QualifiedName.of("author"), List.of("id"), ReferentialAction.SET_NULL, null)),
                    t.indexes(), t.comment()));
            closesTheGap(live, tableAddedAndDropped, foreignKeyAdded);

            Schema notNull = change(foreignKeyAdded, "book", t -> withColumns(t, t.columns().stream()
                    .map(c -> c.name().equals("isbn") ? c.withNullable(false) : c).toList()));
            closesTheGap(live, foreignKeyAdded, notNull);

            Schema sequenceCountsByMore = new Schema(notNull.tables(),
                    List.of(new Sequence(QualifiedName.of("invoice_no"), 1000, 50)));
            closesTheGap(live, notNull, sequenceCountsByMore);

            Schema everythingDropped = Schema.empty();
            closesTheGap(live, sequenceCountsByMore, everythingDropped);
        }
    }

    @AllDatabasesTest
    void typesChangeBetweenKindsOfValuesBothWays(TestDatabase db) throws SQLException {
        try (ComparedDatabase live = new ComparedDatabase(db, OPTIONS)) {
            Table before = new Table(QualifiedName.of("item"),
                    List.of(new Column("id", bigint(), false, null, false, null), Column.of("code", string(10)),
                            Column.of("active", bool())),
                    List.of(new PrimaryKey("pk_item", List.of("id"))), List.of(), null);
            Table after = withColumns(before, List.of(before.columns().get(0), Column.of("code", integer()),
                    Column.of("active", smallint())));
            Schema textAndBoolean = new Schema(List.of(before), List.of());
            closesTheGap(live, Schema.empty(), textAndBoolean);

            closesTheGap(live, textAndBoolean, new Schema(List.of(after), List.of()));
        }
    }

    /**
     * From {@code before} (which the database has) to {@code after}: the operations close the gap, their
     * reverses restore {@code before} exactly, and applying them again gets back to {@code after}.
     */
    private static void closesTheGap(ComparedDatabase live, Schema before, Schema after) {
        assertThat(live.compare(before).operations()).as("the database starts at the schema before").isEmpty();
        List<MigrationOperation> operations = live.compare(after).operations();
        assertThat(operations).as("differences to the new schema").isNotEmpty();

        live.apply(operations);
        assertThat(describe(live.compare(after))).as("left over after applying %s", describe(operations)).isEmpty();

        live.applyReversed(operations);
        assertThat(describe(live.compare(before))).as("left over after reversing %s", describe(operations)).isEmpty();

        live.apply(operations);
        assertThat(describe(live.compare(after))).as("left over after applying again").isEmpty();
    }

    /** Types, identity, defaults, comments, keys both ways between two tables, uniques, checks, indexes, a sequence. */
    static Schema richSchema() {
        Table author = new Table(QualifiedName.of("author"),
                List.of(new Column("id", bigint(), false, null, true, "Surrogate key"),
                        new Column("name", string(100), false, null, false, null),
                        Column.of("email", string(200)),
                        Column.of("bio", text()).withComment("In their own words"),
                        new Column("joined", timestamp(), false, "CURRENT_TIMESTAMP", false, null),
                        Column.of("favourite_book_id", bigint())),
                List.of(new PrimaryKey("pk_author", List.of("id")),
                        new UniqueConstraint("uq_author_email", List.of("email")),
                        new ForeignKey("fk_author_favourite_book", List.of("favourite_book_id"),
                                QualifiedName.of("book"), List.of("id"), ReferentialAction.SET_NULL, null)),
                List.of(Index.on("ix_author_name", "name")),
                "People who write");
        Table book = new Table(QualifiedName.of("book"),
                List.of(new Column("id", bigint(), false, null, true, null),
                        new Column("title", string(200), false, null, false, null),
                        Column.of("price", numeric(10, 2)).withServerDefault("0"),
                        new Column("status", string(20), false, "'draft'", false, "Where the book stands"),
                        Column.of("in_print", bool()).withServerDefault("TRUE"),
                        Column.of("isbn", string(13)),
                        Column.of("author_id", bigint()),
                        Column.of("published", date()),
                        Column.of("uid", uuid()),
                        Column.of("cover", blob()),
                        Column.of("extra", json()),
                        Column.of("mood", enumOf("happy", "sad"))),
                List.of(new PrimaryKey("pk_book", List.of("id")),
                        new ForeignKey("fk_book_author", List.of("author_id"), QualifiedName.of("author"),
                                List.of("id"), ReferentialAction.CASCADE, null),
                        new CheckConstraint("ck_book_price", "price >= 0")),
                List.of(new Index("ux_book_isbn", List.of(dev.migrator.schema.IndexKey.column("isbn")), true, null)),
                null);
        Table tag = new Table(QualifiedName.of("tag"),
                List.of(new Column("code", string(10), false, null, false, null), Column.of("label", string(50))),
                List.of(new PrimaryKey(null, List.of("code"))), List.of(), "Labels");
        return new Schema(List.of(author, book, tag), List.of(new Sequence(QualifiedName.of("invoice_no"), 1000, 10)));
    }

    private static String describe(SchemaDiff diff) {
        return describe(diff.operations());
    }

    private static String describe(List<MigrationOperation> operations) {
        return String.join("; ", operations.stream().map(op -> op.describe() + " " + op).toList());
    }

    private static Schema change(Schema schema, String table, UnaryOperator<Table> change) {
        return new Schema(schema.tables().stream().map(t -> t.name().name().equals(table) ? change.apply(t) : t)
                .toList(), schema.sequences());
    }

    private static Table withColumns(Table table, List<Column> columns) {
        return new Table(table.name(), columns, table.constraints(), table.indexes(), table.comment());
    }

    private static <T> List<T> append(List<T> list, T more) {
        List<T> all = new ArrayList<>(list);
        all.add(more);
        return all;
    }
}
