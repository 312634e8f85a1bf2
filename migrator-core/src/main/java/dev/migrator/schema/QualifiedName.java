package dev.migrator.schema;


/**
 * The name of a table or sequence, optionally in a schema.
 *
 * @param schema the schema, or null for the connection's current schema
 * @param name   the object's name as the migration wrote it
 */
public record QualifiedName(String schema, String name) {

    public QualifiedName {
        Names.require(name, "name");
        if (schema != null) {
            Names.require(schema, "schema");
        }
    }

    /** A name in the current schema. */
    public static QualifiedName of(String name) {
        return new QualifiedName(null, name);
    }

    /** The same name in another schema (null for the current one). */
    public QualifiedName inSchema(String otherSchema) {
        return new QualifiedName(otherSchema, name);
    }

    /** The same schema with another name. */
    public QualifiedName withName(String otherName) {
        return new QualifiedName(schema, otherName);
    }

    @Override
    public String toString() {
        return schema == null ? name : schema + "." + name;
    }

}
