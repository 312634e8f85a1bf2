package dev.migrator.script;

import dev.migrator.revision.RevisionNode;
import java.util.LinkedHashSet;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * What a script says about its revision, as written: the same fields whether they come from a {@code @Revision}
 * annotation, a SQL header or a line of the revision index.
 *
 * @param created the creation time as written, empty when absent
 */
record RevisionMetadata(String id, List<String> down, List<String> branchLabels, List<String> dependsOn,
        String message, String created) {

    RevisionMetadata {
        down = List.copyOf(down);
        branchLabels = List.copyOf(branchLabels);
        dependsOn = List.copyOf(dependsOn);
        message = message == null ? "" : message;
        created = created == null ? "" : created;
    }

    /** The first thing that makes this metadata unusable, phrased for a user, or empty when it is fine. */
    Optional<String> problem() {
        Optional<String> problem = RevisionIds.problemWith("revision id", id);
        problem = problem.or(() -> firstProblem("down revision", down));
        problem = problem.or(() -> firstProblem("branch label", branchLabels));
        problem = problem.or(() -> firstProblem("depends-on entry", dependsOn));
        return problem.or(this::createdProblem);
    }

    private static Optional<String> firstProblem(String what, List<String> values) {
        return values.stream().map(value -> RevisionIds.problemWith(what, value)).flatMap(Optional::stream).findFirst();
    }

    private Optional<String> createdProblem() {
        try {
            CreatedTimestamps.parse(created);
            return Optional.empty();
        } catch (DateTimeParseException e) {
            return Optional.of("created '" + created + "' is not " + CreatedTimestamps.EXPECTED + ".");
        }
    }

    RevisionNode toNode() {
        return new RevisionNode(id, down, new LinkedHashSet<>(branchLabels), dependsOn);
    }
}
