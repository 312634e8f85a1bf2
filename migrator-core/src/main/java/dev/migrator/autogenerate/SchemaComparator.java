package dev.migrator.autogenerate;

import dev.migrator.dialect.Dialect;
import dev.migrator.runtime.RuntimeSettings;
import dev.migrator.schema.Schema;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Compares the schema an application expects with a live database's schema and says which operations bring the
 * database there: Alembic's autogenerate comparison, as a pipeline of small comparators.
 *
 * <pre>{@code
 * Schema live = SchemaInspector.forDialect(dialect).inspect(connection, InspectOptions.defaults());
 * SchemaDiff diff = SchemaComparator.forDialect(dialect, CompareOptions.defaults()).compare(expected, live);
 * diff.operations().forEach(op::apply);
 * }</pre>
 *
 * <h2>What is compared</h2>
 * <ol>
 *   <li>Tables created and dropped, then for each table both have: columns added and dropped; for each column its
 *       type, nullability, server default and comment; the primary key; foreign keys (paired by what they connect,
 *       then their actions); unique constraints (paired by columns); check constraints (by name, or by condition
 *       when unnamed); indexes (by name); the table comment.</li>
 *   <li>Sequences created and dropped.</li>
 * </ol>
 * Names match as the database matches them: the expected {@code book} is H2's {@code BOOK}. Types, defaults and
 * expressions match by what the database stores, not by spelling ({@code int4} is {@code integer()}; see the
 * rules of each database). Operations name things as the expected schema spells them; things only the database
 * has are spelled as a person writes them ({@code book} for H2's {@code BOOK}). Every drop, and every alteration,
 * carries the existing definition, so that each operation's {@code reverse()} restores exactly what was there.
 *
 * <p>Constraints added to an existing table without a name get a conventional one ({@code fk_book_author_id}),
 * so that they can be dropped again.
 */
public final class SchemaComparator {

    private static final List<ColumnComparator> COLUMN_PIPELINE = List.of(
            new ColumnTypeComparator(), new NullabilityComparator(), new ServerDefaultComparator(),
            new ColumnCommentComparator());

    private static final List<TableComparator> TABLE_PIPELINE = List.of(
            new ColumnsComparator(COLUMN_PIPELINE), new PrimaryKeyComparator(), new ForeignKeysComparator(),
            new UniqueConstraintsComparator(), new CheckConstraintsComparator(), new IndexesComparator(),
            new TableCommentComparator());

    private static final List<SchemaLevelComparator> SCHEMA_PIPELINE = List.of(
            new TablesComparator(TABLE_PIPELINE), new SequencesComparator());

    private static final String LOCK_TABLE_SUFFIX = "_lock";

    private final ComparisonRules rules;
    private final CompareOptions options;
    private final Set<String> ignoredTables;

    private SchemaComparator(ComparisonRules rules, CompareOptions options, Set<String> ignoredTables) {
        this.rules = rules;
        this.options = options;
        this.ignoredTables = ignoredTables;
    }

    /**
     * A comparator for this database, ignoring Migrator's tables of the default names.
     *
     * @throws IllegalArgumentException when autogenerate does not know the database
     */
    public static SchemaComparator forDialect(Dialect dialect, CompareOptions options) {
        return forDialect(dialect, options, RuntimeSettings.defaults());
    }

    /** A comparator for this database that ignores the version and history tables these settings name. */
    public static SchemaComparator forDialect(Dialect dialect, CompareOptions options, RuntimeSettings settings) {
        Objects.requireNonNull(dialect, "dialect");
        Objects.requireNonNull(options, "options");
        ComparisonRules rules = ComparisonRules.forDialect(dialect);
        Set<String> ignored = new LinkedHashSet<>();
        // The lock table is where databases without named locks (H2) serialise migration runs.
        for (String table : List.of(settings.versionTable().name(), settings.historyTable().name(),
                settings.versionTable().name() + LOCK_TABLE_SUFFIX, RuntimeSettings.DEFAULT_VERSION_TABLE,
                RuntimeSettings.DEFAULT_HISTORY_TABLE, RuntimeSettings.DEFAULT_VERSION_TABLE + LOCK_TABLE_SUFFIX)) {
            ignored.add(rules.nameKey(table));
        }
        return new SchemaComparator(rules, options, Set.copyOf(ignored));
    }

    /**
     * The operations that turn {@code live} into {@code target}, with warnings and possible renames.
     *
     * @param target the schema the application expects, named as its author writes names
     * @param live   the database's schema as {@link dev.migrator.inspect.SchemaInspector} reads it
     */
    public SchemaDiff compare(Schema target, Schema live) {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(live, "live");
        ComparisonContext context = new ComparisonContext(rules, options, ignoredTables);
        Schema respelled = new LiveSpelling(rules).respell(live);
        SCHEMA_PIPELINE.forEach(comparator -> comparator.compare(target, respelled, context));
        PlannedChanges changes = context.changes();
        new TableDependencyOrder(context).arrange(changes);
        List<PossibleRename> renames = options.detectsRenames() ? new RenameDetector().detect(changes, context)
                : List.of();
        return new SchemaDiff(changes.inOrder(), context.warnings(), renames);
    }
}
