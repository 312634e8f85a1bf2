package dev.migrator.script;

/**
 * A downgrade was asked of a SQL script that has no {@code -- migrator:downgrade} section.
 */
public final class IrreversibleMigrationException extends ScriptException {

    IrreversibleMigrationException(String source) {
        super(source + " has no '-- migrator:downgrade' section, so it cannot be downgraded. Add the section with the"
                + " SQL that undoes the upgrade (an empty section means the downgrade has nothing to do).");
    }
}
