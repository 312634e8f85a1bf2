package dev.migrator.inspect;

import dev.migrator.dialect.Dialect;
import dev.migrator.dialect.Dialects;
import dev.migrator.schema.ReferentialAction;
import dev.migrator.schema.Schema;
import dev.migrator.schema.Sequence;
import dev.migrator.schema.Table;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.ServiceLoader;

/**
 * Reads the tables and sequences of one schema of a live database into a {@link Schema}.
 *
 * <pre>{@code
 * Schema live = SchemaInspector.forDialect(dialect).inspect(connection, InspectOptions.defaults());
 * }</pre>
 *
 * <h2>What comes back</h2>
 * Names exactly as the database stores them (see {@link #unquotedIdentifierCase()}). A column's type is the portable
 * {@link dev.migrator.schema.ColumnType} whose SQL the database's dialect renders, and
 * {@link dev.migrator.schema.ColumnType.Raw} in the database's own spelling for anything else ({@code char(3)},
 * {@code timestamp(3)}, {@code text} on MariaDB, whose portable text is {@code longtext}). Server defaults are
 * raw, as the database reports them, except defaults that only feed an identity column. Indexes that merely back a
 * primary key, unique constraint or foreign key are left out; the inspector of each database documents its details.
 *
 * <h2>Adding a database</h2>
 * Subclass this with a public no-argument constructor, read the catalog with a fixed number of queries per schema,
 * and list the class in {@code META-INF/services/dev.migrator.inspect.SchemaInspector}.
 */
public abstract class SchemaInspector {

    /**
     * The inspector for the database this dialect speaks for.
     *
     * @throws SchemaInspectionException when no inspector reads that database
     */
    public static SchemaInspector forDialect(Dialect dialect) {
        List<SchemaInspector> available = ServiceLoader.load(SchemaInspector.class,
                SchemaInspector.class.getClassLoader()).stream().map(ServiceLoader.Provider::get).toList();
        return available.stream()
                .filter(inspector -> inspector.dialectName().equals(dialect.name()))
                .findFirst()
                .orElseThrow(() -> new SchemaInspectionException("No schema inspector reads " + dialect.databaseName()
                        + " (dialect '" + dialect.name() + "'); inspectors exist for "
                        + available.stream().map(SchemaInspector::dialectName).toList()
                        + ". To add one, extend dev.migrator.inspect.SchemaInspector and list the class in "
                        + "META-INF/services/dev.migrator.inspect.SchemaInspector."));
    }

    /**
     * The inspector for the database this connection talks to.
     *
     * @throws SchemaInspectionException when no dialect or no inspector knows the database
     */
    public static SchemaInspector forConnection(Connection connection) throws SQLException {
        return forDialect(Dialects.detect(connection));
    }

    /** The {@link Dialect#name()} of the database this inspector reads, for example {@code postgresql}. */
    public abstract String dialectName();

    /** How the database stores names written without quotes, so that a comparison can match names as it does. */
    public abstract IdentifierCase unquotedIdentifierCase();

    /**
     * What the database does on delete or update of a referenced row when a foreign key does not say; a foreign key
     * read with that action reports null instead, like one declared without it.
     */
    public abstract ReferentialAction defaultReferentialAction();

    /** Reads the connection's current schema, without Migrator's own tables. */
    public final Schema inspect(Connection connection) {
        return inspect(connection, InspectOptions.defaults());
    }

    /**
     * Reads one schema.
     *
     * @throws SchemaInspectionException when the named schema does not exist or the database refuses a catalog query
     */
    public final Schema inspect(Connection connection, InspectOptions options) {
        String schema = options.schema();
        try {
            if (schema == null) {
                schema = currentSchema(connection);
                if (schema == null) {
                    throw new SchemaInspectionException("The connection has no current schema (on MariaDB: no "
                            + "database selected). Name one in the JDBC URL or with InspectOptions.schema(...).");
                }
            } else if (!schemaExists(connection, schema)) {
                throw new SchemaInspectionException("The schema '" + schema + "' does not exist in this "
                        + databaseName() + " database. Check the spelling and case (names are stored as "
                        + unquotedIdentifierCase() + " when written without quotes).");
            }
            Schema everything = readSchema(connection, schema, options.schema());
            List<Table> tables = everything.tables().stream()
                    .filter(table -> options.includesTable(table.name().name(), unquotedIdentifierCase()))
                    .toList();
            List<Sequence> sequences = everything.sequences().stream()
                    .filter(sequence -> options.includesSequence(sequence.name().name()))
                    .toList();
            return new Schema(tables, sequences);
        } catch (SQLException e) {
            throw new SchemaInspectionException("Could not read the schema '" + schema + "' of the " + databaseName()
                    + " database: " + e.getMessage() + " (SQLState " + e.getSQLState() + "). The user needs read "
                    + "access to the catalog (information_schema / system tables) of that schema.", e);
        }
    }

    /** The database's name for messages. */
    protected abstract String databaseName();

    /** The schema (MariaDB: database) the connection works in. */
    protected abstract String currentSchema(Connection connection) throws SQLException;

    /** Whether a schema of this stored name exists. */
    protected abstract boolean schemaExists(Connection connection, String schema) throws SQLException;

    /**
     * Every table and sequence of a schema, unfiltered; {@link #inspect} applies the options.
     *
     * @param schema         the schema to read, as stored
     * @param reportedSchema the schema to put into the names read, null when reading the current schema
     */
    protected abstract Schema readSchema(Connection connection, String schema, String reportedSchema)
            throws SQLException;
}
