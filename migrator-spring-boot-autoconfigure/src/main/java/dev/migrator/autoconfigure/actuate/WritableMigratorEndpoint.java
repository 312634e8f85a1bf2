package dev.migrator.autoconfigure.actuate;

import dev.migrator.autoconfigure.MigratorInstance;
import dev.migrator.runtime.RunResult;
import dev.migrator.runtime.StepResult;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.actuate.endpoint.InvalidEndpointRequestException;
import org.springframework.boot.actuate.endpoint.annotation.Selector;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.context.ApplicationContext;

/**
 * The {@code migrations} endpoint with write operations, in place of {@link MigratorEndpoint} when
 * {@code spring.migrator.endpoint.write-operations-enabled=true}. The endpoint's access is read-only by default, so
 * these operations also need {@code management.endpoint.migrations.access=unrestricted}, and whatever security the
 * application puts on its actuator endpoints applies to them.
 *
 * <ul>
 * <li>{@code POST /actuator/migrations/{instance}/upgrade} with {@code {"target": "head"}}: upgrades; without a target,
 * to the instance's configured target</li>
 * <li>{@code POST /actuator/migrations/{instance}/downgrade} with {@code {"target": "-1"}}: downgrades</li>
 * <li>{@code POST /actuator/migrations/{instance}/stamp} with {@code {"revisions": "ae1027a6acf", "purge": false}}:
 * records revisions as applied without running them; several revisions are separated by commas</li>
 * </ul>
 *
 * The actuator reads a request body as string values only, hence the comma-separated revisions.
 */
public class WritableMigratorEndpoint extends MigratorEndpoint {

    public WritableMigratorEndpoint(ApplicationContext context, PendingDiffs diffs) {
        super(context, diffs);
    }

    /**
     * Runs one command on one instance and returns what it did.
     *
     * @param command {@code upgrade}, {@code downgrade} or {@code stamp}
     * @param target where to upgrade or downgrade to
     * @param revisions what to stamp, separated by commas
     * @param purge whether stamp empties the version table first
     */
    @WriteOperation
    public CommandResult run(@Selector String instance, @Selector String command, @Nullable String target,
            @Nullable String revisions, @Nullable Boolean purge) {
        MigratorInstance found = find(instance);
        if (found == null) {
            throw new InvalidEndpointRequestException("There is no Migrator instance named '" + instance + "'",
                    "Unknown instance");
        }
        try {
            return switch (command.toLowerCase(Locale.ROOT)) {
                case "upgrade" -> ran(found, "upgrade", found.migrator().upgrade(target != null ? target : found.target()));
                case "downgrade" -> ran(found, "downgrade", found.migrator().downgrade(require(target, "target",
                        "where to downgrade to, for example {\"target\": \"-1\"}")));
                case "stamp" -> stamp(found, revisionList(require(revisions, "revisions",
                        "the revisions to record, for example {\"revisions\": \"head\"}")), Boolean.TRUE.equals(purge));
                default -> throw new InvalidEndpointRequestException("Unknown command '" + command
                        + "': use upgrade, downgrade or stamp", "Unknown command");
            };
        } finally {
            diffs().forget(found);
        }
    }

    private static CommandResult ran(MigratorInstance instance, String command, RunResult result) {
        return new CommandResult(instance.name(), command, result.before(), result.after(),
                result.steps().stream().map(WritableMigratorEndpoint::step).toList(), result.duration().toMillis());
    }

    private static CommandResult stamp(MigratorInstance instance, List<String> revisions, boolean purge) {
        List<String> before = instance.migrator().current();
        List<String> after = instance.migrator().stamp(revisions, purge);
        return new CommandResult(instance.name(), "stamp", before, after, List.of(), null);
    }

    private static AppliedStep step(StepResult result) {
        return new AppliedStep(result.step().id(), result.step().direction().name(), result.message(),
                result.duration().toMillis());
    }

    private static List<String> revisionList(String revisions) {
        return Arrays.stream(revisions.split(",")).map(String::trim).filter(revision -> !revision.isEmpty()).toList();
    }

    private static <T> T require(T value, String parameter, String what) {
        if (value == null) {
            throw new InvalidEndpointRequestException("Missing parameter '" + parameter + "': " + what,
                    "Missing parameter '" + parameter + "'");
        }
        return value;
    }

    /**
     * What a write operation did.
     *
     * @param instance the instance it ran on
     * @param command {@code upgrade}, {@code downgrade} or {@code stamp}
     * @param before the revisions the database was at
     * @param after the revisions it is at now
     * @param steps the revisions applied or reverted, in order; empty for a stamp
     * @param durationMillis how long the run took, lock wait included; {@code null} for a stamp
     */
    public record CommandResult(String instance, String command, List<String> before, List<String> after,
            List<AppliedStep> steps, Long durationMillis) {
    }

    /**
     * One revision a run applied or reverted.
     *
     * @param id the revision
     * @param direction {@code UPGRADE} or {@code DOWNGRADE}
     * @param message what it does
     * @param durationMillis how long it took
     */
    public record AppliedStep(String id, String direction, String message, long durationMillis) {
    }
}
