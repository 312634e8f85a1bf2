package dev.migrator.runtime;

import java.time.Instant;

/**
 * One step as the history table remembers it.
 *
 * @param revision the revision the step ran (for a stamp: the revision stamped)
 * @param action upgrade, downgrade or stamp
 * @param message the revision's message when it ran
 * @param startedAt when the step started
 * @param durationMillis how long it took; {@code null} for steps written by an offline script
 * @param databaseUser the database user that ran it, where known
 * @param success whether it completed
 * @param error what failed, for an unsuccessful step
 */
public record HistoryEntry(String revision, Action action, String message, Instant startedAt, Long durationMillis,
        String databaseUser, boolean success, String error) {

    /** What a step did. */
    public enum Action {
        UPGRADE,
        DOWNGRADE,
        STAMP
    }
}
