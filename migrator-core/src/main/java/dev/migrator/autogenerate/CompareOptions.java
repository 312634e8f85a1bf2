package dev.migrator.autogenerate;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * What autogenerate compares. Immutable; every method returns a changed copy:
 * <pre>{@code
 * CompareOptions.defaults()
 *         .excludeTables("audit_*", "regex:tmp_\\d+")
 *         .compareServerDefaults(true)
 *         .includeObject(object -> object.kind() != ComparedObject.Kind.CHECK_CONSTRAINT)
 * }</pre>
 *
 * <h2>Name patterns</h2>
 * Table (and sequence) patterns are globs, where {@code *} matches any run of characters and {@code ?} one
 * character, or, prefixed with {@code regex:}, Java regular expressions matched against the whole name. They
 * ignore case. A table passes when it matches some include pattern (or none are given) and no exclude pattern.
 * Migrator's own version and history tables are never compared, whatever the patterns say.
 */
public final class CompareOptions {

    private static final CompareOptions DEFAULTS =
            new CompareOptions(List.of(), List.of(), object -> true, true, false, true, true);

    private final List<NamePattern> includedTables;
    private final List<NamePattern> excludedTables;
    private final Predicate<ComparedObject> objectFilter;
    private final boolean compareTypes;
    private final boolean compareServerDefaults;
    private final boolean compareComments;
    private final boolean detectRenames;

    private CompareOptions(List<NamePattern> includedTables, List<NamePattern> excludedTables,
                           Predicate<ComparedObject> objectFilter, boolean compareTypes, boolean compareServerDefaults,
                           boolean compareComments, boolean detectRenames) {
        this.includedTables = List.copyOf(includedTables);
        this.excludedTables = List.copyOf(excludedTables);
        this.objectFilter = objectFilter;
        this.compareTypes = compareTypes;
        this.compareServerDefaults = compareServerDefaults;
        this.compareComments = compareComments;
        this.detectRenames = detectRenames;
    }

    /** Every table, types and comments compared, server defaults not (as in Alembic), renames suggested. */
    public static CompareOptions defaults() {
        return DEFAULTS;
    }

    /** Compares only the tables and sequences matching one of these patterns (see the class description). */
    public CompareOptions includeTables(String... patterns) {
        return new CompareOptions(append(includedTables, patterns), excludedTables, objectFilter, compareTypes,
                compareServerDefaults, compareComments, detectRenames);
    }

    /** Leaves out the tables and sequences matching any of these patterns (see the class description). */
    public CompareOptions excludeTables(String... patterns) {
        return new CompareOptions(includedTables, append(excludedTables, patterns), objectFilter, compareTypes,
                compareServerDefaults, compareComments, detectRenames);
    }

    /**
     * Compares only the objects this callback accepts, on top of the name patterns. It sees every table, column,
     * key, constraint, index and sequence before it is compared; leaving out a table leaves out everything in it.
     */
    public CompareOptions includeObject(Predicate<ComparedObject> filter) {
        Objects.requireNonNull(filter, "filter");
        return new CompareOptions(includedTables, excludedTables, objectFilter.and(filter), compareTypes,
                compareServerDefaults, compareComments, detectRenames);
    }

    /** Whether column types are compared (default true). */
    public CompareOptions compareTypes(boolean compare) {
        return new CompareOptions(includedTables, excludedTables, objectFilter, compare, compareServerDefaults,
                compareComments, detectRenames);
    }

    /**
     * Whether server defaults are compared (default false): databases report defaults in their own spelling, and
     * although the common spellings are normalised, an unusual expression may show up as a change every time.
     */
    public CompareOptions compareServerDefaults(boolean compare) {
        return new CompareOptions(includedTables, excludedTables, objectFilter, compareTypes, compare,
                compareComments, detectRenames);
    }

    /** Whether table and column comments are compared (default true). */
    public CompareOptions compareComments(boolean compare) {
        return new CompareOptions(includedTables, excludedTables, objectFilter, compareTypes, compareServerDefaults,
                compare, detectRenames);
    }

    /** Whether a drop and an add that look like a rename are reported as a possible rename (default true). */
    public CompareOptions detectRenames(boolean detect) {
        return new CompareOptions(includedTables, excludedTables, objectFilter, compareTypes, compareServerDefaults,
                compareComments, detect);
    }

    public boolean comparesTypes() {
        return compareTypes;
    }

    public boolean comparesServerDefaults() {
        return compareServerDefaults;
    }

    public boolean comparesComments() {
        return compareComments;
    }

    public boolean detectsRenames() {
        return detectRenames;
    }

    /** Whether a table or sequence of this name passes the name patterns. */
    boolean includesName(String name) {
        boolean included = includedTables.isEmpty() || includedTables.stream().anyMatch(p -> p.matches(name));
        return included && excludedTables.stream().noneMatch(p -> p.matches(name));
    }

    /** Whether the callback accepts this object. */
    boolean includes(ComparedObject object) {
        return objectFilter.test(object);
    }

    private static List<NamePattern> append(List<NamePattern> patterns, String... more) {
        List<NamePattern> all = new ArrayList<>(patterns);
        for (String pattern : more) {
            all.add(NamePattern.of(pattern));
        }
        return all;
    }
}
