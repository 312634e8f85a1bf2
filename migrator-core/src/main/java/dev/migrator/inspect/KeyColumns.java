package dev.migrator.inspect;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the one-row-per-column answers of information_schema key queries into one entry per constraint or
 * index, keeping the first row's facts and every row's columns in order.
 *
 * @param <F> the facts of a constraint that all its rows repeat (type, referenced table, actions)
 */
final class KeyColumns<F> {

    /** One constraint or index: its table, name, facts and columns (with referenced columns for foreign keys). */
    record Key<F>(String table, String name, F facts, List<String> columns, List<String> referencedColumns) {
    }

    private record TableAndName(String table, String name) {
    }

    private final Map<TableAndName, Key<F>> keys = new LinkedHashMap<>();

    void add(String table, String name, F facts, String column, String referencedColumn) {
        Key<F> key = keys.computeIfAbsent(new TableAndName(table, name),
                k -> new Key<>(table, name, facts, new ArrayList<>(), new ArrayList<>()));
        key.columns().add(column);
        if (referencedColumn != null) {
            key.referencedColumns().add(referencedColumn);
        }
    }

    List<Key<F>> keys() {
        return List.copyOf(keys.values());
    }
}
