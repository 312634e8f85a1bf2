package dev.migrator.revision;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The rows of the version table, one per current head, kept in step as migrations run. For each step it
 * says which rows to insert, delete or update, so that branches split and merge the way the graph does
 * (a merge turns several rows into one; reverting it brings them back, unless another row already
 * implies them).
 */
public final class VersionRows {

    private final RevisionGraph graph;
    private final Set<String> rows;

    public VersionRows(RevisionGraph graph, Collection<String> currentRows) {
        this.graph = graph;
        this.rows = new LinkedHashSet<>(currentRows);
    }

    /** The rows now, sorted. */
    public List<String> current() {
        return List.copyOf(new TreeSet<>(rows));
    }

    /** Records that {@code step} ran and returns the row changes that express it. */
    public List<VersionRowChange> apply(MigrationStep step) {
        List<String> down = step.downRevisions();
        String id = step.id();
        List<VersionRowChange> changes = new ArrayList<>();
        if (step.isUpgrade()) {
            List<String> present = down.stream().filter(rows::contains).toList();
            if (down.isEmpty() || present.isEmpty()) {
                insert(id, changes);
            } else if (present.size() > 1) {
                List<String> merged = withoutImpliedByOthers(down, present);
                for (String merging : merged.subList(0, merged.size() - 1)) {
                    delete(merging, changes);
                }
                update(merged.get(merged.size() - 1), id, changes);
            } else {
                update(present.get(0), id, changes);
            }
            return changes;
        }
        if (!rows.contains(id)) {
            // Reverted through a dependency of another row: that row still implies what lies below.
            return changes;
        }
        List<String> restore = rowsToRestore(id, down);
        if (restore.isEmpty()) {
            delete(id, changes);
        } else {
            for (String branch : restore.subList(0, restore.size() - 1)) {
                insert(branch, changes);
            }
            update(id, restore.get(restore.size() - 1), changes);
        }
        return changes;
    }

    /** The merge's parents that hold a row and that no other row already implies. */
    private List<String> withoutImpliedByOthers(List<String> down, List<String> present) {
        Set<String> others = new HashSet<>(rows);
        down.forEach(others::remove);
        Set<String> implied = others.isEmpty() ? Set.of() : graph.ancestorsOf(others);
        List<String> merged = present.stream().filter(parent -> !implied.contains(parent)).toList();
        return merged.isEmpty() ? present : merged;
    }

    /** The revisions below a reverted one that need a row again: those no remaining row implies. */
    private List<String> rowsToRestore(String id, List<String> down) {
        Set<String> others = new HashSet<>(rows);
        others.remove(id);
        Set<String> implied = new HashSet<>();
        if (!others.isEmpty()) {
            implied.addAll(graph.ancestorsOf(others));
        } else {
            for (String parent : down) {
                Set<String> below = new HashSet<>(graph.ancestorsOf(List.of(parent)));
                below.remove(parent);
                implied.addAll(below);
            }
        }
        return down.stream().filter(parent -> !implied.contains(parent)).toList();
    }

    private void insert(String id, List<VersionRowChange> changes) {
        rows.add(id);
        changes.add(new VersionRowChange.Insert(id));
    }

    private void delete(String id, List<VersionRowChange> changes) {
        rows.remove(id);
        changes.add(new VersionRowChange.Delete(id));
    }

    private void update(String from, String to, List<VersionRowChange> changes) {
        rows.remove(from);
        rows.add(to);
        changes.add(new VersionRowChange.Update(from, to));
    }
}
