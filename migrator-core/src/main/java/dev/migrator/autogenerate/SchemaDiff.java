package dev.migrator.autogenerate;

import dev.migrator.operations.MigrationOperation;

import java.util.List;

/**
 * What it takes to bring the live database to the expected schema, as {@link SchemaComparator} found it.
 *
 * @param operations      the operations that would do it, in an order that applies: referenced tables before the
 *                        tables referencing them, foreign keys dropped before their tables, columns before the
 *                        indexes and constraints on them
 * @param warnings        operations that may lose data or fail on existing rows (drops, narrowing type changes,
 *                        nullable to NOT NULL)
 * @param possibleRenames drop-and-add pairs that look like a rename
 */
public record SchemaDiff(List<MigrationOperation> operations, List<DiffWarning> warnings,
                         List<PossibleRename> possibleRenames) {

    public SchemaDiff {
        operations = List.copyOf(operations);
        warnings = List.copyOf(warnings);
        possibleRenames = List.copyOf(possibleRenames);
    }

    /** No differences. */
    public static SchemaDiff none() {
        return new SchemaDiff(List.of(), List.of(), List.of());
    }

    /** Whether the database already matches the expected schema. */
    public boolean isEmpty() {
        return operations.isEmpty();
    }

    /** The warnings about this operation, in order. */
    public List<DiffWarning> warningsFor(MigrationOperation operation) {
        return warnings.stream().filter(w -> w.operation() == operation).toList();
    }

    /** The possible renames whose drop is this operation. */
    public List<PossibleRename> renamesDroppedBy(MigrationOperation operation) {
        return possibleRenames.stream().filter(r -> r.drop() == operation).toList();
    }

    /** One line per operation, then the warnings and possible renames; for logs and messages. */
    public String describe() {
        StringBuilder text = new StringBuilder();
        operations.forEach(operation -> text.append("  - ").append(operation.describe()).append('\n'));
        warnings.forEach(warning -> text.append("  ! ").append(warning.message()).append('\n'));
        possibleRenames.forEach(rename -> text.append("  ? ").append(rename.description()).append('\n'));
        return text.toString();
    }
}
