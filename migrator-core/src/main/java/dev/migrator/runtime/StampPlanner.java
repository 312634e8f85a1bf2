package dev.migrator.runtime;

import dev.migrator.revision.RevisionGraph;
import dev.migrator.revision.VersionRowChange;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Works out the version rows a stamp leaves: each stamped revision replaces the rows on its own line of
 * descent, rows on unrelated branches stay, and {@code base} clears the rows it shares a line with (or
 * all of them).
 */
final class StampPlanner {

    private final RevisionGraph graph;

    StampPlanner(RevisionGraph graph) {
        this.graph = graph;
    }

    List<String> rowsAfterStamp(List<String> current, List<String> targets, boolean purge) {
        Set<String> rows = new LinkedHashSet<>(purge ? List.of() : current);
        if (!purge) {
            graph.requireKnown(current);
        }
        List<String> stamped = new ArrayList<>();
        for (String target : targets) {
            if ("base".equals(target)) {
                rows.clear();
                continue;
            }
            stamped.addAll(graph.resolve(target));
        }
        for (String revision : stamped) {
            Set<String> lineage = new LinkedHashSet<>(graph.ancestorsOf(List.of(revision)));
            lineage.addAll(graph.descendantsOf(List.of(revision)));
            rows.removeIf(lineage::contains);
        }
        rows.addAll(stamped);
        List<String> result = new ArrayList<>();
        for (String row : rows) {
            boolean impliedByAnother = rows.stream().anyMatch(other -> !other.equals(row)
                    && graph.ancestorsOf(List.of(other)).contains(row));
            if (!impliedByAnother) {
                result.add(row);
            }
        }
        return result;
    }

    static List<VersionRowChange> changes(List<String> before, List<String> after) {
        List<VersionRowChange> changes = new ArrayList<>();
        before.stream().filter(row -> !after.contains(row)).forEach(row -> changes.add(new VersionRowChange.Delete(row)));
        after.stream().filter(row -> !before.contains(row)).forEach(row -> changes.add(new VersionRowChange.Insert(row)));
        return changes;
    }
}
