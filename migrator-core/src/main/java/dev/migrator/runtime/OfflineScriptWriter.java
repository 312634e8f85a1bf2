package dev.migrator.runtime;

import dev.migrator.dialect.Dialect;
import dev.migrator.operations.Operations;
import dev.migrator.operations.SqlScriptOperationSink;
import dev.migrator.revision.MigrationPlan;
import dev.migrator.revision.MigrationStep;
import dev.migrator.revision.RevisionException;
import dev.migrator.revision.RevisionGraph;
import dev.migrator.revision.RevisionRange;
import dev.migrator.revision.VersionRows;
import dev.migrator.script.MigrationScript;
import dev.migrator.script.ScriptSet;
import java.util.List;
import java.util.Objects;

/**
 * Writes the SQL of an upgrade or downgrade for a named database without connecting to it: the
 * migrations' statements, the version and history tables' creation and updates, and transaction
 * statements where the database has transactional DDL. Running the script on the database gives the
 * same schema and version rows as the online run.
 */
public final class OfflineScriptWriter {

    private final Dialect dialect;
    private final RevisionGraph graph;
    private final ScriptSet scripts;
    private final RuntimeSettings settings;

    public OfflineScriptWriter(Dialect dialect, RevisionGraph graph, ScriptSet scripts, RuntimeSettings settings) {
        this.dialect = Objects.requireNonNull(dialect, "dialect");
        this.graph = Objects.requireNonNull(graph, "graph");
        this.scripts = Objects.requireNonNull(scripts, "scripts");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /**
     * The upgrade script for {@code target}: {@code head}, or a range {@code from:to} for a database already
     * at {@code from}. Without a range the script starts from an empty database and creates Migrator's
     * tables.
     */
    public String upgrade(String target) {
        RevisionRange range = RevisionRange.isRange(target) ? RevisionRange.parse(target) : new RevisionRange(null, target);
        List<String> from = startingRows(range.from());
        MigrationPlan plan = graph.upgradePlan(from, range.to() == null ? "heads" : range.to());
        return write(plan, from, "upgrade " + describe(from) + " -> " + (range.to() == null ? "heads" : range.to()));
    }

    /**
     * The downgrade script for a range {@code from:to}: offline there is no database to read the current
     * revision from, so the range must say where to start.
     */
    public String downgrade(String range) {
        if (!RevisionRange.isRange(range)) {
            throw new RevisionException(RevisionException.Kind.INVALID_TARGET, "An offline downgrade needs a range"
                    + " 'from:to' (for example 'head:base' or 'ae1027a6:-1'), because there is no database to read the"
                    + " current revision from; got '" + range + "'.");
        }
        RevisionRange parsed = RevisionRange.parse(range);
        if (parsed.from() == null) {
            throw new RevisionException(RevisionException.Kind.INVALID_TARGET, "An offline downgrade needs the"
                    + " revision to start from before the ':' (for example 'head:base'); got '" + range + "'.");
        }
        List<String> from = startingRows(parsed.from());
        MigrationPlan plan = graph.downgradePlan(from, parsed.to() == null ? "base" : parsed.to());
        return write(plan, from, "downgrade " + describe(from) + " -> " + (parsed.to() == null ? "base" : parsed.to()));
    }

    /**
     * The SQL that stamps the version table with {@code revisions}, without running migrations. A single
     * {@code from:to} argument continues from a database at {@code from}; otherwise the script starts from
     * an empty database and creates Migrator's tables.
     */
    public String stamp(List<String> revisions) {
        List<String> from = List.of();
        List<String> targets = revisions;
        if (revisions.size() == 1 && RevisionRange.isRange(revisions.get(0))) {
            RevisionRange range = RevisionRange.parse(revisions.get(0));
            from = startingRows(range.from());
            targets = List.of(range.to() == null ? "heads" : range.to());
        }
        List<String> after = new StampPlanner(graph).rowsAfterStamp(from, targets, false);
        StringBuilder script = new StringBuilder();
        SqlScriptOperationSink sink = new SqlScriptOperationSink(script, dialect);
        VersionTable versionTable = new VersionTable(settings.versionTable(), dialect);
        HistoryTable historyTable = new HistoryTable(settings.historyTable(), dialect);
        sink.comment("Migrator offline script for " + dialect.databaseName() + ": stamp " + describe(from) + " -> "
                + describe(after));
        script.append('\n');
        if (from.isEmpty()) {
            versionTable.createStatements().forEach(sink::statement);
            historyTable.createStatements().forEach(sink::statement);
        }
        versionTable.sql(StampPlanner.changes(from, after)).forEach(sink::statement);
        for (String revision : after) {
            if (!from.contains(revision)) {
                sink.statement(historyTable.offlineInsert(revision, HistoryEntry.Action.STAMP,
                        scripts.find(revision).map(MigrationScript::message).orElse(null)));
            }
        }
        return script.toString();
    }

    private List<String> startingRows(String from) {
        if (from == null || "base".equals(from)) {
            return List.of();
        }
        return graph.resolve(from);
    }

    private String write(MigrationPlan plan, List<String> from, String title) {
        StringBuilder script = new StringBuilder();
        SqlScriptOperationSink sink = new SqlScriptOperationSink(script, dialect);
        Operations operations = Operations.writingTo(sink);
        VersionTable versionTable = new VersionTable(settings.versionTable(), dialect);
        HistoryTable historyTable = new HistoryTable(settings.historyTable(), dialect);
        boolean transactional = dialect.transactionalDdl();
        boolean oneTransaction = transactional && settings.transactionMode() == TransactionMode.ALL;

        sink.comment("Migrator offline script for " + dialect.databaseName() + ": " + title);
        sink.comment(plan.steps().size() + " step(s)");
        script.append('\n');
        if (oneTransaction) {
            sink.statement(dialect.beginTransactionSql());
        }
        if (from.isEmpty() && plan.direction().isUpgrade()) {
            versionTable.createStatements().forEach(sink::statement);
            historyTable.createStatements().forEach(sink::statement);
        }
        VersionRows rows = new VersionRows(graph, from);
        for (MigrationStep step : plan.steps()) {
            MigrationScript migrationScript = scripts.find(step.id()).orElseThrow();
            sink.comment("Running " + (step.isUpgrade() ? "upgrade " : "downgrade ") + step + ": "
                    + migrationScript.message());
            if (transactional && !oneTransaction) {
                sink.statement(dialect.beginTransactionSql());
            }
            if (step.isUpgrade()) {
                migrationScript.migration().upgrade(operations);
            } else {
                migrationScript.migration().downgrade(operations);
            }
            versionTable.sql(rows.apply(step)).forEach(sink::statement);
            sink.statement(historyTable.offlineInsert(step.id(),
                    step.isUpgrade() ? HistoryEntry.Action.UPGRADE : HistoryEntry.Action.DOWNGRADE,
                    migrationScript.message()));
            if (transactional && !oneTransaction) {
                sink.statement(dialect.commitTransactionSql());
            }
        }
        if (oneTransaction) {
            sink.statement(dialect.commitTransactionSql());
        }
        return script.toString();
    }

    private static String describe(List<String> rows) {
        return rows.isEmpty() ? "base" : String.join(", ", rows);
    }
}
