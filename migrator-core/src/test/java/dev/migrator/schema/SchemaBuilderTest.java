package dev.migrator.schema;

import static dev.migrator.schema.Types.bigint;
import static dev.migrator.schema.Types.bool;
import static dev.migrator.schema.Types.string;
import static dev.migrator.schema.Types.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaBuilderTest {

    @Test
    void declaresTablesColumnsKeysIndexesAndSequences() {
        Schema schema = SchemaBuilder.schema()
                .table("author", t -> t.column("id", bigint()).identity().primaryKey())
                .table("book", t -> t
                        .column("id", bigint()).identity().primaryKey()
                        .column("title", string(200)).notNull().comment("as printed")
                        .column("isbn", string(17)).unique()
                        .column("available", bool()).notNull().defaultValue("true")
                        .column("author_id", bigint()).references("author", "id")
                        .column("summary", text())
                        .check("ck_book_title", "title <> ''")
                        .index("ix_book_title", "title")
                        .tableComment("the catalogue"))
                .sequence("order_seq")
                .sequence("invoice_seq", 1000, 10)
                .build();

        assertThat(schema.tables()).map(table -> table.name().name()).containsExactly("author", "book");
        Table book = schema.table(QualifiedName.of("book")).orElseThrow();
        assertThat(book.columns()).containsExactly(
                new Column("id", bigint(), false, null, true, null),
                new Column("title", string(200), false, null, false, "as printed"),
                Column.of("isbn", string(17)),
                new Column("available", bool(), false, "true", false, null),
                Column.of("author_id", bigint()),
                Column.of("summary", text()));
        assertThat(book.constraints()).containsExactly(
                new PrimaryKey(null, List.of("id")),
                new UniqueConstraint(null, List.of("isbn")),
                new ForeignKey(null, List.of("author_id"), QualifiedName.of("author"), List.of("id"), null, null),
                new CheckConstraint("ck_book_title", "title <> ''"));
        assertThat(book.indexes()).containsExactly(Index.on("ix_book_title", "title"));
        assertThat(book.comment()).isEqualTo("the catalogue");
        assertThat(schema.sequences()).containsExactly(Sequence.of(QualifiedName.of("order_seq")),
                new Sequence(QualifiedName.of("invoice_seq"), 1000, 10));
    }

    @Test
    void compositeKeysAndSchemaQualifiedTables() {
        Schema schema = SchemaBuilder.schema()
                .table(new QualifiedName("library", "book_author"), t -> t
                        .column("book_id", bigint()).primaryKey()
                        .column("author_id", bigint()).primaryKey()
                        .foreignKey("fk_book", List.of("book_id"), new QualifiedName("library", "book"), List.of("id"),
                                ReferentialAction.CASCADE)
                        .uniqueIndex("ux_author_book", "author_id", "book_id"))
                .build();

        Table table = schema.table(new QualifiedName("library", "book_author")).orElseThrow();
        assertThat(table.primaryKey()).contains(new PrimaryKey(null, List.of("book_id", "author_id")));
        assertThat(table.column("author_id").orElseThrow().nullable()).isFalse();
        assertThat(table.indexes()).singleElement().satisfies(index -> assertThat(index.unique()).isTrue());
    }

    @Test
    void aColumnModifierBeforeAnyColumnSaysWhatToDo() {
        assertThatThrownBy(() -> SchemaBuilder.schema().table("book", t -> t.notNull()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("call column(name, type) on table book first");
    }

    @Test
    void anIndexOnAnUndeclaredColumnIsRefused() {
        assertThatThrownBy(() -> SchemaBuilder.schema()
                .table("book", t -> t.column("id", bigint()).index("ix_book_title", "title")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("index ix_book_title on table book names column title");
    }

    @Test
    void aTableDeclaredTwiceIsRefused() {
        assertThatThrownBy(() -> SchemaBuilder.schema()
                .table("book", t -> t.column("id", bigint()))
                .table("book", t -> t.column("id", bigint())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("table book is declared twice");
    }
}
