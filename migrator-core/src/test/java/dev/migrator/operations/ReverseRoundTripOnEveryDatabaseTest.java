package dev.migrator.operations;

import static dev.migrator.operations.TableElements.column;
import static dev.migrator.schema.Types.bigint;
import static dev.migrator.schema.Types.integer;
import static dev.migrator.schema.Types.string;
import static org.assertj.core.api.Assertions.assertThat;

import dev.migrator.schema.CheckConstraint;
import dev.migrator.schema.Column;
import dev.migrator.schema.ForeignKey;
import dev.migrator.schema.Index;
import dev.migrator.schema.PrimaryKey;
import dev.migrator.schema.QualifiedName;
import dev.migrator.schema.ReferentialAction;
import dev.migrator.schema.Sequence;
import dev.migrator.schema.Table;
import dev.migrator.schema.Types;
import dev.migrator.schema.UniqueConstraint;
import dev.migrator.testsupport.AllDatabasesTest;
import dev.migrator.testsupport.TestDatabase;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Applying an operation and then its reverse leaves the schema as it was, on every database. */
class ReverseRoundTripOnEveryDatabaseTest {

    private static final QualifiedName AUTHOR = QualifiedName.of("author");
    private static final QualifiedName BOOK = QualifiedName.of("book");
    private static final List<String> TABLES = List.of("author", "book", "publisher", "novel", "plain");

    private static final Table PUBLISHER = new Table(QualifiedName.of("publisher"),
            List.of(new Column("id", Types.bigint(), false, null, true, null),
                    new Column("name", Types.string(100), false, null, false, "Trading name"),
                    new Column("country", Types.string(2), true, "'GB'", false, null),
                    new Column("author_id", Types.bigint(), true, null, false, null)),
            List.of(new PrimaryKey(null, List.of("id")),
                    new UniqueConstraint("uq_publisher_name", List.of("name")),
                    new CheckConstraint("ck_publisher_country", "char_length(country) = 2"),
                    new ForeignKey("fk_publisher_author", List.of("author_id"), AUTHOR, List.of("id"),
                            ReferentialAction.SET_NULL, null)),
            List.of(Index.on("ix_publisher_country", "country")),
            "Publishing houses");

    /** Operations on the base schema of {@link #createBaseSchema}, each to be applied and reversed. */
    private static List<MigrationOperation> operations() {
        List<MigrationOperation> ops = new ArrayList<>();
        ops.add(new CreateTable(PUBLISHER));
        ops.add(new DropTable(QualifiedName.of("plain"), new Table(QualifiedName.of("plain"),
                List.of(new Column("id", Types.integer(), false, null, false, null)), List.of(), List.of(), null)));
        ops.add(new AddColumn(BOOK, new Column("pages", Types.integer(), false, "0", false, "Page count")));
        ops.add(new DropColumn(BOOK, "isbn", Column.of("isbn", Types.string(13))));
        ops.add(new RenameTable(BOOK, "novel"));
        ops.add(new SetTableComment(BOOK, "Books we own", "Books"));
        ops.add(new SetTableComment(AUTHOR, "People who write", null));
        ops.add(new AlterColumn(BOOK, "title", null, Types.string(300), null, null, null,
                Types.string(200), false, null, "Cover title", null));
        ops.add(new AlterColumn(BOOK, "isbn", "isbn13", null, null, null, null, Types.string(13), true, null, null, null));
        ops.add(new AlterColumn(BOOK, "isbn", null, null, false, null, null, Types.string(13), true, null, null,
                null));
        ops.add(new AlterColumn(BOOK, "status", null, null, null, Change.to("'new'"), null,
                Types.string(10), false, "'draft'", null, null));
        ops.add(new AlterColumn(BOOK, "title", null, null, null, null, Change.to("Full title"),
                Types.string(200), false, null, "Cover title", null));
        ops.add(new CreateIndex(BOOK, new Index("ix_book_title_status", List.of(
                dev.migrator.schema.IndexKey.column("title"), dev.migrator.schema.IndexKey.column("status")),
                true, null)));
        ops.add(new AddConstraint(BOOK, new UniqueConstraint("uq_book_isbn", List.of("isbn"))));
        ops.add(new AddConstraint(BOOK, new CheckConstraint("ck_book_status", "status <> ''")));
        // editor_id has an index of its own: MariaDB would otherwise create one for the key and keep it after the drop.
        ops.add(new AddConstraint(BOOK, new ForeignKey("fk_book_editor", List.of("editor_id"), AUTHOR,
                List.of("id"), ReferentialAction.CASCADE, ReferentialAction.CASCADE)));
        ops.add(new AddConstraint(QualifiedName.of("plain"), new PrimaryKey("pk_plain", List.of("id"))));
        ops.add(new CreateSequence(new Sequence(QualifiedName.of("counter"), 5, 5)));
        return ops;
    }

    private static void createBaseSchema(Operations op) {
        op.createTable("author", column("id", bigint()).identity().primaryKey(), column("name", string(100)));
        op.createTable("book",
                column("id", bigint()).identity().primaryKey(),
                column("title", string(200)).notNull().comment("Cover title"),
                column("status", string(10)).notNull().serverDefault("'draft'"),
                column("isbn", string(13)),
                column("author_id", bigint()).references("author", "id").foreignKeyName("fk_book_author"),
                column("editor_id", bigint()),
                TableElements.index("ix_book_editor", "editor_id"),
                TableElements.tableComment("Books"));
        op.createTable("plain", column("id", integer()).notNull());
    }

    @AllDatabasesTest
    void everyReversibleOperationUndoesItself(TestDatabase db) throws SQLException {
        try (LiveDatabase live = new LiveDatabase(db)) {
            createBaseSchema(live.op);
            for (MigrationOperation operation : operations()) {
                String before = snapshot(live.probe);
                live.op.apply(operation);
                assertThat(snapshot(live.probe)).as("%s changes the schema", operation.describe()).isNotEqualTo(before);
                live.op.apply(operation.reverse());
                assertThat(snapshot(live.probe)).as("%s then its reverse", operation.describe()).isEqualTo(before);
            }
        }
    }

    @AllDatabasesTest
    void schemaOperationsUndoThemselves(TestDatabase db) throws SQLException {
        try (LiveDatabase live = new LiveDatabase(db)) {
            String name = "rt_" + Long.toHexString(System.nanoTime());
            CreateSchema create = new CreateSchema(name);
            live.op.apply(create);
            assertThat(live.probe.schemaExists(name)).isTrue();
            live.op.apply(create.reverse());
            assertThat(live.probe.schemaExists(name)).isFalse();
        }
    }

    private static String snapshot(SchemaProbe probe) throws SQLException {
        StringBuilder all = new StringBuilder();
        for (String table : TABLES) {
            all.append(table).append(": ").append(probe.describe(table)).append('\n');
        }
        return all.append("sequence counter: ").append(probe.sequenceExists("counter")).toString();
    }
}
