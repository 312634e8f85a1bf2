package dev.migrator.command;

import dev.migrator.autogenerate.CompareOptions;
import dev.migrator.autogenerate.TargetSchemaSource;

import dev.migrator.dialect.Dialect;
import dev.migrator.runtime.MigrationListener;
import dev.migrator.runtime.RuntimeSettings;
import dev.migrator.script.ScriptLocation;
import java.nio.file.Path;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Everything a {@link Migrator} works with. Build it with {@link #builder(String)}.
 *
 * @param location the package that holds the migrations (Java classes and {@code .sql} files)
 * @param classLoader where the location is looked up
 * @param dataSource the database; may be absent for offline work, graph queries and writing revisions
 * @param dialect the database's dialect; absent: detected from the data source
 * @param sourceDirectory the source root new revisions are written to (e.g. {@code src/main/java})
 * @param settings version table, history table, transactions and locking
 * @param listener hears about runs and steps
 * @param requireLocation whether a missing location is an error (else it counts as no migrations)
 * @param targetSchema the schema the application expects, for compare, check and autogenerate; may be absent
 * @param compareOptions what compare, check and autogenerate compare
 */
public record MigratorConfiguration(ScriptLocation location, ClassLoader classLoader, DataSource dataSource,
        Dialect dialect, Path sourceDirectory, RuntimeSettings settings, MigrationListener listener,
        boolean requireLocation, TargetSchemaSource targetSchema, CompareOptions compareOptions) {

    public MigratorConfiguration {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(classLoader, "classLoader");
        Objects.requireNonNull(settings, "settings");
        listener = listener == null ? MigrationListener.NONE : listener;
        compareOptions = compareOptions == null ? CompareOptions.defaults() : compareOptions;
    }

    /** A configuration without a target schema, comparing with the default options. */
    public MigratorConfiguration(ScriptLocation location, ClassLoader classLoader, DataSource dataSource,
            Dialect dialect, Path sourceDirectory, RuntimeSettings settings, MigrationListener listener,
            boolean requireLocation) {
        this(location, classLoader, dataSource, dialect, sourceDirectory, settings, listener, requireLocation, null,
                CompareOptions.defaults());
    }

    public static Builder builder(String migrationPackage) {
        return new Builder(ScriptLocation.of(migrationPackage));
    }

    /** Builds a configuration; everything but the location has a default. */
    public static final class Builder {

        private final ScriptLocation location;
        private ClassLoader classLoader = Thread.currentThread().getContextClassLoader();
        private DataSource dataSource;
        private Dialect dialect;
        private Path sourceDirectory = Path.of("src", "main", "java");
        private RuntimeSettings settings = RuntimeSettings.defaults();
        private MigrationListener listener = MigrationListener.NONE;
        private boolean requireLocation = true;
        private TargetSchemaSource targetSchema;
        private CompareOptions compareOptions = CompareOptions.defaults();

        private Builder(ScriptLocation location) {
            this.location = location;
        }

        public Builder classLoader(ClassLoader value) {
            this.classLoader = value;
            return this;
        }

        public Builder dataSource(DataSource value) {
            this.dataSource = value;
            return this;
        }

        public Builder dialect(Dialect value) {
            this.dialect = value;
            return this;
        }

        public Builder sourceDirectory(Path value) {
            this.sourceDirectory = value;
            return this;
        }

        public Builder settings(RuntimeSettings value) {
            this.settings = value;
            return this;
        }

        public Builder listener(MigrationListener value) {
            this.listener = value;
            return this;
        }

        public Builder requireLocation(boolean value) {
            this.requireLocation = value;
            return this;
        }

        /** Where the schema the application expects comes from, for compare, check and autogenerate. */
        public Builder targetSchema(TargetSchemaSource value) {
            this.targetSchema = value;
            return this;
        }

        /** What compare, check and autogenerate compare; {@link CompareOptions#defaults()} when not set. */
        public Builder compareOptions(CompareOptions value) {
            this.compareOptions = value;
            return this;
        }

        public MigratorConfiguration build() {
            return new MigratorConfiguration(location, classLoader == null ? Builder.class.getClassLoader() : classLoader,
                    dataSource, dialect, sourceDirectory, settings, listener, requireLocation, targetSchema,
                    compareOptions);
        }
    }
}
