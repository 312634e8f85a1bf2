package dev.migrator.autogenerate;

import dev.migrator.dialect.Dialects;
import dev.migrator.operations.AddColumn;
import dev.migrator.operations.AddConstraint;
import dev.migrator.operations.AlterColumn;
import dev.migrator.operations.Change;
import dev.migrator.operations.CreateIndex;
import dev.migrator.operations.AlterSequence;
import dev.migrator.operations.CreateSequence;
import dev.migrator.operations.CreateTable;
import dev.migrator.operations.DropColumn;
import dev.migrator.operations.DropConstraint;
import dev.migrator.operations.DropIndex;
import dev.migrator.operations.DropSequence;
import dev.migrator.operations.DropTable;
import dev.migrator.operations.MigrationOperation;
import dev.migrator.operations.RenameTable;
import dev.migrator.operations.SetTableComment;
import dev.migrator.schema.CheckConstraint;
import dev.migrator.schema.Column;
import dev.migrator.schema.Constraint;
import dev.migrator.schema.ConstraintType;
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
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static dev.migrator.schema.Types.bigint;
import static dev.migrator.schema.Types.integer;
import static dev.migrator.schema.Types.raw;
import static dev.migrator.schema.Types.string;
import static org.assertj.core.api.Assertions.assertThat;

/** Each kind of difference, found by its comparator, named and ordered as the operations need. */
class SchemaComparatorTest {

    private static final Column ID = new Column("id", bigint(), false, null, true, null);

    private static SchemaDiff compare(String dialect, Schema target, Schema live) {
        return compare(dialect, CompareOptions.defaults(), target, live);
    }

    private static SchemaDiff compare(String dialect, CompareOptions options, Schema target, Schema live) {
        return SchemaComparator.forDialect(Dialects.forName(dialect), options).compare(target, live);
    }

    private static Table table(String name, List<Column> columns, Constraint... constraints) {
        return new Table(QualifiedName.of(name), columns, List.of(constraints), List.of(), null);
    }

    private static Schema schema(Table... tables) {
        return new Schema(List.of(tables), List.of());
    }

    private static List<String> described(SchemaDiff diff) {
        return diff.operations().stream().map(MigrationOperation::describe).toList();
    }

    @Nested
    class TablesAndColumns {

        @Test
        void aMissingTableIsCreatedAndAnExtraOneDroppedWithItsDefinitionAndAWarning() {
            Table book = table("book", List.of(ID));
            Table old = table("OLD_STUFF", List.of(new Column("ID", bigint(), false, null, false, null)));

            SchemaDiff diff = compare("h2", schema(book), schema(old));

            assertThat(diff.operations()).hasSize(2);
            assertThat(diff.operations().get(0)).isEqualTo(new CreateTable(book));
            DropTable drop = (DropTable) diff.operations().get(1);
            assertThat(drop.table()).as("spelled as a person writes it").isEqualTo(QualifiedName.of("old_stuff"));
            assertThat(drop.existing().columns()).extracting(Column::name).containsExactly("id");
            assertThat(drop.reverse()).isInstanceOf(CreateTable.class);
            assertThat(diff.warnings()).extracting(DiffWarning::operation).containsExactly(drop);
        }

        @Test
        void namesMatchAsTheDatabaseFoldsThemAndOperationsUseTheTargetSpelling() {
            Table target = table("book", List.of(ID, Column.of("title", string(100))));
            Table live = table("BOOK", List.of(ID.withName("ID"), Column.of("TITLE", string(50))));

            SchemaDiff diff = compare("h2", schema(target), schema(live));

            assertThat(diff.operations()).singleElement().isInstanceOfSatisfying(AlterColumn.class, alter -> {
                assertThat(alter.table()).isEqualTo(QualifiedName.of("book"));
                assertThat(alter.column()).isEqualTo("title");
                assertThat(alter.type()).isEqualTo(string(100));
                assertThat(alter.existingType()).isEqualTo(string(50));
                assertThat(alter.existingNullable()).isTrue();
            });
        }

        @Test
        void onPostgresqlQuotedMixedCaseIsAnotherName() {
            SchemaDiff diff = compare("postgresql", schema(table("Book", List.of(ID))), schema(table("book", List.of(ID))));
            assertThat(described(diff)).containsExactly("create table Book", "drop table book");
        }

        @Test
        void columnsAreAddedAndDroppedWithTheirDefinitions() {
            Column isbn = Column.of("isbn", string(13));
            Column legacy = new Column("legacy", integer(), false, "0", false, "old");
            SchemaDiff diff = compare("postgresql", schema(table("book", List.of(ID, isbn))),
                    schema(table("book", List.of(ID, legacy))));

            assertThat(diff.operations()).containsExactly(new AddColumn(QualifiedName.of("book"), isbn),
                    new DropColumn(QualifiedName.of("book"), "legacy", legacy));
            assertThat(diff.warnings()).singleElement().satisfies(w -> assertThat(w.message()).contains("book.legacy"));
        }

        @Test
        void identityIsStatedWhereMariaDbRestatesAColumnThatCouldBeOneAndForEveryIdentityColumn() {
            Column count = new Column("copies", integer(), true, null, false, null);
            Column title = new Column("title", string(100), true, null, false, null);
            Column id = new Column("id", integer(), false, null, true, null);
            Schema live = schema(table("book", List.of(id, count, title)));
            Schema target = schema(table("book", List.of(id.withType(bigint()), count.withType(bigint()),
                    title.withType(string(200)))));

            assertThat(compare("mariadb", target, live).operations())
                    .extracting(op -> ((AlterColumn) op).existingIdentity()).containsExactly(true, false, null);
            assertThat(compare("postgresql", target, live).operations())
                    .extracting(op -> ((AlterColumn) op).existingIdentity()).containsExactly(true, null, null);
        }

        @Test
        void typeNullabilityDefaultAndCommentChangesBecomeOneAlterationWithTheExistingColumn() {
            Column live = new Column("title", raw("character varying(100)"), true, "'x'::character varying", false, null);
            Column target = new Column("title", string(200), false, "'y'", false, "The title");
            SchemaDiff diff = compare("postgresql", CompareOptions.defaults().compareServerDefaults(true),
                    schema(table("book", List.of(ID, target))), schema(table("book", List.of(ID, live))));

            assertThat(diff.operations()).containsExactly(new AlterColumn(QualifiedName.of("book"), "title", null,
                    string(200), false, Change.to("'y'"), Change.to("The title"), live.type(), true,
                    "'x'::character varying", null, null));
        }

        @Test
        void equivalentSpellingsAreNoChange() {
            Column live = new Column("title", raw("character varying(100)"), true, "'x'::character varying", false, "");
            Column target = new Column("title", string(100), true, "'x'", false, null);
            assertThat(compare("postgresql", CompareOptions.defaults().compareServerDefaults(true),
                    schema(table("book", List.of(ID, target))), schema(table("book", List.of(ID, live)))).isEmpty())
                    .isTrue();
        }

        @Test
        void typesAndDefaultsAreComparedOnlyWhenEnabled() {
            Schema target = schema(table("book", List.of(ID, Column.of("title", string(100)).withServerDefault("'a'"))));
            Schema live = schema(table("book", List.of(ID, Column.of("title", string(50)).withServerDefault("'b'"))));
            assertThat(compare("h2", target, live).operations()).singleElement()
                    .satisfies(op -> assertThat(((AlterColumn) op).serverDefault()).as("off by default").isNull());
            assertThat(compare("h2", CompareOptions.defaults().compareTypes(false), target, live).isEmpty()).isTrue();
        }

        @Test
        void tableCommentsAreCompared() {
            Table target = new Table(QualifiedName.of("book"), List.of(ID), List.of(), List.of(), "Books");
            Table live = new Table(QualifiedName.of("book"), List.of(ID), List.of(), List.of(), "");
            assertThat(compare("h2", schema(target), schema(live)).operations())
                    .containsExactly(new SetTableComment(QualifiedName.of("book"), "Books", null));
        }
    }

    @Nested
    class KeysConstraintsAndIndexes {

        private final QualifiedName book = QualifiedName.of("book");

        @Test
        void aChangedPrimaryKeyIsDroppedAndAddedAndNamesDoNotCount() {
            Column code = new Column("code", string(10), false, null, false, null);
            Schema live = schema(table("book", List.of(ID, code), new PrimaryKey("PRIMARY", List.of("id"))));
            assertThat(compare("mariadb", schema(table("book", List.of(ID, code), new PrimaryKey(null, List.of("id")))),
                    live).isEmpty()).isTrue();

            SchemaDiff diff = compare("mariadb",
                    schema(table("book", List.of(ID, code), new PrimaryKey(null, List.of("id", "code")))), live);
            assertThat(diff.operations()).containsExactly(
                    new DropConstraint(book, "PRIMARY", ConstraintType.PRIMARY_KEY, new PrimaryKey("PRIMARY", List.of("id"))),
                    new AddConstraint(book, new PrimaryKey("pk_book", List.of("id", "code"))));
        }

        @Test
        void foreignKeysPairByWhatTheyConnectAndCompareActionsWithTheDatabaseDefaultAsNone() {
            Column authorId = Column.of("author_id", bigint());
            Table author = table("author", List.of(ID));
            ForeignKey live = new ForeignKey("FK_1", List.of("author_id"), QualifiedName.of("author"), List.of("id"),
                    null, null);
            ForeignKey sameWithDefaultAction = new ForeignKey(null, List.of("author_id"), QualifiedName.of("author"),
                    List.of("id"), ReferentialAction.NO_ACTION, null);
            assertThat(compare("postgresql", schema(author, table("book", List.of(ID, authorId), sameWithDefaultAction)),
                    schema(author, table("book", List.of(ID, authorId), live))).isEmpty()).isTrue();

            ForeignKey cascade = new ForeignKey(null, List.of("author_id"), QualifiedName.of("author"), List.of("id"),
                    ReferentialAction.CASCADE, null);
            SchemaDiff diff = compare("postgresql", schema(author, table("book", List.of(ID, authorId), cascade)),
                    schema(author, table("book", List.of(ID, authorId), live)));
            assertThat(diff.operations()).containsExactly(
                    new DropConstraint(book, "FK_1", ConstraintType.FOREIGN_KEY, live),
                    new AddConstraint(book, new ForeignKey("FK_1", List.of("author_id"), QualifiedName.of("author"),
                            List.of("id"), ReferentialAction.CASCADE, null)));
        }

        @Test
        void onMariaDbRestrictAndNoActionAreTheDefault() {
            Column authorId = Column.of("author_id", bigint());
            Table author = table("author", List.of(ID));
            ForeignKey target = new ForeignKey("fk", List.of("author_id"), QualifiedName.of("author"), List.of("id"),
                    ReferentialAction.NO_ACTION, ReferentialAction.RESTRICT);
            ForeignKey live = new ForeignKey("fk", List.of("author_id"), QualifiedName.of("author"), List.of("id"),
                    null, null);
            assertThat(compare("mariadb", schema(author, table("book", List.of(ID, authorId), target)),
                    schema(author, table("book", List.of(ID, authorId), live))).isEmpty()).isTrue();
        }

        @Test
        void uniqueConstraintsPairByColumnsAndOnMariaDbAUniqueIndexIsOne() {
            Column isbn = Column.of("isbn", string(13));
            Table live = table("book", List.of(ID, isbn), new UniqueConstraint("UK_ISBN", List.of("isbn")));
            Table asConstraint = table("book", List.of(ID, isbn), new UniqueConstraint(null, List.of("isbn")));
            Table asIndex = new Table(book, List.of(ID, isbn), List.of(),
                    List.of(new Index("ux_isbn", List.of(IndexKey.column("isbn")), true, null)), null);

            assertThat(compare("h2", schema(asConstraint), schema(live)).isEmpty()).isTrue();
            assertThat(compare("mariadb", schema(asIndex), schema(live)).isEmpty()).isTrue();
            assertThat(described(compare("postgresql", schema(asIndex), schema(live))))
                    .containsExactly("drop unique UK_ISBN on book", "create index ux_isbn on book");
            assertThat(compare("h2", schema(table("book", List.of(ID, isbn))), schema(live)).operations())
                    .as("spelled as a person writes it").containsExactly(new DropConstraint(book, "uk_isbn",
                            ConstraintType.UNIQUE, new UniqueConstraint("uk_isbn", List.of("isbn"))));
        }

        @Test
        void checksPairByNameOrByTheirConditionAsTheDatabasePrintsIt() {
            Column price = Column.of("price", integer());
            Table live = table("BOOK", List.of(ID, price.withName("PRICE")),
                    new CheckConstraint("CONSTRAINT_1", "\"PRICE\" >= CAST(0 AS NUMERIC(1))"),
                    new CheckConstraint("CK_OLD", "\"PRICE\" < 100"));
            Table target = table("book", List.of(ID, price), new CheckConstraint(null, "price >= 0"),
                    new CheckConstraint("ck_new", "price < 1000"));

            assertThat(described(compare("h2", schema(target), schema(live))))
                    .containsExactly("drop check ck_old on book", "add check ck_new on book");
        }

        @Test
        void hibernatesEnumAndRangeChecksPairWithTheWayPostgresPrintsThemBack() {
            Column format = Column.of("format", raw("smallint"));
            Column genre = Column.of("genre", string(20));
            Table live = table("book", List.of(ID, format, genre),
                    new CheckConstraint("book_format_check", "((format >= 0) AND (format <= 2))"),
                    new CheckConstraint("book_genre_check", "((genre)::text = ANY ((ARRAY['FICTION'::character "
                            + "varying, 'NON_FICTION'::character varying])::text[]))"));
            Table same = table("book", List.of(ID, format, genre),
                    new CheckConstraint(null, "format between 0 and 2"),
                    new CheckConstraint(null, "genre in ('FICTION','NON_FICTION')"));
            Table changed = table("book", List.of(ID, format, genre),
                    new CheckConstraint(null, "format between 0 and 3"),
                    new CheckConstraint(null, "genre in ('FICTION','NON_FICTION','POETRY')"));

            assertThat(compare("postgresql", schema(same), schema(live)).operations()).isEmpty();
            assertThat(described(compare("postgresql", schema(changed), schema(live)))).hasSize(4)
                    .contains("drop check book_format_check on book", "drop check book_genre_check on book");
        }

        @Test
        void indexesPairByNameAndAChangedIndexIsRecreated() {
            Column title = Column.of("title", string(100));
            Table live = new Table(book, List.of(ID, title), List.of(), List.of(Index.on("ix_title", "title"),
                    Index.on("ix_gone", "id"), new Index("ix_lower", List.of(IndexKey.expression("lower((title)::text)")),
                            false, null)), null);
            Table target = new Table(book, List.of(ID, title), List.of(), List.of(
                    new Index("ix_title", List.of(IndexKey.column("title")), true, null), Index.on("ix_new", "id"),
                    new Index("ix_lower", List.of(IndexKey.expression("lower(title)")), false, null)), null);

            SchemaDiff diff = compare("postgresql", schema(target), schema(live));

            assertThat(diff.operations()).containsExactly(
                    new DropIndex(book, "ix_title", Index.on("ix_title", "title")),
                    new DropIndex(book, "ix_gone", Index.on("ix_gone", "id")),
                    new CreateIndex(book, Index.on("ix_new", "id")),
                    new CreateIndex(book, target.indexes().get(0)));
        }

        @Test
        void sequencesAreCreatedAndDropped() {
            Schema target = new Schema(List.of(), List.of(new Sequence(QualifiedName.of("invoice_no"), 100, 5)));
            Schema live = new Schema(List.of(), List.of(Sequence.of(QualifiedName.of("OLD_SEQ"))));
            assertThat(compare("h2", target, live).operations()).containsExactly(
                    new CreateSequence(new Sequence(QualifiedName.of("invoice_no"), 100, 5)),
                    new DropSequence(QualifiedName.of("old_seq"), Sequence.of(QualifiedName.of("old_seq"))));
        }

        @Test
        void aSequenceCountingByADifferentIncrementIsAlteredAndADifferentStartIsLeftAlone() {
            Schema target = new Schema(List.of(), List.of(new Sequence(QualifiedName.of("invoice_no"), 100, 50),
                    new Sequence(QualifiedName.of("order_no"), 1, 1)));
            Schema live = new Schema(List.of(), List.of(new Sequence(QualifiedName.of("INVOICE_NO"), 100, 1),
                    new Sequence(QualifiedName.of("ORDER_NO"), 500, 1)));
            assertThat(compare("h2", target, live).operations()).containsExactly(
                    new AlterSequence(QualifiedName.of("invoice_no"), 50, 1L));
        }
    }

    @Nested
    class Ordering {

        private ForeignKey references(String name, String column, String table) {
            return new ForeignKey(name, List.of(column), QualifiedName.of(table), List.of("id"), null, null);
        }

        @Test
        void referencedTablesAreCreatedFirstAndReferencingTablesDroppedFirst() {
            Table loan = table("loan", List.of(ID, Column.of("book_id", bigint())), references("fk_loan_book", "book_id", "book"));
            Table book = table("book", List.of(ID, Column.of("author_id", bigint())),
                    references("fk_book_author", "author_id", "author"));
            Table author = table("author", List.of(ID));

            assertThat(described(compare("h2", schema(loan, book, author), Schema.empty())))
                    .containsExactly("create table author", "create table book", "create table loan");
            assertThat(described(compare("h2", Schema.empty(), schema(author, book, loan))))
                    .containsExactly("drop table loan", "drop table book", "drop table author");
        }

        @Test
        void foreignKeyCyclesAreAddedAfterTheTablesAndDroppedBeforeThem() {
            Table author = table("author", List.of(ID, Column.of("favourite_book_id", bigint())),
                    references("fk_author_book", "favourite_book_id", "book"));
            Table book = table("book", List.of(ID, Column.of("author_id", bigint())),
                    references("fk_book_author", "author_id", "author"));
            Table self = table("person", List.of(ID, Column.of("parent_id", bigint())),
                    references("fk_person_parent", "parent_id", "person"));

            SchemaDiff create = compare("h2", schema(author, book, self), Schema.empty());
            assertThat(described(create)).as("a self-reference is no cycle").containsExactly("create table person",
                    "create table author", "create table book", "add foreign key fk_author_book on author");
            assertThat(((CreateTable) create.operations().get(0)).table().constraints()).hasSize(1);
            assertThat(((CreateTable) create.operations().get(1)).table().constraints()).isEmpty();

            SchemaDiff drop = compare("h2", Schema.empty(), schema(author, book, self));
            assertThat(described(drop)).containsExactly("drop foreign key fk_book_author on book",
                    "drop table author", "drop table book", "drop table person");
            List<MigrationOperation> undo = new ArrayList<>();
            for (int i = drop.operations().size() - 1; i >= 0; i--) {
                undo.add(drop.operations().get(i).reverse());
            }
            assertThat(undo.stream().map(MigrationOperation::describe)).containsExactly("create table person",
                    "create table book", "create table author", "add foreign key fk_book_author on book");
            assertThat(((CreateTable) undo.get(1)).table().constraints()).as("its key comes back last").isEmpty();
        }

        @Test
        void columnsComeBeforeTheKeysAndIndexesOnThemAndForeignKeysToNewTablesAfterThoseTables() {
            Table live = table("book", List.of(ID));
            Table target = new Table(QualifiedName.of("book"),
                    List.of(ID, Column.of("isbn", string(13)), Column.of("publisher_id", bigint())),
                    List.of(new UniqueConstraint(null, List.of("isbn")), references(null, "publisher_id", "publisher")),
                    List.of(Index.on("ix_book_publisher", "publisher_id")), null);
            Table publisher = table("publisher", List.of(ID));

            assertThat(described(compare("h2", schema(target, publisher), schema(live)))).containsExactly(
                    "add column book.isbn", "add column book.publisher_id", "add unique uq_book_isbn on book",
                    "create index ix_book_publisher on book", "create table publisher",
                    "add foreign key fk_book_publisher_id on book");
        }

        @Test
        void foreignKeysAndIndexesAreDroppedBeforeTheirColumns() {
            Table live = new Table(QualifiedName.of("book"), List.of(ID, Column.of("author_id", bigint())),
                    List.of(references("fk_book_author", "author_id", "author")),
                    List.of(Index.on("ix_author", "author_id")), null);
            Table author = table("author", List.of(ID));
            assertThat(described(compare("h2", schema(table("book", List.of(ID)), author), schema(live, author))))
                    .containsExactly("drop foreign key fk_book_author on book", "drop index ix_author on book",
                            "drop column book.author_id");
        }
    }

    @Nested
    class Filters {

        private final Schema live = schema(table("audit_log", List.of(ID)), table("tmp_42", List.of(ID)),
                table("migrator_version", List.of(ID)), table("MIGRATOR_HISTORY", List.of(ID)),
                table("migrator_version_lock", List.of(ID)));

        @Test
        void migratorsOwnTablesAreNeverCompared() {
            assertThat(described(compare("h2", Schema.empty(), live)))
                    .containsExactly("drop table audit_log", "drop table tmp_42");
        }

        @Test
        void tablesAreExcludedByGlobAndRegexIgnoringCase() {
            CompareOptions options = CompareOptions.defaults().excludeTables("AUDIT_*", "regex:tmp_\\d+");
            assertThat(compare("h2", options, Schema.empty(), live).isEmpty()).isTrue();
            assertThat(described(compare("h2", CompareOptions.defaults().includeTables("tmp_??"), Schema.empty(), live)))
                    .containsExactly("drop table tmp_42");
        }

        @Test
        void theCallbackSeesEveryObjectAndCanLeaveAnyOut() {
            Table target = new Table(QualifiedName.of("book"), List.of(ID, Column.of("title", string(10))),
                    List.of(new CheckConstraint("ck_title", "title <> ''")), List.of(Index.on("ix_title", "title")), null);
            Schema liveBook = schema(table("book", List.of(ID)));
            List<ComparedObject> seen = new ArrayList<>();
            CompareOptions options = CompareOptions.defaults().includeObject(object -> {
                seen.add(object);
                return object.kind() != ComparedObject.Kind.INDEX;
            });

            assertThat(described(compare("h2", options, schema(target), liveBook)))
                    .containsExactly("add column book.title", "add check ck_title on book");
            assertThat(seen).extracting(ComparedObject::kind).contains(ComparedObject.Kind.TABLE,
                    ComparedObject.Kind.COLUMN, ComparedObject.Kind.CHECK_CONSTRAINT, ComparedObject.Kind.INDEX);
            assertThat(seen).filteredOn(o -> o.kind() == ComparedObject.Kind.COLUMN && o.name().equals("title"))
                    .singleElement().satisfies(o -> assertThat(o.inDatabase()).isFalse());
        }
    }

    @Nested
    class RenamesAndWarnings {

        @Test
        void aDroppedAndAnAddedColumnOfTheSameTypeMayBeARename() {
            Column oldName = new Column("title", string(100), false, null, false, null);
            SchemaDiff diff = compare("h2", schema(table("book", List.of(ID, oldName.withName("name")))),
                    schema(table("book", List.of(ID, oldName))));

            assertThat(diff.possibleRenames()).singleElement().satisfies(rename -> {
                assertThat(rename.drop()).isInstanceOf(DropColumn.class);
                assertThat(rename.add()).isInstanceOf(AddColumn.class);
                assertThat(((AlterColumn) rename.rename()).newName()).isEqualTo("name");
                assertThat(rename.description()).contains("book.title", "name");
            });
        }

        @Test
        void columnsOfDifferentTypesAreNoRename() {
            SchemaDiff diff = compare("h2", schema(table("book", List.of(ID, Column.of("name", integer())))),
                    schema(table("book", List.of(ID, Column.of("title", string(10))))));
            assertThat(diff.possibleRenames()).isEmpty();
        }

        @Test
        void aDroppedAndACreatedTableWithTheSameColumnsMayBeARename() {
            SchemaDiff diff = compare("h2", schema(table("writer", List.of(ID))), schema(table("AUTHOR", List.of(ID))));
            assertThat(diff.possibleRenames()).singleElement().satisfies(rename ->
                    assertThat(rename.rename()).isEqualTo(new RenameTable(QualifiedName.of("author"), "writer")));
            assertThat(compare("h2", CompareOptions.defaults().detectRenames(false), schema(table("writer", List.of(ID))),
                    schema(table("AUTHOR", List.of(ID)))).possibleRenames()).isEmpty();
        }

        @Test
        void narrowingTypesAndNotNullAreWarnedAboutButWideningIsNot() {
            Schema live = schema(table("book", List.of(ID, Column.of("title", string(200)), Column.of("note", string(10)))));
            Schema target = schema(table("book", List.of(ID, Column.of("title", string(100)).withNullable(false),
                    Column.of("note", string(20)))));

            SchemaDiff diff = compare("postgresql", target, live);

            assertThat(diff.operations()).hasSize(2);
            assertThat(diff.warnings()).extracting(DiffWarning::operation).containsOnly(diff.operations().get(0));
            assertThat(diff.warnings()).extracting(DiffWarning::message).satisfiesExactly(
                    type -> assertThat(type).contains("string(200)", "string(100)"),
                    notNull -> assertThat(notNull).contains("NOT NULL"));
        }
    }
}
