package dev.migrator.operations;

import dev.migrator.schema.QualifiedName;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Inserts rows given as column-to-value maps. A column missing from a row gets its DEFAULT.
 *
 * <p>Values may be null, strings, numbers, booleans, {@code java.time} dates and times, UUIDs, byte arrays
 * and enums (stored by name). Not reversible: delete the rows in {@code downgrade}.
 *
 * @param table the table
 * @param rows  the rows, each a map from column name to value
 */
public record BulkInsert(QualifiedName table, List<Map<String, Object>> rows) implements MigrationOperation {

    public BulkInsert {
        Objects.requireNonNull(table, "table");
        List<Map<String, Object>> copies = new ArrayList<>();
        for (Map<String, ?> row : rows) {
            // LinkedHashMap keeps the caller's column order and, unlike Map.copyOf, allows null values.
            copies.add(Collections.unmodifiableMap(new LinkedHashMap<>(row)));
        }
        rows = List.copyOf(copies);
    }

    /** Every column named by any row, in order of first appearance. */
    public List<String> columns() {
        Set<String> columns = new LinkedHashSet<>();
        rows.forEach(row -> columns.addAll(row.keySet()));
        return List.copyOf(columns);
    }

    @Override
    public MigrationOperation reverse() {
        throw new IrreversibleOperationException(this, "inserted rows have no known undo; delete them in downgrade()");
    }

    @Override
    public String describe() {
        return "insert " + rows.size() + " row(s) into " + table;
    }
}
