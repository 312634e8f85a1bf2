package dev.migrator.autogenerate;

import dev.migrator.operations.MigrationOperation;
import java.util.List;

/**
 * What it takes to bring the live database to the expected schema.
 *
 * @param operations the operations that would do it, in an order that applies
 * @param warnings operations that may lose data or fail on existing rows (drops, narrowing type changes,
 *     nullable to not null), described for a person
 * @param possibleRenames drop-and-add pairs that look like a rename, described for a person
 */
public record SchemaDiff(List<MigrationOperation> operations, List<String> warnings, List<String> possibleRenames) {

    public SchemaDiff {
        operations = List.copyOf(operations);
        warnings = List.copyOf(warnings);
        possibleRenames = List.copyOf(possibleRenames);
    }

    public static SchemaDiff none() {
        return new SchemaDiff(List.of(), List.of(), List.of());
    }

    public boolean isEmpty() {
        return operations.isEmpty();
    }
}
