package dev.migrator.runtime;

import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;

/**
 * Keeps two application instances from migrating the same database at once. Every lock belongs to a
 * database session, so a process that dies mid-run releases it with its connection: nothing is ever
 * left for a person to unlock.
 */
public interface MigrationLock {

    /**
     * Waits up to {@code timeout} for the lock.
     *
     * @throws LockTimeoutException when another run still holds it after the timeout
     */
    Held acquire(DataSource dataSource, Duration timeout) throws SQLException;

    /** A lock that is held until closed. */
    interface Held extends AutoCloseable {
        @Override
        void close() throws SQLException;
    }
}
