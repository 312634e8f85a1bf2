package dev.migrator.autoconfigure.actuate;

import dev.migrator.autoconfigure.MigratorInstance;
import dev.migrator.autogenerate.TargetSchemaNotConfiguredException;
import dev.migrator.command.Migrator;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pending diff of each instance ({@link Migrator#compare()}), computed when first asked for and then reused for a
 * while: a comparison reads the whole database schema and builds the entities' schema, too slow for every endpoint
 * call or metrics scrape.
 */
public final class PendingDiffs {

    private static final Logger log = LoggerFactory.getLogger(PendingDiffs.class);

    private final Duration timeToLive;
    private final Clock clock;
    // By engine rather than by name: instances of a parent and a child context may share a name.
    private final Map<Migrator, PendingDiff> byEngine = new ConcurrentHashMap<>();

    /**
     * @param timeToLive how long a computed diff is reused by {@link #get}
     */
    public PendingDiffs(Duration timeToLive, Clock clock) {
        this.timeToLive = Objects.requireNonNull(timeToLive, "timeToLive");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Whether the instance has a target schema to compare with, so that a diff can be computed at all. */
    public static boolean hasTargetSchema(MigratorInstance instance) {
        return instance.migrator().configuration().targetSchema() != null;
    }

    /** The instance's diff: the one computed last, unless it is older than the time to live. */
    public PendingDiff get(MigratorInstance instance) {
        PendingDiff known = byEngine.get(instance.migrator());
        if (known != null && !clock.instant().isAfter(known.computedAt().plus(timeToLive))) {
            return known;
        }
        return refresh(instance);
    }

    /** Compares the instance's database with its target schema now, and keeps the result for {@link #get}. */
    public PendingDiff refresh(MigratorInstance instance) {
        PendingDiff diff = compare(instance);
        byEngine.put(instance.migrator(), diff);
        return diff;
    }

    /** Drops the instance's diff, for example after a migration changed the database. */
    public void forget(MigratorInstance instance) {
        byEngine.remove(instance.migrator());
    }

    private PendingDiff compare(MigratorInstance instance) {
        try {
            return PendingDiff.of(instance.migrator().compare(), clock.instant());
        } catch (TargetSchemaNotConfiguredException notConfigured) {
            return PendingDiff.notConfigured(instance, clock.instant());
        } catch (RuntimeException failure) {
            log.warn("Could not compare the database of Migrator instance '{}' with its target schema",
                    instance.name(), failure);
            return PendingDiff.failed(failure, clock.instant());
        }
    }
}
