package dev.migrator.test.autoconfigure;

import dev.migrator.autogenerate.CompareOptions;
import dev.migrator.autogenerate.SchemaComparator;
import dev.migrator.autogenerate.SchemaDiff;
import dev.migrator.command.Migrator;
import dev.migrator.inspect.InspectOptions;
import dev.migrator.inspect.SchemaInspector;
import dev.migrator.runtime.MigratorRuntimeException;
import dev.migrator.runtime.RuntimeSettings;
import dev.migrator.schema.Schema;
import java.sql.Connection;
import java.sql.SQLException;

/** Reads the schema an instance's database has now, and tells two such readings apart. */
final class LiveSchema {

    /** Everything counts in a stairway: a default or comment a downgrade forgot is left behind all the same. */
    private static final CompareOptions EVERYTHING = CompareOptions.defaults()
            .compareTypes(true).compareServerDefaults(true).compareComments(true).detectRenames(false);

    private final Migrator migrator;
    private final SchemaInspector inspector;
    private final InspectOptions options;
    private final SchemaComparator comparator;

    LiveSchema(Migrator migrator) {
        this.migrator = migrator;
        this.inspector = SchemaInspector.forDialect(migrator.dialect());
        RuntimeSettings settings = migrator.configuration().settings();
        String versionTable = settings.versionTable().name();
        // Migrator's own tables change with every step by design.
        this.options = InspectOptions.defaults().excludeTables(versionTable, versionTable + "_lock",
                settings.historyTable().name());
        this.comparator = SchemaComparator.forDialect(migrator.dialect(), EVERYTHING, settings);
    }

    Schema read() {
        try (Connection connection = migrator.configuration().dataSource().getConnection()) {
            return inspector.inspect(connection, options);
        } catch (SQLException failure) {
            throw new MigratorRuntimeException("Could not connect to read the database schema: "
                    + failure.getMessage(), failure);
        }
    }

    /** What it would take to turn {@code actual} into {@code expected}; empty when they are the same. */
    SchemaDiff differences(Schema expected, Schema actual) {
        return comparator.compare(expected, actual);
    }
}
