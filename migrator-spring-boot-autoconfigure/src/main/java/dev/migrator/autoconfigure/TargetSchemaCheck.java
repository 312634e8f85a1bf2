package dev.migrator.autoconfigure;

import dev.migrator.autogenerate.SchemaDiff;

/**
 * The default {@link MigratorSchemaCheck}: the engine's own comparison with the instance's target schema (the
 * entities, see {@link EntityTargetSchemas}). Instances without a target schema are not compared.
 */
final class TargetSchemaCheck implements MigratorSchemaCheck {

    @Override
    public SchemaDiff compare(MigratorInstance instance) {
        if (instance.migrator().configuration().targetSchema() == null) {
            return SchemaDiff.none();
        }
        return instance.migrator().compare();
    }
}
