package dev.migrator.command;

import dev.migrator.Migration;
import dev.migrator.operations.Operations;
import dev.migrator.revision.RevisionGraph;
import dev.migrator.revision.RevisionNode;
import dev.migrator.script.MigrationScript;
import dev.migrator.script.ScriptSet;
import java.time.Instant;
import java.util.List;

/** Scripts for graphs in tests: each revision's message is "Message of <id>". */
final class Scripts {

    static final Instant CREATED = Instant.parse("2026-11-29T10:15:30Z");

    private static final Migration NOTHING = new Migration() {
        @Override
        public void upgrade(Operations op) {
        }

        @Override
        public void downgrade(Operations op) {
        }
    };

    private Scripts() {
    }

    static ScriptSet of(RevisionGraph graph) {
        List<MigrationScript> scripts = graph.revisions().stream().map(Scripts::script).toList();
        return ScriptSet.of(scripts);
    }

    private static MigrationScript script(RevisionNode node) {
        return MigrationScript.of(node, "Message of " + node.id(), CREATED, NOTHING);
    }
}
