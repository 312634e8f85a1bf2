package dev.migrator.runtime;

import java.time.Duration;

/** Another run held the migration lock for longer than this run was willing to wait. */
public class LockTimeoutException extends MigratorRuntimeException {

    public LockTimeoutException(String lockName, Duration timeout) {
        super("Timed out after " + timeout.toMillis() + " ms waiting for the migration lock " + lockName
                + ": another instance is migrating this database. Wait for it to finish and retry, or raise the lock"
                + " timeout (spring.migrator.lock-timeout). The lock dies with its database session, so a crashed"
                + " instance never holds it.");
    }
}
