package dev.migrator.autoconfigure.actuate;

import static dev.migrator.schema.Types.bigint;

import dev.migrator.autoconfigure.MigratorConfigurationCustomizer;
import dev.migrator.schema.SchemaBuilder;

/** Target schemas for the tests: what the "entities" of a test application describe. */
final class TargetSchemas {

    private TargetSchemas() {
    }

    /** Expects a 'loan' table the test migrations never create (and no 'book'): the diff is never empty. */
    static MigratorConfigurationCustomizer expectingALoanTable() {
        return (instanceName, builder) -> builder.targetSchema(dialect -> SchemaBuilder.schema()
                .table("loan", table -> table.column("id", bigint()).primaryKey()).build());
    }
}
