package dev.migrator.autogenerate.entity;

/**
 * Thrown when the target schema cannot be built from the entities: the settings are incomplete, an entity
 * package cannot be scanned, or Hibernate rejects the mapping. The message says which and what to change.
 */
public class EntitySchemaException extends RuntimeException {

    EntitySchemaException(String message) {
        super(message);
    }

    EntitySchemaException(String message, Throwable cause) {
        super(message, cause);
    }
}
