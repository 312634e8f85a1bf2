package dev.migrator.inspect;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What {@link SchemaInspector#inspect} reads: which schema, and which tables and sequences to leave out.
 *
 * <p>Immutable; every method returns a changed copy:
 * <pre>{@code
 * InspectOptions.defaults().schema("billing").excludeTables("flyway_schema_history")
 *         .exclude(name -> name.startsWith("tmp_"))
 * }</pre>
 *
 * <p>Names given here are written as in a migration; a name that the database folds (H2 stores {@code book} as
 * {@code BOOK}) matches in both spellings. Filters see names as the database stores them.
 */
public final class InspectOptions {

    /**
     * The tables Migrator keeps for itself, left out by default so that autogenerate never proposes dropping them:
     * the version and history tables, and the lock table that serialises runs on databases without named locks (H2).
     */
    public static final Set<String> MIGRATOR_TABLES = Set.of("migrator_version", "migrator_history",
            "migrator_version_lock");

    private static final InspectOptions DEFAULTS = new InspectOptions(null, MIGRATOR_TABLES, name -> true);

    private final String schema;
    private final Set<String> excludedTables;
    private final Predicate<String> nameFilter;

    private InspectOptions(String schema, Set<String> excludedTables, Predicate<String> nameFilter) {
        this.schema = schema;
        this.excludedTables = Set.copyOf(excludedTables);
        this.nameFilter = nameFilter;
    }

    /** The connection's current schema, without Migrator's own tables ({@link #MIGRATOR_TABLES}). */
    public static InspectOptions defaults() {
        return DEFAULTS;
    }

    /**
     * Reads this schema (a database on MariaDB and MySQL) instead of the connection's current one. Tables read from
     * a named schema carry its name; tables of the current schema are unqualified, as migrations write them.
     */
    public InspectOptions schema(String schemaName) {
        if (schemaName != null && schemaName.isBlank()) {
            throw new IllegalArgumentException("schema name must not be blank; pass null for the current schema");
        }
        return new InspectOptions(schemaName, excludedTables, nameFilter);
    }

    /** Leaves out these tables as well as those already excluded. */
    public InspectOptions excludeTables(String... tables) {
        Set<String> all = new LinkedHashSet<>(excludedTables);
        all.addAll(List.of(tables));
        return new InspectOptions(schema, all, nameFilter);
    }

    /** Leaves out no table by name, not even Migrator's own; filters still apply. */
    public InspectOptions includeMigratorTables() {
        Set<String> rest = new LinkedHashSet<>(excludedTables);
        rest.removeAll(MIGRATOR_TABLES);
        return new InspectOptions(schema, rest, nameFilter);
    }

    /** Keeps only the tables and sequences whose stored name passes this test (and every earlier filter). */
    public InspectOptions includeOnly(Predicate<String> storedName) {
        Objects.requireNonNull(storedName, "storedName");
        return new InspectOptions(schema, excludedTables, nameFilter.and(storedName));
    }

    /** Leaves out the tables and sequences whose stored name passes this test. */
    public InspectOptions exclude(Predicate<String> storedName) {
        Objects.requireNonNull(storedName, "storedName");
        return new InspectOptions(schema, excludedTables, nameFilter.and(storedName.negate()));
    }

    /** The schema to read, or null for the connection's current schema. */
    public String schema() {
        return schema;
    }

    /** The tables left out by name, as given. */
    public Set<String> excludedTables() {
        return excludedTables;
    }

    boolean includesTable(String storedName, IdentifierCase folding) {
        boolean excluded = excludedTables.stream()
                .anyMatch(name -> name.equals(storedName) || folding.fold(name).equals(storedName));
        return !excluded && nameFilter.test(storedName);
    }

    boolean includesSequence(String storedName) {
        return nameFilter.test(storedName);
    }
}
