package dev.migrator.schema;

import java.util.List;

/**
 * An index.
 *
 * @param name   the index name
 * @param keys   the indexed columns and expressions, in order
 * @param unique whether the index enforces uniqueness
 * @param where  the SQL condition of a partial index, or null for a full index
 */
public record Index(String name, List<IndexKey> keys, boolean unique, String where) {

    public Index {
        Names.require(name, "index name");
        keys = List.copyOf(keys);
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("index " + name + " needs at least one column or expression");
        }
    }

    /** A plain index on columns. */
    public static Index on(String name, String... columns) {
        return new Index(name, List.of(columns).stream().map(IndexKey::column).toList(), false, null);
    }
}
