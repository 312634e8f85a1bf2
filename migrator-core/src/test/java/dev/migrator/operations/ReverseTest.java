package dev.migrator.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrator.schema.Column;
import dev.migrator.schema.ConstraintType;
import dev.migrator.schema.QualifiedName;
import dev.migrator.schema.Types;
import dev.migrator.schema.UniqueConstraint;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReverseTest {

    private static final QualifiedName BOOK = QualifiedName.of("book");

    @Test
    void reversingTwiceGivesTheOperationBack() {
        List<MigrationOperation> ops = List.of(
                new AddColumn(BOOK, Column.of("isbn", Types.string(13))),
                new RenameTable(BOOK, "tome"),
                new SetTableComment(BOOK, "new", "old"),
                new CreateSchema("archive"),
                new AddConstraint(BOOK, new UniqueConstraint("uq_isbn", List.of("isbn"))));
        for (MigrationOperation op : ops) {
            assertThat(op.reverse().reverse()).as(op.describe()).isEqualTo(op);
        }
    }

    @Test
    void alterColumnReverseSwapsNewAndExistingValues() {
        AlterColumn alter = new AlterColumn(BOOK, "title", "name", Types.string(300), true, Change.to("'x'"),
                null, Types.string(200), false, null, "Cover", false);
        AlterColumn back = (AlterColumn) alter.reverse();
        assertThat(back.column()).isEqualTo("name");
        assertThat(back.newName()).isEqualTo("title");
        assertThat(back.type()).isEqualTo(Types.string(200));
        assertThat(back.nullable()).isFalse();
        assertThat(back.serverDefault()).isEqualTo(Change.remove());
        assertThat(back.comment()).isNull();
        assertThat(back.existingType()).isEqualTo(Types.string(300));
        assertThat(back.existingNullable()).isTrue();
        assertThat(back.existingServerDefault()).isEqualTo("'x'");
        assertThat(back.existingComment()).isEqualTo("Cover");
        assertThat(back.existingIdentity()).as("no alteration changes identity").isFalse();
    }

    @Test
    void dropsWithoutTheExistingDefinitionCannotBeReversed() {
        assertThatThrownBy(() -> new DropColumn(BOOK, "isbn", null).reverse())
                .isInstanceOf(IrreversibleOperationException.class)
                .hasMessage("Cannot reverse 'drop column book.isbn': the dropped column's definition is unknown; "
                        + "record it in DropColumn.existing to make the drop reversible");
        assertThatThrownBy(() -> new DropTable(BOOK, null).reverse()).isInstanceOf(IrreversibleOperationException.class);
        assertThatThrownBy(() -> new DropIndex(BOOK, "ix", null).reverse()).isInstanceOf(IrreversibleOperationException.class);
        assertThatThrownBy(() -> new DropConstraint(BOOK, "fk", ConstraintType.FOREIGN_KEY, null).reverse())
                .isInstanceOf(IrreversibleOperationException.class);
        assertThatThrownBy(() -> new DropSequence(BOOK, null).reverse()).isInstanceOf(IrreversibleOperationException.class);
        assertThatThrownBy(() -> new AlterSequence(BOOK, 50, null).reverse())
                .isInstanceOf(IrreversibleOperationException.class).hasMessageContaining("existingIncrementBy");
    }

    @Test
    void aSequenceAlteredGoesBackToItsIncrementBefore() {
        assertThat(new AlterSequence(BOOK, 50, 1L).reverse()).isEqualTo(new AlterSequence(BOOK, 1, 50L));
    }

    @Test
    void dataOperationsAndUnstatedAlterationsCannotBeReversed() {
        assertThatThrownBy(() -> new ExecuteSql("DELETE FROM book").reverse())
                .isInstanceOf(IrreversibleOperationException.class)
                .hasMessageContaining("write it in downgrade()");
        assertThatThrownBy(() -> new BulkInsert(BOOK, List.of(Map.of("id", 1))).reverse())
                .isInstanceOf(IrreversibleOperationException.class);
        assertThatThrownBy(() -> new RunJdbc("x", c -> { }).reverse()).isInstanceOf(IrreversibleOperationException.class);
        assertThatThrownBy(() -> new AlterColumn(BOOK, "t", null, Types.text(), null, null, null, null, null, null,
                null, null).reverse()).hasMessageContaining("state existingType");
        assertThatThrownBy(() -> new AddConstraint(BOOK, new UniqueConstraint(null, List.of("isbn"))).reverse())
                .hasMessageContaining("give it a name");
    }
}
