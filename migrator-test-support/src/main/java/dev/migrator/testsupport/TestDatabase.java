package dev.migrator.testsupport;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;

/**
 * One fresh, empty database of its own for one test: an H2 in-memory database, a PostgreSQL schema
 * or a MariaDB database, dropped again by {@link #close()}.
 *
 * <p>Get one from {@link AllDatabasesTest @AllDatabasesTest} or {@link TestDatabases#fresh(DatabaseKind)}.
 */
public final class TestDatabase implements AutoCloseable {

    /** How a kind of database gets rid of a fresh database once the test is done with it. */
    @FunctionalInterface
    interface Disposal {
        void dispose() throws SQLException;
    }

    private final DatabaseKind kind;
    private final String jdbcUrl;
    private final String user;
    private final String password;
    private final String schemaName;
    private final DataSource dataSource;
    private final Disposal disposal;
    private final AtomicBoolean closed = new AtomicBoolean();

    TestDatabase(DatabaseKind kind, String jdbcUrl, String user, String password, String schemaName,
            Disposal disposal) {
        this.kind = kind;
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
        this.schemaName = schemaName;
        this.dataSource = new UnpooledDataSource(jdbcUrl, user, password);
        this.disposal = disposal;
    }

    /** Which database this is. */
    public DatabaseKind kind() {
        return kind;
    }

    /**
     * A data source whose every {@code getConnection()} opens a new physical connection, so that
     * concurrent tests really race on separate sessions. Connections land in {@link #schemaName()}.
     */
    public DataSource dataSource() {
        return dataSource;
    }

    /** A JDBC URL, usable with {@link java.sql.DriverManager}, whose connections land in {@link #schemaName()}. */
    public String jdbcUrl() {
        return jdbcUrl;
    }

    /** The user to connect as; {@code null} when the configuration left it to the URL or the driver. */
    public String user() {
        return user;
    }

    /** The password to connect with; {@code null} when none is configured. */
    public String password() {
        return password;
    }

    /** The fresh schema (PostgreSQL), the fresh database (MariaDB), or {@code "PUBLIC"} (H2). */
    public String schemaName() {
        return schemaName;
    }

    /** Opens a new connection that lands in {@link #schemaName()}; the caller closes it. */
    public Connection connect() throws SQLException {
        return dataSource.getConnection();
    }

    /** The kind's display name, e.g. {@code "PostgreSQL"}, so that parameterized test names read well. */
    @Override
    public String toString() {
        return kind.displayName();
    }

    /**
     * Drops the schema or database (H2: shuts the in-memory database down). Calling it again does nothing.
     *
     * @throws IllegalStateException if the database could not be dropped, e.g. because a connection the
     *     test left open still holds locks in it
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            disposal.dispose();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not drop the " + kind.displayName() + " test database "
                    + schemaName + " (" + jdbcUrl + "): " + e.getMessage()
                    + ". Does the test leave a connection or transaction open?", e);
        }
    }
}
