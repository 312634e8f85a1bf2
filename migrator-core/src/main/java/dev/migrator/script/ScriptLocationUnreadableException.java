package dev.migrator.script;

/**
 * The script location exists but could not be listed or read, for example because it sits in a kind of classpath
 * entry other than a directory or a jar.
 */
public final class ScriptLocationUnreadableException extends ScriptException {

    ScriptLocationUnreadableException(String message, Throwable cause) {
        super(message, cause);
    }
}
