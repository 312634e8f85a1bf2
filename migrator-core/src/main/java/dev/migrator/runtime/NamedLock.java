package dev.migrator.runtime;

import dev.migrator.schema.QualifiedName;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HexFormat;
import javax.sql.DataSource;

/**
 * MariaDB's and MySQL's {@code GET_LOCK}: a named lock owned by the session that took it. Lock names are
 * server-wide, so the name carries the database as well as the version table.
 */
final class NamedLock implements MigrationLock {

    /** MySQL refuses lock names longer than 64 characters. */
    private static final int MAX_NAME = 64;

    private final QualifiedName versionTable;

    NamedLock(QualifiedName versionTable) {
        this.versionTable = versionTable;
    }

    @Override
    public Held acquire(DataSource dataSource, Duration timeout) throws SQLException {
        Connection connection = dataSource.getConnection();
        try {
            connection.setAutoCommit(true);
            String database = versionTable.schema() != null ? versionTable.schema() : connection.getCatalog();
            String name = fit("migrator:" + database + "." + versionTable.name());
            try (PreparedStatement lock = connection.prepareStatement("SELECT GET_LOCK(?, ?)")) {
                lock.setString(1, name);
                lock.setDouble(2, timeout.toMillis() / 1000.0);
                try (ResultSet result = lock.executeQuery()) {
                    result.next();
                    int acquired = result.getInt(1);
                    if (result.wasNull() || acquired != 1) {
                        throw new LockTimeoutException("'" + name + "' (GET_LOCK)", timeout);
                    }
                }
            }
            return () -> {
                try (connection; PreparedStatement release = connection.prepareStatement("SELECT RELEASE_LOCK(?)")) {
                    release.setString(1, name);
                    release.execute();
                }
            };
        } catch (SQLException | RuntimeException failure) {
            connection.close();
            throw failure;
        }
    }

    private static String fit(String name) {
        if (name.length() <= MAX_NAME) {
            return name;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
            return "migrator:" + HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
