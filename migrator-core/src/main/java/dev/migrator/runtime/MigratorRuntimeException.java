package dev.migrator.runtime;

/** A failure while running migrations against a database. */
public class MigratorRuntimeException extends RuntimeException {

    public MigratorRuntimeException(String message) {
        super(message);
    }

    public MigratorRuntimeException(String message, Throwable cause) {
        super(message, cause);
    }
}
