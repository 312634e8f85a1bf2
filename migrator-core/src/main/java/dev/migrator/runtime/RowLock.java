package dev.migrator.runtime;

import static dev.migrator.schema.Types.integer;

import dev.migrator.dialect.Dialect;
import dev.migrator.operations.CreateTable;
import dev.migrator.schema.Column;
import dev.migrator.schema.PrimaryKey;
import dev.migrator.schema.QualifiedName;
import dev.migrator.schema.Table;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;

/**
 * For databases without a session lock function (H2): a row lock ({@code SELECT ... FOR UPDATE}) on a
 * one-row table, held by an open transaction on a connection of its own. Closing the connection, or
 * losing it, ends the transaction and so the lock.
 */
final class RowLock implements MigrationLock {

    private final QualifiedName table;
    private final Dialect dialect;
    private final DatabaseTables tables;

    RowLock(QualifiedName table, Dialect dialect) {
        this.table = table;
        this.dialect = dialect;
        this.tables = new DatabaseTables(dialect);
    }

    @Override
    public Held acquire(DataSource dataSource, Duration timeout) throws SQLException {
        Connection connection = dataSource.getConnection();
        try {
            ensureLockRow(connection);
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                limitWait(statement, timeout);
                statement.executeQuery("SELECT " + dialect.quote("id") + " FROM " + dialect.qualified(table)
                        + " WHERE " + dialect.quote("id") + " = 1 FOR UPDATE").close();
            } catch (SQLException locked) {
                if (isLockTimeout(locked)) {
                    throw new LockTimeoutException("row 1 of " + table, timeout);
                }
                throw locked;
            }
            return () -> {
                try (connection) {
                    connection.rollback();
                }
            };
        } catch (SQLException | RuntimeException failure) {
            connection.close();
            throw failure;
        }
    }

    private void ensureLockRow(Connection connection) throws SQLException {
        connection.setAutoCommit(true);
        try (Statement statement = connection.createStatement()) {
            if (!tables.exists(connection, table)) {
                Table definition = new Table(table, List.of(new Column("id", integer(), false, null, false, null)),
                        List.of(new PrimaryKey(table.name() + "_pkc", List.of("id"))), List.of(), null);
                try {
                    tables.execute(connection, dialect.statements(new CreateTable(definition)));
                } catch (SQLException createdByAnotherInstance) {
                    if (!tables.exists(connection, table)) {
                        throw createdByAnotherInstance;
                    }
                }
            }
            try {
                statement.executeUpdate("INSERT INTO " + dialect.qualified(table) + " (" + dialect.quote("id")
                        + ") SELECT 1 WHERE NOT EXISTS (SELECT 1 FROM " + dialect.qualified(table) + ")");
            } catch (SQLException insertedByAnotherInstance) {
                // The primary key lets only one instance insert the row; the others find it there.
            }
        }
    }

    /**
     * H2 bounds lock waits with its own setting; other databases that end up here get the JDBC query
     * timeout, the one bound every driver understands.
     */
    private void limitWait(Statement statement, Duration timeout) throws SQLException {
        if ("h2".equals(dialect.name())) {
            statement.execute("SET LOCK_TIMEOUT " + Math.max(1, timeout.toMillis()));
        } else {
            statement.setQueryTimeout((int) Math.max(1, (timeout.toMillis() + 999) / 1000));
        }
    }

    /** H2 reports a lock wait that ran out as error 50200 (and a deadlock as 40001). */
    private static boolean isLockTimeout(SQLException failure) {
        return failure instanceof java.sql.SQLTimeoutException || failure.getErrorCode() == 50200
                || "HYT00".equals(failure.getSQLState()) || failure.getErrorCode() == 40001;
    }
}
