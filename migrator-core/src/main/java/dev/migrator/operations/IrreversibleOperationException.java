package dev.migrator.operations;

/**
 * Thrown by {@link MigrationOperation#reverse()} when an operation cannot be undone from what it records.
 */
public class IrreversibleOperationException extends RuntimeException {

    private final transient MigrationOperation operation;

    public IrreversibleOperationException(MigrationOperation operation, String why) {
        super("Cannot reverse '" + operation.describe() + "': " + why);
        this.operation = operation;
    }

    /** The operation that could not be reversed. */
    public MigrationOperation operation() {
        return operation;
    }
}
