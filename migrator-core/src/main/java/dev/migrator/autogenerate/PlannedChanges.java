package dev.migrator.autogenerate;

import dev.migrator.operations.MigrationOperation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The operations comparators found, sorted into the phases that make a diff apply in one pass: what goes away
 * goes first (foreign keys before anything they depend on), then new columns before the keys and indexes on
 * them, new tables, foreign keys last, and finally the dropped columns, tables and sequences.
 */
final class PlannedChanges {

    /** The phases, in the order they run. */
    enum Phase {
        DROP_FOREIGN_KEYS, DROP_INDEXES, DROP_CONSTRAINTS, CREATE_SEQUENCES, ALTER_SEQUENCES, ADD_COLUMNS,
        ALTER_COLUMNS, TABLE_COMMENTS, ADD_CONSTRAINTS, CREATE_INDEXES, CREATE_TABLES, ADD_FOREIGN_KEYS,
        DROP_COLUMNS, DROP_TABLES, DROP_SEQUENCES
    }

    private final Map<Phase, List<MigrationOperation>> phases = new EnumMap<>(Phase.class);

    PlannedChanges() {
        for (Phase phase : Phase.values()) {
            phases.put(phase, new ArrayList<>());
        }
    }

    void add(Phase phase, MigrationOperation operation) {
        phases.get(phase).add(operation);
    }

    List<MigrationOperation> in(Phase phase) {
        return phases.get(phase);
    }

    void replace(Phase phase, List<MigrationOperation> operations) {
        phases.put(phase, new ArrayList<>(operations));
    }

    List<MigrationOperation> inOrder() {
        List<MigrationOperation> all = new ArrayList<>();
        phases.values().forEach(all::addAll);
        return all;
    }
}
