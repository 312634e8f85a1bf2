package dev.migrator.operations;

/**
 * Thrown when an operation that needs a live database connection runs while writing an offline SQL script.
 */
public class LiveConnectionRequiredException extends RuntimeException {

    public LiveConnectionRequiredException(MigrationOperation operation) {
        super("'" + operation.describe() + "' needs a live database connection and cannot be written to an "
                + "offline SQL script. Run this migration online, or replace op.jdbc(...) with op.execute(...) "
                + "statements when the work can be expressed as plain SQL.");
    }
}
