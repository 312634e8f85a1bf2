package dev.migrator.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaModelTest {

    @Test
    void typesRejectImpossibleSizes() {
        assertThatThrownBy(() -> Types.string(0)).hasMessage("string length must be positive, was 0");
        assertThatThrownBy(() -> Types.numeric(5, 6)).hasMessageContaining("scale <= precision");
        assertThatThrownBy(() -> Types.enumOf()).hasMessageContaining("at least one value");
        assertThatThrownBy(() -> Types.raw(" ")).hasMessageContaining("blank");
    }

    @Test
    void aForeignKeyNeedsOneReferencedColumnPerColumn() {
        assertThatThrownBy(() -> new ForeignKey("fk", List.of("a", "b"), QualifiedName.of("t"), List.of("id"), null,
                null)).hasMessage("foreign key fk has 2 column(s) but references 1; give one referenced column per column");
    }

    @Test
    void modelValuesAreImmutableAndCompareByValue() {
        Table table = new Table(QualifiedName.of("book"), List.of(Column.of("id", Types.bigint())), List.of(),
                List.of(), null);
        assertThatThrownBy(() -> table.columns().add(Column.of("x", Types.text())))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(Column.of("id", Types.bigint()).withNullable(false))
                .isEqualTo(new Column("id", Types.bigint(), false, null, false, null));
        assertThat(new QualifiedName("lib", "book").toString()).isEqualTo("lib.book");
    }
}
