package dev.migrator.autoconfigure.actuate;

import dev.migrator.autoconfigure.MigratorInstance;
import dev.migrator.autoconfigure.MigratorInstances;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.boot.actuate.endpoint.Access;
import org.springframework.boot.actuate.endpoint.OperationResponseBody;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;
import org.springframework.context.ApplicationContext;

/**
 * The {@code migrations} endpoint: for every Migrator instance of the application context and its ancestors, where
 * its database is, what is pending, the whole revision history joined with the history table, and the pending diff
 * against the entities.
 *
 * <ul>
 * <li>{@code GET /actuator/migrations}: every instance, by application context ({@link MigrationsDescriptor})</li>
 * <li>{@code GET /actuator/migrations/{instance}}: one instance ({@link InstanceDescriptor}); 404 for an unknown
 * name</li>
 * <li>{@code GET /actuator/migrations/{instance}/diff}: compares the instance's database with its entities again
 * ({@link PendingDiff}); the other operations show the diff computed last, computing it when there is none yet or it is
 * older than {@code spring.migrator.endpoint.diff-time-to-live}</li>
 * </ul>
 *
 * The actuator leaves {@code null} values out of the JSON: a revision that never ran has no {@code lastRecorded}.
 *
 * <p>This endpoint only reads. {@link WritableMigratorEndpoint} replaces it when
 * {@code spring.migrator.endpoint.write-operations-enabled=true}.
 */
@Endpoint(id = "migrations", defaultAccess = Access.READ_ONLY)
public class MigratorEndpoint {

    /** The second path segment of the operation that recomputes the diff. */
    public static final String DIFF = "diff";

    private final ApplicationContext context;
    private final PendingDiffs diffs;

    public MigratorEndpoint(ApplicationContext context, PendingDiffs diffs) {
        this.context = Objects.requireNonNull(context, "context");
        this.diffs = Objects.requireNonNull(diffs, "diffs");
    }

    @ReadOperation
    public MigrationsDescriptor migrations() {
        Map<String, ContextDescriptor> contexts = new LinkedHashMap<>();
        for (ApplicationContext target = context; target != null; target = target.getParent()) {
            Map<String, InstanceDescriptor> instances = new LinkedHashMap<>();
            for (MigratorInstances beans : target.getBeansOfType(MigratorInstances.class).values()) {
                beans.all().forEach(instance -> instances.putIfAbsent(instance.name(), describe(instance)));
            }
            ApplicationContext parent = target.getParent();
            contexts.put(target.getId(), new ContextDescriptor(instances, parent != null ? parent.getId() : null));
        }
        return new MigrationsDescriptor(contexts);
    }

    /** One instance, or {@code null} (404) when no context has an instance of that name. */
    @ReadOperation
    public InstanceDescriptor instance(@Selector String instance) {
        MigratorInstance found = find(instance);
        return found != null ? describe(found) : null;
    }

    /** Compares the instance's database with its entities now; {@code null} (404) for another path or instance. */
    @ReadOperation
    public PendingDiff diff(@Selector String instance, @Selector String section) {
        MigratorInstance found = find(instance);
        return found != null && DIFF.equals(section) ? diffs.refresh(found) : null;
    }

    /** The instance of that name, looked for in this context first, then in its ancestors; {@code null} if none. */
    protected MigratorInstance find(String name) {
        for (ApplicationContext target = context; target != null; target = target.getParent()) {
            for (MigratorInstances beans : target.getBeansOfType(MigratorInstances.class).values()) {
                if (beans.names().contains(name)) {
                    return beans.get(name);
                }
            }
        }
        return null;
    }

    protected PendingDiffs diffs() {
        return diffs;
    }

    private InstanceDescriptor describe(MigratorInstance instance) {
        return MigrationStateReader.describe(instance, diffs);
    }

    /**
     * Every Migrator instance of the application.
     *
     * @param contexts by application context id, the endpoint's own context first, then its ancestors
     */
    public record MigrationsDescriptor(Map<String, ContextDescriptor> contexts) implements OperationResponseBody {
    }

    /**
     * The Migrator instances of one application context.
     *
     * @param instances by instance name, the default instance first
     * @param parentId the id of the parent context, {@code null} for the root
     */
    public record ContextDescriptor(Map<String, InstanceDescriptor> instances, String parentId) {
    }

    /**
     * One Migrator instance and its database.
     *
     * @param target what start-up upgrades to ({@code spring.migrator.target})
     * @param current the revisions the database is at; empty at base
     * @param heads the heads of the revision graph
     * @param pending the revisions an upgrade to {@code target} would apply, in the order it would apply them
     * @param history every revision of the graph, newest first
     * @param diff what it takes to bring the database to the entities' schema
     * @param error why the database could not be read, or {@code null}; the lists are then empty
     */
    public record InstanceDescriptor(String target, List<String> current, List<String> heads,
            List<PendingRevision> pending, List<RevisionDescriptor> history, PendingDiff diff, String error)
            implements OperationResponseBody {
    }

    /**
     * A revision not yet applied.
     *
     * @param id the revision id
     * @param message what it does
     */
    public record PendingRevision(String id, String message) {
    }

    /**
     * A revision of the graph with what the history table last recorded of it.
     *
     * @param id the revision id
     * @param downRevisions its parents; empty for a base, several for a merge
     * @param branchLabels the labels naming its branch
     * @param message what it does
     * @param created when it was written, if its source says
     * @param applied whether the database is at this revision or above it
     * @param lastRecorded the history table's latest entry for the revision, or {@code null} when it has none
     */
    public record RevisionDescriptor(String id, List<String> downRevisions, List<String> branchLabels, String message,
            Instant created, boolean applied, RecordedStep lastRecorded) {
    }

    /**
     * A step as the history table recorded it.
     *
     * @param action {@code UPGRADE}, {@code DOWNGRADE} or {@code STAMP}
     * @param startedAt when it started
     * @param databaseUser the database user that ran it, where known
     * @param durationMillis how long it took; {@code null} for steps written by an offline script
     * @param success whether it completed
     * @param error what failed, for an unsuccessful step
     */
    public record RecordedStep(String action, Instant startedAt, String databaseUser, Long durationMillis,
            boolean success, String error) {
    }
}
