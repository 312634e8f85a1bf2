package dev.migrator.dialect;

import java.util.Collection;

/** Thrown when no dialect matches a requested name or a connected database. */
public class UnknownDialectException extends RuntimeException {

    UnknownDialectException(String message, Collection<String> knownNames) {
        super(message + " Known dialects: " + String.join(", ", knownNames)
                + ". To add a database, implement dev.migrator.dialect.Dialect and list the class in "
                + "META-INF/services/dev.migrator.dialect.Dialect.");
    }
}
