package dev.migrator.revision;

import java.util.Collection;
import java.util.List;

/**
 * What a caller names when it asks the graph for revisions: either one piece of target text
 * ({@code head}, {@code ae10}, {@code branch@+1}, {@code base}) or a list of plain revision ids (the
 * current heads of a database). The difference matters: relative syntax and {@code label@} narrowing
 * apply only to text.
 */
public final class RevisionRef {

    private static final RevisionRef BASE = new RevisionRef(null, List.of());

    private final String text;
    private final List<String> ids;

    private RevisionRef(String text, List<String> ids) {
        this.text = text;
        this.ids = ids;
    }

    /** Target text; {@code null} means base. */
    public static RevisionRef of(String text) {
        return text == null ? BASE : new RevisionRef(text, List.of());
    }

    /** A list of revision ids or target texts taken one by one; empty means base. */
    public static RevisionRef ofAll(Collection<String> ids) {
        return new RevisionRef(null, List.copyOf(ids));
    }

    public static RevisionRef base() {
        return BASE;
    }

    boolean isText() {
        return text != null;
    }

    String text() {
        return text;
    }

    List<String> ids() {
        return ids;
    }

    boolean isBase() {
        return text == null && ids.isEmpty();
    }

    @Override
    public String toString() {
        if (text != null) {
            return text;
        }
        return ids.isEmpty() ? "base" : String.join(", ", ids);
    }
}
