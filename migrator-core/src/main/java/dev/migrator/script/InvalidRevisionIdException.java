package dev.migrator.script;

/**
 * A revision id or branch label given by a user cannot be used, see {@link RevisionIds}.
 */
public final class InvalidRevisionIdException extends ScriptException {

    InvalidRevisionIdException(String message) {
        super(message);
    }
}
