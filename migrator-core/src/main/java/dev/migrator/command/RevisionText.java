package dev.migrator.command;

import dev.migrator.revision.RevisionGraph;
import dev.migrator.revision.RevisionNode;
import dev.migrator.script.MigrationScript;
import dev.migrator.script.ScriptSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * How one revision is described in command output, the way Alembic prints it: a one-line summary with its
 * parents, branch labels and markers such as {@code (head)}, or a verbose block with everything known about it.
 */
final class RevisionText {

    private final RevisionGraph graph;
    private final ScriptSet scripts;
    private final Set<String> realHeads;
    private final Set<String> current;

    RevisionText(RevisionGraph graph, ScriptSet scripts, Set<String> current) {
        this.graph = graph;
        this.scripts = scripts;
        this.realHeads = new HashSet<>(graph.headsConsideringDependencies());
        this.current = Set.copyOf(current);
    }

    /**
     * {@code <down> (<depends-on>) -> <rev> (<labels>) (head) (current) (branchpoint) (mergepoint), <message>},
     * leaving out what does not apply or was not asked for.
     */
    String summary(String id, boolean withParents, boolean withTreeMarkers, boolean withMessage) {
        RevisionNode revision = revision(id);
        StringBuilder text = new StringBuilder();
        if (withParents) {
            text.append(parents(revision));
            if (!revision.dependsOn().isEmpty()) {
                text.append(" (").append(String.join(", ", revision.dependsOn())).append(')');
            }
            text.append(" -> ");
        }
        text.append(id);
        Set<String> labels = graph.branchLabelsOf(id);
        if (!labels.isEmpty()) {
            text.append(" (").append(String.join(", ", labels)).append(')');
        }
        text.append(headMarkers(id));
        if (withTreeMarkers) {
            text.append(treeMarkers(id));
        }
        if (withMessage) {
            text.append(", ").append(firstLine(message(id)));
        }
        return text.toString();
    }

    /** The verbose block: what Alembic calls the log entry. Ends without a newline. */
    String logEntry(String id) {
        RevisionNode revision = revision(id);
        Optional<MigrationScript> script = scripts.find(id);
        StringBuilder text = new StringBuilder();
        text.append("Rev: ").append(id).append(headMarkers(id)).append(treeMarkers(id)).append('\n');
        text.append(revision.isMergePoint() ? "Merges: " : "Parent: ").append(parents(revision)).append('\n');
        if (!revision.dependsOn().isEmpty()) {
            text.append("Also depends on: ").append(String.join(", ", revision.dependsOn())).append('\n');
        }
        if (graph.isBranchPoint(id)) {
            text.append("Branches into: ").append(String.join(", ", graph.children(id))).append('\n');
        }
        Set<String> labels = graph.branchLabelsOf(id);
        if (!labels.isEmpty()) {
            text.append("Branch names: ").append(String.join(", ", labels)).append('\n');
        }
        script.ifPresent(found -> text.append("Path: ").append(found.source()).append('\n'));
        text.append('\n');
        String message = message(id);
        if (!message.isEmpty()) {
            message.lines().forEach(line -> text.append(indent(line)).append('\n'));
            text.append('\n');
        }
        text.append("    Revision ID: ").append(id).append('\n');
        text.append("    Revises: ").append(parents(revision));
        script.flatMap(MigrationScript::created)
                .ifPresent(created -> text.append('\n').append("    Create Date: ").append(created));
        return text.toString();
    }

    /** {@code (head)} for a revision nothing follows, {@code (effective head)} when only dependents follow it. */
    private String headMarkers(String id) {
        String head = realHeads.contains(id) ? " (head)" : graph.isHead(id) ? " (effective head)" : "";
        return head + (current.contains(id) ? " (current)" : "");
    }

    private String treeMarkers(String id) {
        return (graph.isBranchPoint(id) ? " (branchpoint)" : "") + (graph.isMergePoint(id) ? " (mergepoint)" : "");
    }

    private RevisionNode revision(String id) {
        return graph.revision(id).orElseThrow();
    }

    private static String parents(RevisionNode revision) {
        return revision.isBase() ? "<base>" : String.join(", ", revision.downRevisions());
    }

    private String message(String id) {
        return scripts.find(id).map(MigrationScript::message).orElse("");
    }

    private static String firstLine(String message) {
        List<String> lines = message.lines().toList();
        return lines.isEmpty() ? "" : lines.get(0);
    }

    private static String indent(String line) {
        return line.isBlank() ? "" : "    " + line;
    }
}
