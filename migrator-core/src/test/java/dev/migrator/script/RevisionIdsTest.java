package dev.migrator.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RevisionIdsTest {

    @Test
    void generatedIdsAreTwelveLowercaseHexCharacters() {
        for (int i = 0; i < 1_000; i++) {
            assertThat(RevisionIds.generate()).matches("[0-9a-f]{12}");
        }
    }

    @Test
    void tenThousandGeneratedIdsAreAllDifferent() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            ids.add(RevisionIds.generate());
        }
        assertThat(ids).hasSize(10_000);
    }

    @Test
    void generatedIdsAreValid() {
        assertThat(RevisionIds.isValid(RevisionIds.generate())).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"3f2a1b4c5d6e", "add_book_table", "V1", "ревизия"})
    void acceptsIdsWithoutTargetSyntax(String id) {
        assertThat(RevisionIds.requireValidId(id)).isEqualTo(id);
        assertThat(RevisionIds.requireValidBranchLabel(id)).isEqualTo(id);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a@b", "a-b", "a+2", "a:b", "a,b", "a b", "a\tb", "a\nb"})
    void rejectsIdsContainingTargetSyntaxOrWhitespace(String id) {
        assertThatThrownBy(() -> RevisionIds.requireValidId(id))
                .isInstanceOf(InvalidRevisionIdException.class)
                .hasMessageContaining("revision id")
                .hasMessageContaining("use letters, digits and underscores");
        assertThatThrownBy(() -> RevisionIds.requireValidBranchLabel(id))
                .isInstanceOf(InvalidRevisionIdException.class)
                .hasMessageContaining("branch label");
    }

    @Test
    void rejectsEmptyIds() {
        assertThatThrownBy(() -> RevisionIds.requireValidId("")).hasMessageContaining("must not be empty");
        assertThatThrownBy(() -> RevisionIds.requireValidId(null)).hasMessageContaining("must not be empty");
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "head", "heads"})
    void rejectsWordsThatAreTargets(String word) {
        assertThatThrownBy(() -> RevisionIds.requireValidBranchLabel(word)).hasMessageContaining("reserved word");
    }
}
