package dev.migrator.script;

import java.time.Instant;
import java.util.Comparator;

/**
 * The order in which scripts are handed to the graph, which uses it to break ties: by creation time, scripts
 * without one last, then by id. It depends only on the scripts, never on file system or jar order.
 */
final class DefinitionOrder {

    static final Comparator<MigrationScript> ORDER = Comparator
            .comparing((MigrationScript script) -> script.created().orElse(null),
                    Comparator.nullsLast(Comparator.<Instant>naturalOrder()))
            .thenComparing(MigrationScript::id);

    private DefinitionOrder() {
    }
}
