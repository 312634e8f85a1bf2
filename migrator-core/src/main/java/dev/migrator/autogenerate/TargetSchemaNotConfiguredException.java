package dev.migrator.autogenerate;

import dev.migrator.runtime.MigratorRuntimeException;

/** Autogenerate was asked to compare, but nothing says what schema the application expects. */
public class TargetSchemaNotConfiguredException extends MigratorRuntimeException {

    public TargetSchemaNotConfiguredException(String command) {
        super("'" + command + "' compares the database with the schema the application expects, but no target"
                + " schema is configured. Set one with MigratorConfiguration.builder(...).targetSchema(...): a"
                + " TargetSchemaSource built from the JPA entities, or a Schema built in code"
                + " (targetSchema(dialect -> schema)).");
    }
}
