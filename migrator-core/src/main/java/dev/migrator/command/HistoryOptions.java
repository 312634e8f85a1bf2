package dev.migrator.command;

import dev.migrator.revision.RevisionRange;
import java.util.Set;

/**
 * What {@code history} shows.
 *
 * @param range the revisions to show, or {@code null} for all of them
 * @param verbose whether each revision gets its full block rather than one line
 * @param currentRevisions the database's current revisions to mark with {@code (current)}; empty marks none
 */
public record HistoryOptions(RevisionRange range, boolean verbose, Set<String> currentRevisions) {

    public HistoryOptions {
        currentRevisions = Set.copyOf(currentRevisions);
    }

    /** Every revision, one line each, without current markers. */
    public static HistoryOptions all() {
        return new HistoryOptions(null, false, Set.of());
    }

    public HistoryOptions withRange(RevisionRange newRange) {
        return new HistoryOptions(newRange, verbose, currentRevisions);
    }

    public HistoryOptions withVerbose(boolean newVerbose) {
        return new HistoryOptions(range, newVerbose, currentRevisions);
    }

    public HistoryOptions withCurrentRevisions(Set<String> current) {
        return new HistoryOptions(range, verbose, current);
    }
}
