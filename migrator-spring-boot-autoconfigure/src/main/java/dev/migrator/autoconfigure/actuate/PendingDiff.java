package dev.migrator.autoconfigure.actuate;

import dev.migrator.autoconfigure.MigratorInstance;
import dev.migrator.autoconfigure.MigratorInstances;
import dev.migrator.autogenerate.SchemaDiff;
import java.time.Instant;
import java.util.List;

/**
 * What it takes to bring one instance's database to the schema its entities describe, as last computed; part of the
 * {@code migrations} endpoint's response.
 *
 * @param status whether the diff could be computed
 * @param computedAt when it was computed
 * @param operations one line per operation that would bring the database there, in the order they would run; empty
 *     when the database matches
 * @param warnings operations that may lose data or fail on existing rows
 * @param possibleRenames drop-and-add pairs that look like a rename
 * @param message why there is no diff, unless {@code status} is {@link Status#COMPUTED}
 */
public record PendingDiff(Status status, Instant computedAt, List<String> operations, List<String> warnings,
        List<String> possibleRenames, String message) {

    /** Whether there is a diff. */
    public enum Status {
        /** The database was compared with the target schema. */
        COMPUTED,
        /** The instance has no target schema (no entity packages) to compare with. */
        NOT_CONFIGURED,
        /** The comparison failed; {@link PendingDiff#message()} says why. */
        FAILED
    }

    public PendingDiff {
        operations = List.copyOf(operations);
        warnings = List.copyOf(warnings);
        possibleRenames = List.copyOf(possibleRenames);
    }

    static PendingDiff of(SchemaDiff diff, Instant computedAt) {
        return new PendingDiff(Status.COMPUTED, computedAt,
                diff.operations().stream().map(operation -> operation.describe()).toList(),
                diff.warnings().stream().map(warning -> warning.message()).toList(),
                diff.possibleRenames().stream().map(rename -> rename.description()).toList(), null);
    }

    static PendingDiff notConfigured(MigratorInstance instance, Instant computedAt) {
        String prefix = MigratorInstances.DEFAULT_INSTANCE.equals(instance.name()) ? "spring.migrator"
                : "spring.migrator.instances." + instance.name();
        return new PendingDiff(Status.NOT_CONFIGURED, computedAt, List.of(), List.of(), List.of(),
                "Not available: no entity packages or target schema are configured for instance '" + instance.name()
                        + "'. Set " + prefix + ".entity-packages to compare the database with the entities.");
    }

    static PendingDiff failed(RuntimeException failure, Instant computedAt) {
        return new PendingDiff(Status.FAILED, computedAt, List.of(), List.of(), List.of(),
                "The comparison failed: " + failure.getMessage());
    }
}
