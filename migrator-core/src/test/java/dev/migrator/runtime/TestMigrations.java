package dev.migrator.runtime;

import dev.migrator.Migration;
import dev.migrator.dialect.Dialect;
import dev.migrator.dialect.Dialects;
import dev.migrator.operations.Operations;
import dev.migrator.revision.RevisionGraph;
import dev.migrator.revision.RevisionNode;
import dev.migrator.script.MigrationScript;
import dev.migrator.script.ScriptSet;
import dev.migrator.testsupport.TestDatabase;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/** Builds a small migration history in code, for runtime tests. */
final class TestMigrations {

    private final List<MigrationScript> scripts = new ArrayList<>();

    TestMigrations revision(String id, List<String> down, Consumer<Operations> upgrade, Consumer<Operations> downgrade) {
        return revision(new RevisionNode(id, down, Set.of(), List.of()), upgrade, downgrade);
    }

    TestMigrations revision(RevisionNode node, Consumer<Operations> upgrade, Consumer<Operations> downgrade) {
        Instant created = Instant.parse("2026-01-01T00:00:00Z").plusSeconds(scripts.size());
        scripts.add(MigrationScript.of(node, "revision " + node.id(), created, new Migration() {
            @Override
            public void upgrade(Operations op) {
                upgrade.accept(op);
            }

            @Override
            public void downgrade(Operations op) {
                downgrade.accept(op);
            }
        }));
        return this;
    }

    ScriptSet scripts() {
        return ScriptSet.of(scripts);
    }

    RevisionGraph graph() {
        return RevisionGraph.of(scripts().nodes());
    }

    MigrationExecutor executor(TestDatabase db) {
        return executor(db, RuntimeSettings.defaults(), MigrationListener.NONE);
    }

    MigrationExecutor executor(TestDatabase db, RuntimeSettings settings, MigrationListener listener) {
        return new MigrationExecutor(db.dataSource(), dialectOf(db), graph(), scripts(), settings, listener);
    }

    static Dialect dialectOf(TestDatabase db) {
        return switch (db.kind()) {
            case H2 -> Dialects.forName("h2");
            case POSTGRESQL -> Dialects.forName("postgresql");
            case MARIADB -> Dialects.forName("mariadb");
        };
    }
}
