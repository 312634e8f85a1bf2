package dev.migrator.autogenerate;

import dev.migrator.dialect.Dialect;
import dev.migrator.schema.Schema;

/**
 * Where the schema the application expects comes from: its JPA entities, a programmatic schema, or
 * anything else that can describe tables. Autogenerate compares it with the live database.
 */
@FunctionalInterface
public interface TargetSchemaSource {

    /** The expected schema, as it would be created on a database of {@code dialect}. */
    Schema targetSchema(Dialect dialect);
}
