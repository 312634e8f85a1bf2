package dev.migrator.runtime;

/** How migrations are grouped into transactions. */
public enum TransactionMode {
    /** Each migration and its version-table change commit together; a failure keeps the earlier ones. */
    PER_MIGRATION,
    /**
     * The whole run is one transaction: a failure undoes every migration of the run. Only databases with
     * transactional DDL can honour it; elsewhere it behaves as {@link #PER_MIGRATION}.
     */
    ALL
}
