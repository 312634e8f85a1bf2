package dev.migrator.autoconfigure.actuate;

import dev.migrator.autoconfigure.MigratorInstance;
import dev.migrator.autoconfigure.MigratorInstances;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Per instance, {@code migrator.pending.revisions}: the revisions an upgrade to the instance's target would apply; and, for an
 * instance with a target schema, {@code migrator.pending.diff.operations}: the operations it would take to bring the
 * database to the entities. The latter reads {@link PendingDiffs}, so a scrape compares at most once per
 * {@code spring.migrator.endpoint.diff-time-to-live}. A value that cannot be read is NaN.
 */
public final class PendingMigrationGauges implements MeterBinder {

    public static final String PENDING_REVISIONS = "migrator.pending.revisions";
    public static final String PENDING_DIFF_OPERATIONS = "migrator.pending.diff.operations";

    private static final Logger log = LoggerFactory.getLogger(PendingMigrationGauges.class);

    private final MigratorInstances instances;
    private final PendingDiffs diffs;

    public PendingMigrationGauges(MigratorInstances instances, PendingDiffs diffs) {
        this.instances = Objects.requireNonNull(instances, "instances");
        this.diffs = Objects.requireNonNull(diffs, "diffs");
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (MigratorInstance instance : instances.all()) {
            Gauge.builder(PENDING_REVISIONS, instance, PendingMigrationGauges::pendingRevisions)
                    .description("Revisions not yet applied to the database").tag("instance", instance.name())
                    .strongReference(true).register(registry);
            if (PendingDiffs.hasTargetSchema(instance)) {
                Gauge.builder(PENDING_DIFF_OPERATIONS, instance, this::pendingDiffOperations)
                        .description("Operations it would take to bring the database to the entities' schema")
                        .tag("instance", instance.name()).strongReference(true).register(registry);
            }
        }
    }

    private static double pendingRevisions(MigratorInstance instance) {
        try {
            return MigrationStateReader.pending(instance).steps().size();
        } catch (RuntimeException unreadable) {
            log.debug("Could not read the pending revisions of Migrator instance '{}'", instance.name(), unreadable);
            return Double.NaN;
        }
    }

    private double pendingDiffOperations(MigratorInstance instance) {
        PendingDiff diff = diffs.get(instance);
        return diff.status() == PendingDiff.Status.COMPUTED ? diff.operations().size() : Double.NaN;
    }
}
