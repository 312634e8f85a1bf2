package dev.migrator.test.autoconfigure;

import dev.migrator.autoconfigure.MigratorInstance;
import dev.migrator.autogenerate.SchemaDiff;
import dev.migrator.command.Migrator;
import dev.migrator.revision.MigrationStep;
import dev.migrator.revision.RevisionGraph;
import dev.migrator.revision.RevisionNode;
import dev.migrator.schema.Schema;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * {@link AutoMigrate#stairway()}: from base, each revision of the upgrade plan to the heads in turn is upgraded,
 * downgraded and upgraded again, the way pytest-alembic's stairway test walks Alembic's history. After its downgrade
 * the schema must be the one before its upgrade, and after the second upgrade the one after the first. The walk stops
 * at the first revision that fails; on success the database is put back at the instance's target.
 */
final class StairwayCheck {

    /** The problem with the first revision that fails, if one does. */
    Optional<String> check(MigratorInstance instance) {
        Migrator migrator = instance.migrator();
        RevisionGraph graph = migrator.graph();
        LiveSchema live = new LiveSchema(migrator);
        Optional<String> problem = step("downgrading to base, where the stairway starts",
                () -> migrator.downgrade("base"), "Fix the downgrade() of the revision the error names.");
        if (problem.isPresent()) {
            return problem;
        }
        Schema before = live.read();
        for (MigrationStep step : graph.upgradePlan(List.of(), "heads").steps()) {
            String revision = step.id();
            String name = RevisionNames.of(migrator, revision);
            problem = step("the upgrade of revision " + name, () -> migrator.upgrade(revision),
                    "Fix its upgrade().");
            if (problem.isPresent()) {
                return problem;
            }
            Schema upgraded = live.read();
            String downgradeTarget = DowngradeTarget.removingOnly(graph, revision, migrator.current());
            problem = step("the downgrade of revision " + name + " (downgrade " + downgradeTarget + ")",
                    () -> migrator.downgrade(downgradeTarget), "Fix its downgrade().");
            if (problem.isPresent()) {
                return problem;
            }
            SchemaDiff leftBehind = live.differences(before, live.read());
            if (!leftBehind.isEmpty()) {
                return Optional.of("stairway: the downgrade of revision " + name + " does not restore the schema its"
                        + " upgrade started from. To get back there, the database still needs:\n"
                        + leftBehind.describe() + "Make downgrade() of " + revision + " undo everything its upgrade()"
                        + " does.");
            }
            problem = step("upgrading revision " + name + " again, after its downgrade",
                    () -> migrator.upgrade(revision), "Its downgrade() leaves something behind that its upgrade()"
                            + " trips over: make downgrade() undo everything upgrade() does.");
            if (problem.isPresent()) {
                return problem;
            }
            Schema again = live.read();
            SchemaDiff changed = live.differences(upgraded, again);
            if (!changed.isEmpty()) {
                return Optional.of("stairway: upgrading revision " + name + " again, after its downgrade, gives a"
                        + " different schema than its first upgrade. The second upgrade would need:\n"
                        + changed.describe() + "Make downgrade() of " + revision + " undo exactly what its upgrade()"
                        + " does.");
            }
            before = again;
        }
        backToTarget(instance);
        return Optional.empty();
    }

    /** The walk ends at the heads; the tests expect the database where @AutoMigrate put it. */
    private static void backToTarget(MigratorInstance instance) {
        Migrator migrator = instance.migrator();
        List<String> wanted = migrator.graph().resolve(instance.target());
        if (!new HashSet<>(migrator.current()).equals(new HashSet<>(wanted))) {
            migrator.downgrade(instance.target());
        }
    }

    private static Optional<String> step(String what, Runnable action, String todo) {
        try {
            action.run();
            return Optional.empty();
        } catch (RuntimeException failure) {
            return Optional.of("stairway: " + what + " failed: " + failure.getMessage() + "\n" + todo);
        }
    }

    /** Where to downgrade so that exactly one revision, just upgraded and so a current head, is reverted. */
    static final class DowngradeTarget {

        private DowngradeTarget() {
        }

        /**
         * Below a revision with one down revision {@code d}: {@code d}; below a merge: its first down revision;
         * below a base: {@code base} when the graph has one. When that target would revert other branches too (the
         * down revision is also under another current head), the walk is narrowed to the revision's own branch:
         * {@code <revision>@<target>}.
         */
        static String removingOnly(RevisionGraph graph, String revision, List<String> current) {
            RevisionNode node = graph.revision(revision).orElseThrow();
            String below = node.isBase() ? "base" : node.downRevisions().get(0);
            String plain = node.isBase() && graph.bases().size() > 1 ? revision + "@base" : below;
            for (String target : List.of(plain, revision + "@" + below)) {
                if (graph.downgradePlan(current, target).revisionIds().equals(List.of(revision))) {
                    return target;
                }
            }
            throw new IllegalStateException("No downgrade target reverts revision " + revision + " alone from "
                    + current + "; neither '" + plain + "' nor '" + revision + "@" + below + "' does.");
        }
    }
}
