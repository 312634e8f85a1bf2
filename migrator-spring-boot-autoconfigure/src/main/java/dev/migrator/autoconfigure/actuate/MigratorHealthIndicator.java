package dev.migrator.autoconfigure.actuate;

import dev.migrator.autoconfigure.MigratorInstance;
import dev.migrator.autoconfigure.MigratorInstances;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * The {@code migrator} health indicator: DOWN while any instance's database has revisions pending, that is, while an
 * upgrade to its target ({@code spring.migrator.target}, {@code head} by default) would apply something, and, with
 * {@code spring.migrator.health.check-schema=true}, while it differs from its entities. The details say, per
 * instance, where the database is and how much is pending.
 */
public class MigratorHealthIndicator extends AbstractHealthIndicator {

    private final MigratorInstances instances;
    private final PendingDiffs diffs;
    private final boolean checkSchema;

    /**
     * @param checkSchema whether to compare each database with its entities on every check
     */
    public MigratorHealthIndicator(MigratorInstances instances, PendingDiffs diffs, boolean checkSchema) {
        super("Migrator health check failed");
        this.instances = Objects.requireNonNull(instances, "instances");
        this.diffs = Objects.requireNonNull(diffs, "diffs");
        this.checkSchema = checkSchema;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        boolean healthy = true;
        for (MigratorInstance instance : instances.all()) {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("current", instance.migrator().current());
            details.put("heads", instance.migrator().heads());
            int pending = MigrationStateReader.pending(instance).steps().size();
            details.put("pending", pending);
            healthy &= pending == 0;
            if (checkSchema) {
                healthy &= checkSchema(instance, details);
            }
            builder.withDetail(instance.name(), details);
        }
        if (healthy) {
            builder.up();
        } else {
            builder.down();
        }
    }

    /** Adds the comparison's outcome to the details; whether the database matches (or cannot be compared at all). */
    private boolean checkSchema(MigratorInstance instance, Map<String, Object> details) {
        PendingDiff diff = diffs.refresh(instance);
        switch (diff.status()) {
            case COMPUTED -> {
                details.put("schemaDifferences", diff.operations().size());
                return diff.operations().isEmpty();
            }
            case NOT_CONFIGURED -> {
                // Nothing to compare with is a configuration matter, not a database in a bad state.
                details.put("schema", diff.message());
                return true;
            }
            default -> {
                details.put("schema", diff.message());
                return false;
            }
        }
    }
}
