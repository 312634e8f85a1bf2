package dev.migrator.script;

/**
 * A class annotated with {@link dev.migrator.Revision} cannot serve as a migration: it does not implement
 * {@link dev.migrator.Migration}, is abstract, has no public no-argument constructor, declares an invalid id, or
 * failed while being loaded or constructed.
 */
public final class InvalidMigrationClassException extends ScriptException {

    private final String className;

    InvalidMigrationClassException(String className, String problem) {
        super("Migration class " + className + " " + problem);
        this.className = className;
    }

    InvalidMigrationClassException(String className, String problem, Throwable cause) {
        super("Migration class " + className + " " + problem, cause);
        this.className = className;
    }

    public String className() {
        return className;
    }
}
