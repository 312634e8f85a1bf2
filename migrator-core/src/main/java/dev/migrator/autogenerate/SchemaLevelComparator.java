package dev.migrator.autogenerate;

import dev.migrator.schema.Schema;

/** One step of the schema-level pipeline: tables, sequences. */
@FunctionalInterface
interface SchemaLevelComparator {

    /**
     * @param target the expected schema
     * @param live   the database's schema, names spelled as a person writes them
     */
    void compare(Schema target, Schema live, ComparisonContext context);
}
