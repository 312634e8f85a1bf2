package dev.migrator.test.autoconfigure;

import dev.migrator.command.Migrator;
import dev.migrator.script.MigrationScript;
import java.util.List;
import java.util.stream.Collectors;

/** Revisions as a report names them: the id, and the message its author gave it. */
final class RevisionNames {

    private RevisionNames() {
    }

    /** {@code 5a1d0c0a0003 ("add isbn to book", V5a1d0c0a0003_AddIsbnToBook)}. */
    static String of(Migrator migrator, String revisionId) {
        return migrator.scripts().find(revisionId)
                .map(script -> revisionId + " (" + describe(script) + ")")
                .orElse(revisionId);
    }

    static String of(Migrator migrator, List<String> revisionIds) {
        return revisionIds.stream().map(id -> of(migrator, id)).collect(Collectors.joining(", "));
    }

    /** Where the instance's migrations live, for the first line of a report. */
    static String location(Migrator migrator) {
        return "package " + migrator.configuration().location().packageName();
    }

    private static String describe(MigrationScript script) {
        String message = script.message() == null || script.message().isBlank() ? "" : "\"" + script.message() + "\", ";
        return message + script.source();
    }
}
