package dev.migrator.command;

import dev.migrator.revision.RevisionGraph;
import dev.migrator.script.ScriptSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The text of {@code history}, {@code heads}, {@code branches} and {@code show}, as Alembic prints them. Each
 * method returns the whole output, every line ending with a newline; nothing is printed here.
 *
 * <p>A one-line entry reads {@code <down> -> <rev> (<labels>) (head) (current) (branchpoint) (mergepoint),
 * <message>}, with {@code <base>} for a revision without down revisions and depends-on in parentheses after the
 * down revisions. A verbose entry is a block starting with {@code Rev:}.
 */
public final class HistoryFormatter {

    private final RevisionGraph graph;
    private final ScriptSet scripts;

    /**
     * @param scripts where messages, creation dates and sources come from; revisions without a script are shown
     *     without them
     */
    public HistoryFormatter(RevisionGraph graph, ScriptSet scripts) {
        this.graph = Objects.requireNonNull(graph, "graph");
        this.scripts = Objects.requireNonNull(scripts, "scripts");
    }

    /**
     * The revisions of the range (all of them without one), newest first.
     *
     * @throws dev.migrator.revision.RevisionException if an end of the range names no revision
     */
    public String history(HistoryOptions options) {
        RevisionText text = new RevisionText(graph, scripts, options.currentRevisions());
        List<String> ids = options.range() == null ? graph.history() : graph.history(options.range());
        List<String> entries = new ArrayList<>();
        for (String id : ids) {
            entries.add(options.verbose() ? text.logEntry(id) : text.summary(id, true, true, true));
        }
        return options.verbose() ? blocks(entries) : lines(entries);
    }

    /** The heads: revisions that nothing follows, not even through depends-on. */
    public String heads(boolean verbose, Set<String> currentRevisions) {
        RevisionText text = new RevisionText(graph, scripts, currentRevisions);
        List<String> entries = new ArrayList<>();
        for (String id : graph.resolve("heads")) {
            entries.add(verbose ? text.logEntry(id) : text.summary(id, false, false, false));
        }
        return verbose ? blocks(entries) : lines(entries);
    }

    /** Each branch point, newest first, followed by one {@code -> <child>} line per revision that follows it. */
    public String branches(boolean verbose) {
        RevisionText text = new RevisionText(graph, scripts, Set.of());
        List<String> entries = new ArrayList<>();
        for (String id : graph.history()) {
            if (!graph.isBranchPoint(id)) {
                continue;
            }
            StringBuilder entry = new StringBuilder(verbose ? text.logEntry(id) : text.summary(id, false, true, false));
            for (String child : graph.children(id)) {
                entry.append('\n').append(" ".repeat(id.length())).append(" -> ")
                        .append(text.summary(child, false, true, verbose));
            }
            entries.add(entry.toString());
        }
        return verbose ? blocks(entries) : lines(entries);
    }

    /**
     * The verbose block of each revision {@code target} names: an id or prefix, a branch label, {@code head},
     * {@code heads}, {@code <label>@head}, ...
     *
     * @throws dev.migrator.revision.RevisionException if the target names no revision
     */
    public String show(String target) {
        RevisionText text = new RevisionText(graph, scripts, Set.of());
        return blocks(graph.resolve(target).stream().map(text::logEntry).toList());
    }

    private static String lines(List<String> entries) {
        StringBuilder out = new StringBuilder();
        entries.forEach(entry -> out.append(entry).append('\n'));
        return out.toString();
    }

    /** Verbose entries with a blank line after each, as Alembic separates them. */
    private static String blocks(List<String> entries) {
        StringBuilder out = new StringBuilder();
        entries.forEach(entry -> out.append(entry).append("\n\n"));
        return out.toString();
    }
}
