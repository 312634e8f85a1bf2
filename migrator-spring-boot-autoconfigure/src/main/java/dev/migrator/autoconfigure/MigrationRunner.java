package dev.migrator.autoconfigure;

import dev.migrator.command.HistoryOptions;
import dev.migrator.command.Migrator;
import dev.migrator.command.RevisionOptions;
import dev.migrator.command.WrittenRevision;
import dev.migrator.revision.MigrationPlan;
import dev.migrator.runtime.HistoryEntry;
import dev.migrator.runtime.RunResult;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Migrator's commands for application code, bound to the application's database(s). The bean works on the default
 * instance; {@link #instance(String)} gives a runner for another one:
 *
 * <pre>{@code
 * runner.upgrade();                              // the default instance, to spring.migrator.target
 * runner.instance("reporting").downgrade("-1");  // one step back on the 'reporting' instance
 * }</pre>
 *
 * Everything not offered here is on the engine, {@link #migrator()}.
 */
public class MigrationRunner {

    private final MigratorInstances instances;
    private final MigratorInstance instance;

    /** A runner for the default instance. */
    public MigrationRunner(MigratorInstances instances) {
        this(instances, instances.defaultInstance());
    }

    private MigrationRunner(MigratorInstances instances, MigratorInstance instance) {
        this.instances = Objects.requireNonNull(instances, "instances");
        this.instance = instance;
    }

    /**
     * A runner for the named instance.
     *
     * @throws IllegalArgumentException naming the instances there are, when none has this name
     */
    public MigrationRunner instance(String name) {
        return new MigrationRunner(instances, instances.get(name));
    }

    /** Every instance's name, the default instance's first. */
    public Set<String> instanceNames() {
        return instances.names();
    }

    /** This runner's instance name. */
    public String instanceName() {
        return instance.name();
    }

    /** The engine behind this runner, for the commands not offered here (graphs, branches, the revision graph). */
    public Migrator migrator() {
        return instance.migrator();
    }

    /** Upgrades to the configured target ({@code spring.migrator.target}, {@code head} by default). */
    public RunResult upgrade() {
        return upgrade(instance.target());
    }

    /** Upgrades to {@code target}: {@code head}, {@code heads}, a revision, {@code +1}, {@code label@head} ... */
    public RunResult upgrade(String target) {
        return migrator().upgrade(target);
    }

    /** Downgrades to {@code target}: {@code base}, a revision, {@code -1} ... */
    public RunResult downgrade(String target) {
        return migrator().downgrade(target);
    }

    /** Records {@code revisions} as the database's revisions without running anything; returns the new rows. */
    public List<String> stamp(String... revisions) {
        return stamp(List.of(revisions), false);
    }

    /**
     * Records {@code revisions} without running anything.
     *
     * @param purge empty the version table first, even of revisions no script defines
     */
    public List<String> stamp(List<String> revisions, boolean purge) {
        return migrator().stamp(revisions, purge);
    }

    /** The revisions the database is at; empty at base. */
    public List<String> current() {
        return migrator().current();
    }

    /** The heads of the revision graph. */
    public List<String> heads() {
        return migrator().heads();
    }

    /** What {@link #upgrade()} would apply now. */
    public MigrationPlan pending() {
        return pending(instance.target());
    }

    /** What an upgrade to {@code target} would apply now. */
    public MigrationPlan pending(String target) {
        return migrator().pending(target);
    }

    /** Every step the database's history table remembers, oldest first. */
    public List<HistoryEntry> appliedHistory() {
        return migrator().appliedHistory();
    }

    /** The revision history as text, newest first, with the database's current revisions marked. */
    public String history() {
        return migrator().historyText(HistoryOptions.all().withCurrentRevisions(new HashSet<>(current())));
    }

    /** The revision history as text, as {@code options} say. */
    public String history(HistoryOptions options) {
        return migrator().historyText(options);
    }

    /** One revision, described as text. */
    public String show(String revision) {
        return migrator().showText(revision);
    }

    /** Writes a new, empty revision after the current head into {@code spring.migrator.source-directory}. */
    public WrittenRevision revision(String message) {
        return revision(message, RevisionOptions.defaults());
    }

    /** Writes a new, empty revision where {@code options} say. */
    public WrittenRevision revision(String message, RevisionOptions options) {
        return migrator().revision(message, options);
    }

    /** Writes a revision that merges every head. */
    public WrittenRevision merge(String message) {
        return merge(message, heads());
    }

    /** Writes a revision that merges {@code revisions}. */
    public WrittenRevision merge(String message, List<String> revisions) {
        return migrator().merge(message, revisions, null);
    }

    /** The SQL an upgrade to {@code targetOrRange} ({@code head}, or {@code from:to}) would run, without running it. */
    public String upgradeSql(String targetOrRange) {
        return migrator().upgradeSql(targetOrRange);
    }

    /** The SQL a downgrade over {@code range} ({@code from:to}) would run, without running it. */
    public String downgradeSql(String range) {
        return migrator().downgradeSql(range);
    }
}
