package dev.migrator.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrator.Migration;
import dev.migrator.operations.Operations;
import dev.migrator.revision.RevisionNode;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScriptSetTest {

    private static final Migration NOTHING = new Migration() {
        @Override
        public void upgrade(Operations op) {
        }

        @Override
        public void downgrade(Operations op) {
        }
    };

    private static MigrationScript script(String id, String created) {
        return MigrationScript.of(RevisionNode.of(id), "", created == null ? null : Instant.parse(created), NOTHING);
    }

    @Test
    void ordersByCreatedThenIdWithUndatedScriptsLast() {
        ScriptSet set = ScriptSet.of(List.of(script("zz", null), script("bb", "2026-01-02T00:00:00Z"),
                script("aa", null), script("cc", "2026-01-01T00:00:00Z"), script("ab", "2026-01-02T00:00:00Z")));
        assertThat(set.scripts()).extracting(MigrationScript::id).containsExactly("cc", "ab", "bb", "aa", "zz");
        assertThat(set.nodes()).extracting(RevisionNode::id).containsExactly("cc", "ab", "bb", "aa", "zz");
    }

    @Test
    void findsScriptsById() {
        ScriptSet set = ScriptSet.of(List.of(script("aa", null)));
        assertThat(set.find("aa")).get().extracting(MigrationScript::id).isEqualTo("aa");
        assertThat(set.find("bb")).isEmpty();
        assertThat(ScriptSet.empty().isEmpty()).isTrue();
    }

    @Test
    void rejectsTheSameIdTwiceNamingBothSources() {
        MigrationScript first = MigrationScript.of(RevisionNode.of("aa"), "", null, NOTHING);
        MigrationScript second = SqlScriptParser.parse("db/aa.sql", "-- migrator:revision aa\n-- migrator:upgrade\n");
        assertThatThrownBy(() -> ScriptSet.of(List.of(first, second)))
                .isInstanceOf(DuplicateRevisionException.class)
                .hasMessageContaining("Revision 'aa' is defined twice")
                .hasMessageContaining(first.source())
                .hasMessageContaining("db/aa.sql")
                .hasMessageContaining("Give one of them a new id");
    }
}
