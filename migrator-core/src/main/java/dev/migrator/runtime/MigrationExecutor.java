package dev.migrator.runtime;

import dev.migrator.Migration;
import dev.migrator.dialect.Dialect;
import dev.migrator.operations.Operations;
import dev.migrator.revision.Direction;
import dev.migrator.revision.MigrationPlan;
import dev.migrator.revision.MigrationStep;
import dev.migrator.revision.RevisionGraph;
import dev.migrator.revision.VersionRows;
import dev.migrator.script.MigrationScript;
import dev.migrator.script.ScriptSet;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs migration plans against a live database: takes the migration lock, keeps the version and history
 * tables, and commits each migration together with its version-table change where the database allows.
 *
 * <p>A run first reads the version table without the lock; when there is nothing to do (the case at
 * every application start after the first) it stops there, at the cost of one query.
 */
public final class MigrationExecutor {

    private static final Logger log = LoggerFactory.getLogger(MigrationExecutor.class);

    private final DataSource dataSource;
    private final Dialect dialect;
    private final RevisionGraph graph;
    private final ScriptSet scripts;
    private final RuntimeSettings settings;
    private final MigrationListener listener;
    private final VersionTable versionTable;
    private final HistoryTable historyTable;
    private final MigrationLock lock;

    public MigrationExecutor(DataSource dataSource, Dialect dialect, RevisionGraph graph, ScriptSet scripts,
            RuntimeSettings settings, MigrationListener listener) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.dialect = Objects.requireNonNull(dialect, "dialect");
        this.graph = Objects.requireNonNull(graph, "graph");
        this.scripts = Objects.requireNonNull(scripts, "scripts");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.listener = listener == null ? MigrationListener.NONE : listener;
        this.versionTable = new VersionTable(settings.versionTable(), dialect);
        this.historyTable = new HistoryTable(settings.historyTable(), dialect);
        this.lock = MigrationLocks.forDialect(dialect, settings.versionTable());
    }

    /** The version table's rows: the revisions the database is at (none: nothing applied). */
    public List<String> currentRevisions() {
        return withConnection(versionTable::read);
    }

    /** Every step the history table remembers, oldest first. */
    public List<HistoryEntry> history() {
        return withConnection(historyTable::read);
    }

    /** What an upgrade to {@code target} would run now. */
    public MigrationPlan pendingUpgrade(String target) {
        return graph.upgradePlan(currentRevisions(), target);
    }

    /** Upgrades to {@code target} ({@code head}, {@code heads}, a revision, {@code label@head}, {@code +2} ...). */
    public RunResult upgrade(String target) {
        return run(Direction.UPGRADE, rows -> graph.upgradePlan(rows, target), target);
    }

    /** Downgrades to {@code target} ({@code base}, a revision, {@code -1}, {@code label@base} ...). */
    public RunResult downgrade(String target) {
        return run(Direction.DOWNGRADE, rows -> graph.downgradePlan(rows, target), target);
    }

    /**
     * Sets the version table to the given revisions without running any migration, for a database whose
     * schema is already right (or to repair a wrong version table).
     *
     * @param purge empty the version table first, which also clears revisions no script defines
     */
    public List<String> stamp(List<String> revisions, boolean purge) {
        try (MigrationLock.Held held = lock.acquire(dataSource, settings.lockTimeout());
                Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            versionTable.createIfMissing(connection);
            historyTable.createIfMissing(connection);
            List<String> before = versionTable.read(connection);
            List<String> after = new StampPlanner(graph).rowsAfterStamp(before, revisions, purge);
            connection.setAutoCommit(false);
            try {
                versionTable.apply(connection, StampPlanner.changes(before, after));
                String user = connection.getMetaData().getUserName();
                for (String revision : after) {
                    if (!before.contains(revision)) {
                        historyTable.append(connection, new HistoryEntry(revision, HistoryEntry.Action.STAMP,
                                messageOf(revision), settings.clock().instant(), 0L, user, true, null));
                    }
                }
                connection.commit();
            } catch (SQLException | RuntimeException failure) {
                connection.rollback();
                throw failure;
            }
            log.info("Stamped the database with {} (was {})", describe(after), describe(before));
            return after;
        } catch (SQLException failure) {
            throw new MigratorRuntimeException("Could not stamp the database: " + failure.getMessage(), failure);
        }
    }

    private RunResult run(Direction direction, Function<List<String>, MigrationPlan> planner, String target) {
        long started = System.nanoTime();
        List<String> rows = currentRevisions();
        MigrationPlan plan = planner.apply(rows);
        if (plan.isEmpty()) {
            log.info("Database is at {}; nothing to {} for target '{}'", describe(rows),
                    direction.isUpgrade() ? "upgrade" : "downgrade", target);
            RunResult result = new RunResult(direction, rows, rows, List.of(), Duration.ofNanos(System.nanoTime() - started));
            notify(() -> listener.runFinished(result));
            return result;
        }
        try (MigrationLock.Held held = lock.acquire(dataSource, settings.lockTimeout());
                Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            versionTable.createIfMissing(connection);
            historyTable.createIfMissing(connection);
            List<String> before = versionTable.read(connection);
            MigrationPlan lockedPlan = planner.apply(before);
            lockedPlan.warnings().forEach(log::warn);
            List<StepResult> steps = lockedPlan.isEmpty() ? List.of() : execute(connection, lockedPlan, before);
            List<String> after = versionTable.read(connection);
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            if (steps.isEmpty()) {
                log.info("Database is at {}; another instance already applied what was pending", describe(after));
            } else {
                log.info("{} {} revision(s) in {} ms; database is now at {}",
                        direction.isUpgrade() ? "Applied" : "Reverted", steps.size(), took.toMillis(), describe(after));
            }
            RunResult result = new RunResult(direction, before, after, steps, took);
            notify(() -> listener.runFinished(result));
            return result;
        } catch (SQLException failure) {
            throw new MigratorRuntimeException("Could not " + (direction.isUpgrade() ? "upgrade" : "downgrade")
                    + " the database: " + failure.getMessage(), failure);
        }
    }

    private List<StepResult> execute(Connection connection, MigrationPlan plan, List<String> before)
            throws SQLException {
        notify(() -> listener.runStarting(plan));
        try {
            return executeSteps(connection, plan, before);
        } catch (SQLException | RuntimeException failure) {
            notify(() -> listener.runFailed(plan, failure));
            throw failure;
        }
    }

    private List<StepResult> executeSteps(Connection connection, MigrationPlan plan, List<String> before)
            throws SQLException {
        boolean transactional = dialect.transactionalDdl();
        boolean oneTransaction = transactional && settings.transactionMode() == TransactionMode.ALL;
        VersionRows rows = new VersionRows(graph, before);
        String user = connection.getMetaData().getUserName();
        List<StepResult> results = new ArrayList<>();
        connection.setAutoCommit(false);
        for (MigrationStep step : plan.steps()) {
            MigrationScript script = scripts.find(step.id()).orElseThrow(() -> new IllegalStateException(
                    "No script for revision " + step.id() + " although the graph was built from the scripts"));
            Instant startedAt = settings.clock().instant();
            long started = System.nanoTime();
            StatementTrackingSink sink = new StatementTrackingSink(connection, dialect);
            try {
                Migration migration = script.migration();
                Operations operations = Operations.writingTo(sink);
                if (step.isUpgrade()) {
                    migration.upgrade(operations);
                } else {
                    migration.downgrade(operations);
                }
                versionTable.apply(connection, rows.apply(step));
                Duration took = Duration.ofNanos(System.nanoTime() - started);
                historyTable.append(connection, new HistoryEntry(step.id(), action(step), script.message(), startedAt,
                        took.toMillis(), user, true, null));
                if (!oneTransaction) {
                    connection.commit();
                }
                StepResult result = new StepResult(step, script.message(), took, null);
                results.add(result);
                notify(() -> listener.stepFinished(result));
                log.info("{} {} ({}) in {} ms", step.isUpgrade() ? "Upgraded" : "Downgraded", step, script.message(),
                        took.toMillis());
            } catch (RuntimeException | SQLException failure) {
                Duration took = Duration.ofNanos(System.nanoTime() - started);
                connection.rollback();
                List<String> rowsNow = versionTable.read(connection);
                recordFailure(connection, step, script, startedAt, took, user, failure);
                StepResult result = new StepResult(step, script.message(), took, failure);
                notify(() -> listener.stepFinished(result));
                throw new MigrationFailedException(step.id(), script.message() + ", " + script.source(),
                        step.direction(), failure, transactional ? List.of() : sink.completedStatements(), rowsNow,
                        !transactional, dialect.databaseName());
            }
        }
        if (oneTransaction) {
            connection.commit();
        }
        connection.setAutoCommit(true);
        return results;
    }

    private void recordFailure(Connection connection, MigrationStep step, MigrationScript script, Instant startedAt,
            Duration took, String user, Throwable failure) {
        try {
            historyTable.append(connection, new HistoryEntry(step.id(), action(step), script.message(), startedAt,
                    took.toMillis(), user, false, String.valueOf(failure.getMessage())));
            connection.commit();
        } catch (SQLException | RuntimeException cannotRecord) {
            failure.addSuppressed(cannotRecord);
        }
    }

    private String messageOf(String revision) {
        return scripts.find(revision).map(MigrationScript::message).orElse(null);
    }

    private static HistoryEntry.Action action(MigrationStep step) {
        return step.isUpgrade() ? HistoryEntry.Action.UPGRADE : HistoryEntry.Action.DOWNGRADE;
    }

    private static String describe(List<String> rows) {
        return rows.isEmpty() ? "base" : String.join(", ", rows);
    }

    private void notify(Runnable callback) {
        try {
            callback.run();
        } catch (RuntimeException listenerFailure) {
            log.warn("A migration listener failed; the migration goes on", listenerFailure);
        }
    }

    private <T> T withConnection(SqlFunction<T> read) {
        try (Connection connection = dataSource.getConnection()) {
            return read.apply(connection);
        } catch (SQLException failure) {
            throw new MigratorRuntimeException("Could not read the migration tables: " + failure.getMessage(), failure);
        }
    }

    @FunctionalInterface
    private interface SqlFunction<T> {
        T apply(Connection connection) throws SQLException;
    }
}
