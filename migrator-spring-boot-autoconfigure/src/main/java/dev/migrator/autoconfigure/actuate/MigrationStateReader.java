package dev.migrator.autoconfigure.actuate;

import dev.migrator.autoconfigure.MigratorInstance;
import dev.migrator.autoconfigure.actuate.MigratorEndpoint.InstanceDescriptor;
import dev.migrator.autoconfigure.actuate.MigratorEndpoint.PendingRevision;
import dev.migrator.autoconfigure.actuate.MigratorEndpoint.RecordedStep;
import dev.migrator.autoconfigure.actuate.MigratorEndpoint.RevisionDescriptor;
import dev.migrator.command.Migrator;
import dev.migrator.revision.MigrationPlan;
import dev.migrator.revision.RevisionGraph;
import dev.migrator.revision.RevisionNode;
import dev.migrator.runtime.HistoryEntry;
import dev.migrator.script.MigrationScript;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads one instance's database and revision graph into the endpoint's shape. */
final class MigrationStateReader {

    private MigrationStateReader() {
    }

    /**
     * The revisions an upgrade to the instance's target ({@code spring.migrator.target}) would apply: what start-up
     * would do now. A target held back on purpose (say, behind a revision not to be released yet) leaves nothing
     * pending, so health stays UP; the endpoint still lists every head.
     */
    static MigrationPlan pending(MigratorInstance instance) {
        return instance.migrator().pending(instance.target());
    }

    static InstanceDescriptor describe(MigratorInstance instance, PendingDiffs diffs) {
        Migrator migrator = instance.migrator();
        List<String> current;
        MigrationPlan pending;
        List<HistoryEntry> recorded;
        try {
            current = migrator.current();
            pending = pending(instance);
            recorded = migrator.appliedHistory();
        } catch (RuntimeException unreadable) {
            return new InstanceDescriptor(instance.target(), List.of(), migrator.heads(), List.of(), List.of(), null,
                    unreadable.getMessage());
        }
        return new InstanceDescriptor(instance.target(), current, migrator.heads(), pendingRevisions(migrator, pending),
                history(migrator, current, recorded), diffs.get(instance), null);
    }

    private static List<PendingRevision> pendingRevisions(Migrator migrator, MigrationPlan plan) {
        return plan.steps().stream().map(step -> new PendingRevision(step.id(), messageOf(migrator, step.id())))
                .toList();
    }

    private static List<RevisionDescriptor> history(Migrator migrator, List<String> current,
            List<HistoryEntry> recorded) {
        RevisionGraph graph = migrator.graph();
        Map<String, HistoryEntry> latest = new HashMap<>();
        recorded.forEach(entry -> latest.put(entry.revision(), entry)); // oldest first: the last one wins
        Set<String> applied = graph.ancestorsOf(current);
        return graph.history().stream().map(id -> {
            RevisionNode node = graph.revision(id).orElseThrow();
            MigrationScript script = migrator.scripts().find(id).orElse(null);
            return new RevisionDescriptor(id, node.downRevisions(), node.branchLabels().stream().sorted().toList(),
                    script != null ? script.message() : null, script != null ? script.created().orElse(null) : null,
                    applied.contains(id), recordedStep(latest.get(id)));
        }).toList();
    }

    private static RecordedStep recordedStep(HistoryEntry entry) {
        if (entry == null) {
            return null;
        }
        return new RecordedStep(entry.action().name(), entry.startedAt(), entry.databaseUser(), entry.durationMillis(),
                entry.success(), entry.error());
    }

    private static String messageOf(Migrator migrator, String revision) {
        return migrator.scripts().find(revision).map(MigrationScript::message).orElse(null);
    }
}
