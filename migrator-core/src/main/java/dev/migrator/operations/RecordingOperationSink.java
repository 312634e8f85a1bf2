package dev.migrator.operations;

import java.util.ArrayList;
import java.util.List;

/** Keeps the operations it receives, in order, without touching a database. For tests and autogenerate. */
public final class RecordingOperationSink implements OperationSink {

    private final List<MigrationOperation> operations = new ArrayList<>();

    @Override
    public void accept(MigrationOperation operation) {
        operations.add(operation);
    }

    /** The operations received so far, in order. */
    public List<MigrationOperation> operations() {
        return List.copyOf(operations);
    }
}
