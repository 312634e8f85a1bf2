package dev.migrator.runtime;

import dev.migrator.schema.QualifiedName;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * How the runtime keeps its books and runs: the version and history tables, transactions and locking.
 *
 * @param versionTable the table with one row per current head ({@code migrator_version} by default)
 * @param historyTable the append-only log of every step run ({@code migrator_history} by default)
 * @param transactionMode one transaction per migration (default) or one for the whole run
 * @param lockTimeout how long a run waits for another instance's run to finish before giving up
 * @param clock where the history table's times come from
 */
public record RuntimeSettings(QualifiedName versionTable, QualifiedName historyTable, TransactionMode transactionMode,
        Duration lockTimeout, Clock clock) {

    public static final String DEFAULT_VERSION_TABLE = "migrator_version";
    public static final String DEFAULT_HISTORY_TABLE = "migrator_history";
    public static final Duration DEFAULT_LOCK_TIMEOUT = Duration.ofMinutes(1);

    public RuntimeSettings {
        Objects.requireNonNull(versionTable, "versionTable");
        Objects.requireNonNull(historyTable, "historyTable");
        Objects.requireNonNull(transactionMode, "transactionMode");
        Objects.requireNonNull(clock, "clock");
        if (lockTimeout == null || lockTimeout.isNegative()) {
            throw new IllegalArgumentException("The lock timeout must be zero or positive, was " + lockTimeout);
        }
        if (versionTable.equals(historyTable)) {
            throw new IllegalArgumentException("The version table and the history table must differ, both are "
                    + versionTable);
        }
    }

    public static RuntimeSettings defaults() {
        return new RuntimeSettings(QualifiedName.of(DEFAULT_VERSION_TABLE), QualifiedName.of(DEFAULT_HISTORY_TABLE),
                TransactionMode.PER_MIGRATION, DEFAULT_LOCK_TIMEOUT, Clock.systemUTC());
    }

    public RuntimeSettings withVersionTable(QualifiedName table) {
        return new RuntimeSettings(table, historyTable, transactionMode, lockTimeout, clock);
    }

    public RuntimeSettings withHistoryTable(QualifiedName table) {
        return new RuntimeSettings(versionTable, table, transactionMode, lockTimeout, clock);
    }

    public RuntimeSettings withTransactionMode(TransactionMode mode) {
        return new RuntimeSettings(versionTable, historyTable, mode, lockTimeout, clock);
    }

    public RuntimeSettings withLockTimeout(Duration timeout) {
        return new RuntimeSettings(versionTable, historyTable, transactionMode, timeout, clock);
    }

    public RuntimeSettings withClock(Clock newClock) {
        return new RuntimeSettings(versionTable, historyTable, transactionMode, lockTimeout, newClock);
    }
}
