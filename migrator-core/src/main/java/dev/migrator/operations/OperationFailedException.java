package dev.migrator.operations;

import java.sql.SQLException;

/**
 * Thrown when the database rejects a statement of an operation. Carries the operation and the
 * exact SQL that failed, so the message shows what to fix.
 */
public class OperationFailedException extends RuntimeException {

    private final transient MigrationOperation operation;
    private final String sql;

    public OperationFailedException(MigrationOperation operation, String sql, SQLException cause) {
        super("Failed to " + operation.describe() + ": " + cause.getMessage()
                + (sql == null ? "" : "\nSQL: " + sql), cause);
        this.operation = operation;
        this.sql = sql;
    }

    /** The operation that failed. */
    public MigrationOperation operation() {
        return operation;
    }

    /** The statement the database rejected, or null when the failure came from {@link RunJdbc} code. */
    public String sql() {
        return sql;
    }

    /** The database's SQLState, for example {@code 42P01} for an unknown table on PostgreSQL. */
    public String sqlState() {
        return ((SQLException) getCause()).getSQLState();
    }
}
