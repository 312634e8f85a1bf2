package dev.migrator.command;

import dev.migrator.dialect.Dialect;
import dev.migrator.dialect.Dialects;
import dev.migrator.revision.MigrationPlan;
import dev.migrator.revision.RevisionGraph;
import dev.migrator.runtime.HistoryEntry;
import dev.migrator.runtime.MigrationExecutor;
import dev.migrator.runtime.MigratorRuntimeException;
import dev.migrator.runtime.OfflineScriptWriter;
import dev.migrator.runtime.RunResult;
import dev.migrator.script.ScriptLoader;
import dev.migrator.script.ScriptSet;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;

/**
 * Migrator's commands, the counterpart of Alembic's {@code command} module: upgrade, downgrade, stamp,
 * current, offline SQL, and the graph queries. The Spring Boot starter, the command line and the
 * actuator endpoint all call this.
 *
 * <p>The scripts are discovered and the graph is built and validated once, when the migrator is
 * created; a broken history fails right there.
 */
public final class Migrator {

    private final MigratorConfiguration configuration;
    private final ScriptSet scripts;
    private final RevisionGraph graph;
    private volatile Dialect dialect;
    private volatile MigrationExecutor executor;

    private Migrator(MigratorConfiguration configuration, ScriptSet scripts, RevisionGraph graph) {
        this.configuration = configuration;
        this.scripts = scripts;
        this.graph = graph;
        this.dialect = configuration.dialect();
    }

    public static Migrator create(MigratorConfiguration configuration) {
        Objects.requireNonNull(configuration, "configuration");
        ScriptLoader loader = new ScriptLoader(configuration.classLoader());
        ScriptSet scripts = configuration.requireLocation() ? loader.load(configuration.location())
                : loader.loadIfExists(configuration.location());
        return new Migrator(configuration, scripts, RevisionGraph.of(scripts.nodes()));
    }

    public MigratorConfiguration configuration() {
        return configuration;
    }

    public RevisionGraph graph() {
        return graph;
    }

    public ScriptSet scripts() {
        return scripts;
    }

    /** Upgrades the database to {@code target} ({@code head} by default in the commands). */
    public RunResult upgrade(String target) {
        return executor().upgrade(target);
    }

    /** Downgrades the database to {@code target} ({@code base}, a revision, {@code -1} ...). */
    public RunResult downgrade(String target) {
        return executor().downgrade(target);
    }

    /** Sets the version table to {@code revisions} without running migrations. */
    public List<String> stamp(List<String> revisions, boolean purge) {
        return executor().stamp(revisions, purge);
    }

    /** The revisions the database is at; empty when nothing has been applied. */
    public List<String> current() {
        return executor().currentRevisions();
    }

    /** What an upgrade to {@code target} would apply now. */
    public MigrationPlan pending(String target) {
        return executor().pendingUpgrade(target);
    }

    /** Every step the database's history table remembers, oldest first. */
    public List<HistoryEntry> appliedHistory() {
        return executor().history();
    }

    /** The SQL of an upgrade ({@code head}, or {@code from:to}), without connecting. */
    public String upgradeSql(String targetOrRange) {
        return offline().upgrade(targetOrRange);
    }

    /** The SQL of a downgrade over a range {@code from:to}, without connecting. */
    public String downgradeSql(String range) {
        return offline().downgrade(range);
    }

    /** The SQL that stamps the version table with {@code revisions} (or a {@code from:to} range), without connecting. */
    public String stampSql(List<String> revisions) {
        return offline().stamp(revisions);
    }

    /** The heads of the graph, in definition order. */
    public List<String> heads() {
        return graph.heads();
    }

    /**
     * Writes a new, empty migration after the current head (or where {@code options} say) into the
     * configured source directory, and returns where it went.
     */
    public WrittenRevision revision(String message, RevisionOptions options) {
        PlannedRevision planned = new NewRevisionPlanner(graph).plan(options);
        return writer().write(RevisionFileRequest.builder(configuration.location(), configuration.sourceDirectory())
                .message(message).placedAs(planned).build());
    }

    /** Writes a merge revision whose down revisions are {@code revisions} (for example {@code heads}). */
    public WrittenRevision merge(String message, List<String> revisions, String revisionId) {
        PlannedRevision planned = new NewRevisionPlanner(graph).planMerge(revisions, revisionId, List.of());
        return writer().write(RevisionFileRequest.builder(configuration.location(), configuration.sourceDirectory())
                .message(message).placedAs(planned).build());
    }

    /** The {@code history} text, newest first, Alembic-style; current revisions are marked when given. */
    public String historyText(HistoryOptions options) {
        return new HistoryFormatter(graph, scripts).history(options);
    }

    /** The {@code heads} text. */
    public String headsText(boolean verbose, java.util.Set<String> currentRevisions) {
        return new HistoryFormatter(graph, scripts).heads(verbose, currentRevisions);
    }

    /** The {@code branches} text: every branch point and where it leads. */
    public String branchesText(boolean verbose) {
        return new HistoryFormatter(graph, scripts).branches(verbose);
    }

    /** The {@code show} text for one revision. */
    public String showText(String target) {
        return new HistoryFormatter(graph, scripts).show(target);
    }

    /** The graph drawn for a terminal, newest first, in the manner of {@code git log --graph}. */
    public String graphAscii(dev.migrator.revision.RevisionRange range, java.util.Set<String> currentRevisions) {
        return new RevisionGraphRenderer(graph, scripts).ascii(range, currentRevisions);
    }

    /** The graph as Graphviz DOT. */
    public String graphDot() {
        return new RevisionGraphRenderer(graph, scripts).dot();
    }

    /** The graph as a Mermaid flowchart. */
    public String graphMermaid() {
        return new RevisionGraphRenderer(graph, scripts).mermaid();
    }

    private RevisionFileWriter writer() {
        if (configuration.sourceDirectory() == null) {
            throw new MigratorRuntimeException("Writing a revision needs the source directory to write it to"
                    + " (spring.migrator.source-directory, for example src/main/java).");
        }
        return new RevisionFileWriter(configuration.settings().clock());
    }

    /** The database's dialect: the configured one, or detected from a connection once. */
    public Dialect dialect() {
        Dialect known = dialect;
        if (known != null) {
            return known;
        }
        try (Connection connection = requireDataSource().getConnection()) {
            known = Dialects.detect(connection);
            dialect = known;
            return known;
        } catch (SQLException failure) {
            throw new MigratorRuntimeException("Could not connect to detect the database: " + failure.getMessage(),
                    failure);
        }
    }

    private MigrationExecutor executor() {
        MigrationExecutor known = executor;
        if (known == null) {
            known = new MigrationExecutor(requireDataSource(), dialect(), graph, scripts, configuration.settings(),
                    configuration.listener());
            executor = known;
        }
        return known;
    }

    private OfflineScriptWriter offline() {
        if (dialect == null && configuration.dataSource() == null) {
            throw new MigratorRuntimeException("Offline SQL needs to know the database: set the dialect (for example"
                    + " 'postgresql', 'mariadb' or 'h2') since there is no connection to detect it from.");
        }
        return new OfflineScriptWriter(dialect(), graph, scripts, configuration.settings());
    }

    private javax.sql.DataSource requireDataSource() {
        if (configuration.dataSource() == null) {
            throw new MigratorRuntimeException("This command needs a database connection, but none is configured."
                    + " Configure a DataSource (spring.datasource.* or spring.migrator.url).");
        }
        return configuration.dataSource();
    }
}
