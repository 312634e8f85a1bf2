package dev.migrator.script;

/**
 * A migration script could not be found, read or run as written. The message names the script (a class name or a
 * resource path) and says what to change.
 */
public class ScriptException extends RuntimeException {

    public ScriptException(String message) {
        super(message);
    }

    public ScriptException(String message, Throwable cause) {
        super(message, cause);
    }
}
