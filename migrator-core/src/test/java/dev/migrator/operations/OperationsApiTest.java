package dev.migrator.operations;

import static dev.migrator.operations.TableElements.check;
import static dev.migrator.operations.TableElements.column;
import static dev.migrator.operations.TableElements.foreignKey;
import static dev.migrator.operations.TableElements.primaryKey;
import static dev.migrator.schema.ReferentialAction.CASCADE;
import static dev.migrator.schema.Types.bigint;
import static dev.migrator.schema.Types.string;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrator.schema.CheckConstraint;
import dev.migrator.schema.ForeignKey;
import dev.migrator.schema.PrimaryKey;
import dev.migrator.schema.QualifiedName;
import dev.migrator.schema.Table;
import dev.migrator.schema.UniqueConstraint;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the Operations API builds from a migration's calls. */
class OperationsApiTest {

    private final RecordingOperationSink sink = new RecordingOperationSink();
    private final Operations op = Operations.writingTo(sink);

    @Test
    void createTableCollectsColumnLevelConstraintsIntoTheTable() {
        op.createTable("loan",
                column("book_id", bigint()).primaryKey().references("book", "id").onDelete(CASCADE),
                column("member_id", bigint()).primaryKey(),
                column("code", string(8)).unique(),
                check("book_id > 0").named("ck_loan"));

        Table table = ((CreateTable) sink.operations().get(0)).table();
        assertThat(table.name()).isEqualTo(QualifiedName.of("loan"));
        assertThat(table.column("book_id")).hasValueSatisfying(c -> assertThat(c.nullable()).isFalse());
        assertThat(table.constraints()).containsExactly(
                new PrimaryKey(null, List.of("book_id", "member_id")),
                new ForeignKey(null, List.of("book_id"), QualifiedName.of("book"), List.of("id"), CASCADE, null),
                new UniqueConstraint(null, List.of("code")),
                new CheckConstraint("ck_loan", "book_id > 0"));
    }

    @Test
    void aPrimaryKeyDeclaredTwiceIsAnError() {
        assertThatThrownBy(() -> op.createTable("t", column("id", bigint()).primaryKey(), primaryKey("id")))
                .hasMessageContaining("declares its primary key twice");
    }

    @Test
    void onDeleteBeforeReferencesIsAnError() {
        assertThatThrownBy(() -> column("author_id", bigint()).onDelete(CASCADE))
                .hasMessage("column author_id: call references(table, column) before onDelete(...)");
    }

    @Test
    void addColumnWithAReferenceAddsTheForeignKeyAfterIt() {
        op.inSchema("library").addColumn("book", column("author_id", bigint()).references("author", "id")
                .foreignKeyName("fk_book_author"));
        assertThat(sink.operations()).hasSize(2);
        assertThat(sink.operations().get(1)).isEqualTo(new AddConstraint(new QualifiedName("library", "book"),
                new ForeignKey("fk_book_author", List.of("author_id"), new QualifiedName("library", "author"),
                        List.of("id"), null, null)));
    }

    @Test
    void createForeignKeyNamesTheKey() {
        op.createForeignKey("fk_book_author", "book", foreignKey("author_id").references("author", "id"));
        AddConstraint add = (AddConstraint) sink.operations().get(0);
        assertThat(add.constraint().name()).isEqualTo("fk_book_author");
    }

    @Test
    void alterColumnBuildsOneOperationWithTheHints() {
        op.alterColumn("book", "title", alter -> alter.type(string(300)).existingType(string(200))
                .existingNullable(false));
        assertThat(sink.operations()).containsExactly(new AlterColumn(QualifiedName.of("book"), "title", null,
                string(300), null, null, null, string(200), false, null, null, null));
    }

    @Test
    void anAlterationThatChangesNothingIsAnError() {
        assertThatThrownBy(() -> op.alterColumn("book", "title", alter -> alter.existingType(string(200))))
                .hasMessageContaining("changes nothing");
    }
}
