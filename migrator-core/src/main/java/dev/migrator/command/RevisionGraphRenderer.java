package dev.migrator.command;

import dev.migrator.revision.RevisionGraph;
import dev.migrator.revision.RevisionNode;
import dev.migrator.revision.RevisionRange;
import dev.migrator.script.MigrationScript;
import dev.migrator.script.ScriptSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Pictures of the revision graph: ASCII for {@code history --graph}, and Graphviz DOT and Mermaid for documents.
 * Every text returned ends with a newline.
 *
 * <p>In DOT and Mermaid, arrows point the way upgrades go, from a revision to the revisions that follow it, with
 * bases at the bottom. Depends-on edges are dashed.
 */
public final class RevisionGraphRenderer {

    private final RevisionGraph graph;
    private final ScriptSet scripts;

    public RevisionGraphRenderer(RevisionGraph graph, ScriptSet scripts) {
        this.graph = Objects.requireNonNull(graph, "graph");
        this.scripts = Objects.requireNonNull(scripts, "scripts");
    }

    /**
     * The history as an ASCII graph in the manner of {@code git log --graph}: one line per revision, newest first,
     * each with its {@code history} line. For example:
     *
     * <pre>
     * * c, d -&gt; m (billing) (head) (mergepoint), Add reports
     * |\
     * * | b -&gt; c, Add invoices
     * | * b -&gt; d (billing), Add billing
     * |/
     * * a -&gt; b (branchpoint), Add customers
     * * &lt;base&gt; -&gt; a, Create schema
     * </pre>
     *
     * @param range the revisions to draw, or {@code null} for all; lines to revisions outside it are not drawn
     * @param currentRevisions revisions to mark with {@code (current)}
     */
    public String ascii(RevisionRange range, Set<String> currentRevisions) {
        RevisionText text = new RevisionText(graph, scripts, currentRevisions);
        List<String> ids = range == null ? graph.history() : graph.history(range);
        List<String> lines = AsciiGraph.render(ids, id -> graph.revision(id).orElseThrow().downRevisions(),
                id -> text.summary(id, true, true, true));
        StringBuilder out = new StringBuilder();
        lines.forEach(line -> out.append(line).append('\n'));
        return out.toString();
    }

    /** The whole graph for Graphviz: {@code dot -Tsvg revisions.dot > revisions.svg}. */
    public String dot() {
        StringBuilder out = new StringBuilder("digraph revisions {\n")
                .append("    rankdir=BT;\n")
                .append("    node [shape=box, fontname=\"monospace\"];\n");
        for (RevisionNode revision : graph.revisions()) {
            out.append("    ").append(dotString(revision.id())).append(" [label=")
                    .append(dotString(String.join("\n", label(revision)))).append("];\n");
        }
        for (RevisionNode revision : graph.revisions()) {
            for (String down : revision.downRevisions()) {
                out.append("    ").append(dotString(down)).append(" -> ").append(dotString(revision.id()))
                        .append(";\n");
            }
            for (String dependency : dependencies(revision)) {
                out.append("    ").append(dotString(dependency)).append(" -> ").append(dotString(revision.id()))
                        .append(" [style=dashed];\n");
            }
        }
        return out.append("}\n").toString();
    }

    /** The whole graph as a Mermaid flowchart, for Markdown that renders Mermaid. */
    public String mermaid() {
        MermaidIds ids = new MermaidIds();
        StringBuilder out = new StringBuilder("flowchart BT\n");
        for (RevisionNode revision : graph.revisions()) {
            out.append("    ").append(ids.of(revision.id())).append("[\"")
                    .append(String.join("<br/>", label(revision).stream().map(RevisionGraphRenderer::mermaidText)
                            .toList()))
                    .append("\"]\n");
        }
        for (RevisionNode revision : graph.revisions()) {
            for (String down : revision.downRevisions()) {
                out.append("    ").append(ids.of(down)).append(" --> ").append(ids.of(revision.id())).append('\n');
            }
            for (String dependency : dependencies(revision)) {
                out.append("    ").append(ids.of(dependency)).append(" -.-> ").append(ids.of(revision.id()))
                        .append('\n');
            }
        }
        return out.toString();
    }

    /** The id with the labels the revision declares, then the message when there is one. */
    private List<String> label(RevisionNode revision) {
        String title = revision.id() + (revision.branchLabels().isEmpty() ? ""
                : " (" + String.join(", ", revision.branchLabels().stream().sorted().toList()) + ")");
        String message = scripts.find(revision.id()).map(MigrationScript::message).orElse("");
        return message.isEmpty() ? List.of(title) : List.of(title, message.lines().findFirst().orElse(""));
    }

    /** Depends-on entries as revision ids: an entry may be a branch label. */
    private List<String> dependencies(RevisionNode revision) {
        return revision.dependsOn().stream().map(dependency -> graph.resolveOne(dependency).orElseThrow())
                .distinct().toList();
    }

    private static String dotString(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + '"';
    }

    private static String mermaidText(String text) {
        return text.replace("&", "#amp;").replace("\"", "#quot;").replace("<", "#lt;").replace(">", "#gt;");
    }

    /**
     * Mermaid node ids: the revision id where Mermaid accepts it as is, prefixed so that ids such as {@code end} or
     * {@code 1e5} are not read as keywords or numbers; other characters become {@code _}, numbered if that clashes.
     */
    private static final class MermaidIds {

        private final Map<String, String> byRevision = new HashMap<>();
        private final Set<String> used = new HashSet<>();

        String of(String revisionId) {
            return byRevision.computeIfAbsent(revisionId, id -> {
                String base = "r_" + id.replaceAll("[^A-Za-z0-9_]", "_");
                String candidate = base;
                for (int n = 2; !used.add(candidate); n++) {
                    candidate = base + "_" + n;
                }
                return candidate;
            });
        }
    }
}
