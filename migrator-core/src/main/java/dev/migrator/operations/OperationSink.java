package dev.migrator.operations;

/**
 * Where {@link Operations} sends each operation a migration makes: executed on a connection
 * ({@link JdbcOperationSink}), written to an SQL script ({@link SqlScriptOperationSink}) or
 * recorded ({@link RecordingOperationSink}).
 */
@FunctionalInterface
public interface OperationSink {

    /** Handles one operation, in the order the migration made them. */
    void accept(MigrationOperation operation);
}
