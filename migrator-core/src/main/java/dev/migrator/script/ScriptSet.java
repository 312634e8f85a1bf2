package dev.migrator.script;

import dev.migrator.revision.RevisionNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The scripts of one location, each revision id once, in definition order: by creation time (scripts without one
 * last), then by id.
 */
public final class ScriptSet implements Iterable<MigrationScript> {

    private static final ScriptSet EMPTY = new ScriptSet(List.of());

    private final List<MigrationScript> scripts;
    private final Map<String, MigrationScript> byId;

    private ScriptSet(List<MigrationScript> orderedScripts) {
        this.scripts = List.copyOf(orderedScripts);
        Map<String, MigrationScript> index = new LinkedHashMap<>();
        scripts.forEach(script -> index.put(script.id(), script));
        this.byId = index;
    }

    /**
     * @throws DuplicateRevisionException if two scripts declare the same id
     */
    public static ScriptSet of(Collection<MigrationScript> scripts) {
        Map<String, MigrationScript> byId = new LinkedHashMap<>();
        for (MigrationScript script : scripts) {
            MigrationScript earlier = byId.putIfAbsent(script.id(), script);
            if (earlier != null) {
                throw new DuplicateRevisionException(script.id(), earlier.source(), script.source());
            }
        }
        List<MigrationScript> ordered = new ArrayList<>(scripts);
        ordered.sort(DefinitionOrder.ORDER);
        return new ScriptSet(ordered);
    }

    public static ScriptSet empty() {
        return EMPTY;
    }

    /** The scripts in definition order. */
    public List<MigrationScript> scripts() {
        return scripts;
    }

    /** The scripts' graph nodes, in definition order. */
    public List<RevisionNode> nodes() {
        return scripts.stream().map(MigrationScript::node).toList();
    }

    public Optional<MigrationScript> find(String revisionId) {
        return Optional.ofNullable(byId.get(revisionId));
    }

    public int size() {
        return scripts.size();
    }

    public boolean isEmpty() {
        return scripts.isEmpty();
    }

    @Override
    public Iterator<MigrationScript> iterator() {
        return scripts.iterator();
    }
}
