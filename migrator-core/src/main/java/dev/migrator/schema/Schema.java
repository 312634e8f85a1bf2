package dev.migrator.schema;

import java.util.List;
import java.util.Optional;

/**
 * A whole database schema as autogenerate compares it: the tables and sequences, either read from a live
 * database or built from entities (or by hand).
 *
 * @param tables the tables, in a stable order (the order they were read or declared)
 * @param sequences the sequences
 */
public record Schema(List<Table> tables, List<Sequence> sequences) {

    public Schema {
        tables = List.copyOf(tables);
        sequences = List.copyOf(sequences);
    }

    public static Schema empty() {
        return new Schema(List.of(), List.of());
    }

    /** The table with that name, compared exactly (callers normalise case as their database does). */
    public Optional<Table> table(QualifiedName name) {
        return tables.stream().filter(table -> table.name().equals(name)).findFirst();
    }

    public Optional<Sequence> sequence(QualifiedName name) {
        return sequences.stream().filter(sequence -> sequence.name().equals(name)).findFirst();
    }
}
