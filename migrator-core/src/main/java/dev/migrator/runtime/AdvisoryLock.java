package dev.migrator.runtime;

import dev.migrator.schema.QualifiedName;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;

/**
 * PostgreSQL's session-level advisory lock, keyed by database, schema and version table, so migrators of
 * different schemas (or with different version tables) in one database do not wait for each other.
 */
final class AdvisoryLock implements MigrationLock {

    private static final long POLL_MILLIS = 100;

    private final QualifiedName versionTable;

    AdvisoryLock(QualifiedName versionTable) {
        this.versionTable = versionTable;
    }

    @Override
    public Held acquire(DataSource dataSource, Duration timeout) throws SQLException {
        Connection connection = dataSource.getConnection();
        try {
            connection.setAutoCommit(true);
            String schema = versionTable.schema() != null ? versionTable.schema() : connection.getSchema();
            String name = "migrator:" + connection.getCatalog() + "." + schema + "." + versionTable.name();
            long key = keyOf(name);
            long deadline = System.nanoTime() + timeout.toNanos();
            while (!tryLock(connection, key)) {
                if (System.nanoTime() >= deadline) {
                    throw new LockTimeoutException("'" + name + "' (pg_advisory_lock " + key + ")", timeout);
                }
                sleep();
            }
            return () -> {
                try (connection; PreparedStatement unlock = connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
                    unlock.setLong(1, key);
                    unlock.execute();
                }
            };
        } catch (SQLException | RuntimeException failure) {
            connection.close();
            throw failure;
        }
    }

    private static boolean tryLock(Connection connection, long key) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
            lock.setLong(1, key);
            try (ResultSet result = lock.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }

    /** A stable 64-bit key from the lock name (FNV-1a), the same in every JVM. */
    static long keyOf(String name) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= 0x100000001b3L;
        }
        return hash;
    }

    private static void sleep() {
        try {
            Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new MigratorRuntimeException("Interrupted while waiting for the migration lock", interrupted);
        }
    }
}
