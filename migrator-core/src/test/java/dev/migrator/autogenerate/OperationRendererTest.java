package dev.migrator.autogenerate;

import dev.migrator.Migration;
import dev.migrator.command.RevisionCompiler;
import dev.migrator.command.WrittenRevision;
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
import dev.migrator.operations.Operations;
import dev.migrator.operations.RecordingOperationSink;
import dev.migrator.operations.RenameTable;
import dev.migrator.operations.SetTableComment;
import dev.migrator.schema.CheckConstraint;
import dev.migrator.schema.Column;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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

/** Generated migrations read as written by hand, compile, and call exactly the operations of the diff. */
class OperationRendererTest {

    private static final QualifiedName BOOK = QualifiedName.of("book");

    @Test
    void aSmallMigrationReadsAsWrittenByHand(@TempDir Path sources) throws IOException {
        Table author = new Table(QualifiedName.of("author"),
                List.of(new Column("id", bigint(), false, null, true, null),
                        new Column("name", string(100), false, null, false, null)),
                List.of(new PrimaryKey(null, List.of("id"))), List.of(), null);
        Table target = new Table(BOOK,
                List.of(new Column("id", bigint(), false, null, true, null),
                        new Column("title", string(300), false, null, false, null),
                        Column.of("author_id", bigint()),
                        Column.of("name", string(50))),
                List.of(new PrimaryKey(null, List.of("id")), new ForeignKey(null, List.of("author_id"),
                        QualifiedName.of("author"), List.of("id"), ReferentialAction.CASCADE, null)),
                List.of(), null);
        Table live = new Table(QualifiedName.of("BOOK"),
                List.of(new Column("ID", bigint(), false, null, true, null),
                        new Column("TITLE", string(200), false, null, false, null),
                        Column.of("LABEL", string(50))),
                List.of(new PrimaryKey("PK_BOOK", List.of("ID"))), List.of(), null);
        SchemaDiff diff = SchemaComparator.forDialect(Dialects.forName("h2"), CompareOptions.defaults())
                .compare(new Schema(List.of(target, author), List.of()), new Schema(List.of(live), List.of()));

        WrittenRevision written = GeneratedMigrations.write(diff, sources, "1a2b3c4d5e6f", "Add authors");

        assertThat(Files.readString(written.path())).isEqualTo("""
                package com.example.db.migrations;

                import static dev.migrator.operations.TableElements.*;
                import static dev.migrator.schema.ReferentialAction.*;
                import static dev.migrator.schema.Types.*;

                import dev.migrator.Migration;
                import dev.migrator.Revision;
                import dev.migrator.operations.Operations;
                import dev.migrator.schema.ConstraintType;

                /**
                 * Add authors
                 *
                 * <p>Revision ID: 1a2b3c4d5e6f<br>
                 * Revises: none (a base revision)<br>
                 * Create Date: 2026-03-01T12:00:00Z
                 */
                @Revision(
                        id = "1a2b3c4d5e6f",
                        message = "Add authors",
                        created = "2026-03-01T12:00:00Z"
                )
                public class V1a2b3c4d5e6f_AddAuthors implements Migration {
                    @Override
                    public void upgrade(Operations op) {
                        op.addColumn("book", column("author_id", bigint()));
                        op.addColumn("book", column("name", string(50)));
                        op.alterColumn("book", "title", alter -> alter
                                .type(string(300))
                                .existingType(string(200))
                                .existingNullable(false));
                        op.createTable("author",
                                column("id", bigint()).identity().primaryKey(),
                                column("name", string(100)).notNull());
                        op.createForeignKey("fk_book_author_id", "book",
                                foreignKey("author_id").references("author", "id").onDelete(CASCADE));

                        // Warning: Dropping book.label loses its data.
                        // Possible rename: Column book.label may have been renamed to name (same type and nullability); a
                        // rename keeps the data.
                        // To keep the data, use this instead of this drop and the matching add:
                        //     op.renameColumn("book", "label", "name");
                        op.dropColumn("book", "label");
                    }

                    @Override
                    public void downgrade(Operations op) {
                        op.addColumn("book", column("label", string(50)));
                        op.dropConstraint("fk_book_author_id", "book", ConstraintType.FOREIGN_KEY);
                        op.dropTable("author");
                        op.alterColumn("book", "title", alter -> alter
                                .type(string(200))
                                .existingType(string(300))
                                .existingNullable(false));
                        op.dropColumn("book", "name");
                        op.dropColumn("book", "author_id");
                    }
                }
                """);
    }

    @Test
    void everyOperationKindCompilesAndRecordsTheSameOperations(@TempDir Path dir) {
        List<MigrationOperation> operations = everyKind();
        SchemaDiff diff = new SchemaDiff(operations, List.of(new DiffWarning(operations.get(4), "Careful")), List.of());

        WrittenRevision written = GeneratedMigrations.write(diff, dir.resolve("src"), "0a1b2c3d4e5f", "Everything");
        Migration migration = new RevisionCompiler(dir.resolve("classes")).compileAndCreate(written);

        RecordingOperationSink upgrade = new RecordingOperationSink();
        migration.upgrade(Operations.writingTo(upgrade));
        assertThat(withoutDropDefinitions(upgrade.operations())).isEqualTo(withoutDropDefinitions(operations));
        RecordingOperationSink downgrade = new RecordingOperationSink();
        migration.downgrade(Operations.writingTo(downgrade));
        List<MigrationOperation> reversed = new ArrayList<>();
        for (int i = operations.size() - 1; i >= 0; i--) {
            reversed.add(operations.get(i).reverse());
        }
        assertThat(withoutDropDefinitions(downgrade.operations())).isEqualTo(withoutDropDefinitions(reversed));
    }

    /**
     * Code calls drops and renames by name; the definitions kept for reverse() are not in it, and need not be:
     * the downgrade is generated as code too.
     */
    private static List<MigrationOperation> withoutDropDefinitions(List<MigrationOperation> operations) {
        return operations.stream().map(op -> {
            if (op instanceof DropTable drop) {
                return new DropTable(drop.table(), null);
            } else if (op instanceof DropColumn drop) {
                return new DropColumn(drop.table(), drop.column(), null);
            } else if (op instanceof DropIndex drop) {
                return new DropIndex(drop.table(), drop.name(), null);
            } else if (op instanceof DropConstraint drop) {
                return new DropConstraint(drop.table(), drop.name(), drop.type(), null);
            } else if (op instanceof DropSequence drop) {
                return new DropSequence(drop.name(), null);
            } else if (op instanceof AlterColumn alter && alter.renames() && alter.type() == null
                    && alter.nullable() == null && alter.serverDefault() == null && alter.comment() == null) {
                return new AlterColumn(alter.table(), alter.column(), alter.newName(), null, null, null, null, null,
                        null, null, null, null);
            } else if (op instanceof SetTableComment set) {
                return new SetTableComment(set.table(), set.comment(), null);
            }
            return op;
        }).toList();
    }

    private static List<MigrationOperation> everyKind() {
        Table everyType = new Table(QualifiedName.of("sample"),
                List.of(new Column("id", bigint(), false, null, true, "Key"),
                        Column.of("small_n", smallint()), new Column("int_n", integer(), false, "0", false, null),
                        Column.of("name", string(20)).withServerDefault("'it''s \"quoted\"'"), Column.of("body", text()),
                        Column.of("flag", bool()), Column.of("price", numeric(10, 2)), Column.of("ratio", real()),
                        Column.of("precise", doublePrecision()), Column.of("day", date()), Column.of("at", time()),
                        Column.of("happened", timestamp()), Column.of("zoned", timestampWithTimeZone()),
                        Column.of("uid", uuid()), Column.of("hash", binary(16)), Column.of("data", blob()),
                        Column.of("doc", json()), Column.of("mood", enumOf("happy", "it's sad")),
                        Column.of("code", raw("CHAR(3)"))),
                List.of(new PrimaryKey("pk_sample", List.of("id", "small_n")),
                        new UniqueConstraint("uq_sample_name", List.of("name")), new UniqueConstraint(null, List.of("body")),
                        new CheckConstraint("ck_sample_int", "int_n >= 0"),
                        new ForeignKey("fk_sample_other", List.of("int_n"), new QualifiedName("other", "target"),
                                List.of("id"), ReferentialAction.SET_NULL, ReferentialAction.RESTRICT)),
                List.of(Index.on("ix_sample_day", "day", "at"),
                        new Index("ix_sample_expr", List.of(IndexKey.expression("lower(name)"), IndexKey.column("day")),
                                true, "flag")),
                "Every type\nand a second line");
        Table inSchema = new Table(new QualifiedName("reporting", "summary"),
                List.of(new Column("id", integer(), false, null, true, null)), List.of(new PrimaryKey(null, List.of("id"))),
                List.of(), null);
        return List.of(
                new CreateSequence(Sequence.of(QualifiedName.of("seq_a"))),
                new CreateSequence(new Sequence(QualifiedName.of("seq_b"), 1000, -5)),
                new AlterSequence(QualifiedName.of("seq_b"), 50, -5L),
                new CreateTable(everyType),
                new CreateTable(inSchema),
                new AddColumn(BOOK, new Column("isbn", string(13), false, "''", false, "ISBN")),
                new AlterColumn(BOOK, "title", null, string(300), false, Change.to("'untitled'"), Change.to("The title"),
                        string(200), true, null, null, false),
                new AlterColumn(BOOK, "title", null, null, null, Change.to(null), Change.to(null),
                        string(300), false, "'untitled'", "The title", false),
                new AlterColumn(BOOK, "name", "label", null, null, null, null, string(50), true, null, null, false),
                new AlterColumn(BOOK, "price", "cost", numeric(12, 2), null, null, null, numeric(10, 2), true, "0", null, false),
                new AlterColumn(new QualifiedName("reporting", "summary"), "id", null, bigint(), null, null, null,
                        integer(), false, null, null, true),
                new SetTableComment(BOOK, "Books", null),
                new SetTableComment(BOOK, null, "Books"),
                new CreateIndex(BOOK, Index.on("ix_book_title", "title")),
                new CreateIndex(BOOK, new Index("ux_book_isbn", List.of(IndexKey.column("isbn")), true, null)),
                new CreateIndex(BOOK, new Index("ix_book_lower", List.of(IndexKey.expression("lower(title)")), false, null)),
                new AddConstraint(BOOK, new PrimaryKey("pk_book", List.of("id"))),
                new AddConstraint(BOOK, new UniqueConstraint("uq_book_isbn", List.of("isbn"))),
                new AddConstraint(BOOK, new CheckConstraint("ck_book_title", "title <> ''")),
                new AddConstraint(BOOK, new ForeignKey("fk_book_author", List.of("author_id", "author_no"),
                        QualifiedName.of("author"), List.of("id", "no"), ReferentialAction.CASCADE, ReferentialAction.NO_ACTION)),
                new DropIndex(BOOK, "ix_old", Index.on("ix_old", "title")),
                new DropConstraint(BOOK, "ck_old", ConstraintType.CHECK, new CheckConstraint("ck_old", "1 = 1")),
                new DropColumn(BOOK, "legacy", Column.of("legacy", integer())),
                new RenameTable(QualifiedName.of("old_name"), "new_name"),
                new DropTable(QualifiedName.of("gone"), new Table(QualifiedName.of("gone"),
                        List.of(Column.of("x", integer())), List.of(), List.of(), null)),
                new DropSequence(QualifiedName.of("seq_old"), new Sequence(QualifiedName.of("seq_old"), 1, 1)));
    }
}
