package dev.migrator.inspect;

/**
 * Thrown when a live schema cannot be read: the database refused a catalog query, the requested schema does not
 * exist, or no inspector knows the database. The message names the database, the schema and what to do.
 */
public class SchemaInspectionException extends RuntimeException {

    SchemaInspectionException(String message) {
        super(message);
    }

    SchemaInspectionException(String message, Throwable cause) {
        super(message, cause);
    }
}
