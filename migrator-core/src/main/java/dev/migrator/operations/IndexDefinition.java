package dev.migrator.operations;

import dev.migrator.schema.Index;
import dev.migrator.schema.IndexKey;
import java.util.ArrayList;
import java.util.List;

/**
 * An index under construction: {@code index("ix_user_email").expression("lower(email)").unique()}.
 * Immutable; each method returns a new definition.
 */
public final class IndexDefinition implements TableElement {

    private final String name;
    private final List<IndexKey> keys;
    private final boolean unique;
    private final String where;

    IndexDefinition(String name, List<IndexKey> keys, boolean unique, String where) {
        this.name = name;
        this.keys = List.copyOf(keys);
        this.unique = unique;
        this.where = where;
    }

    /** Adds indexed columns, after the keys given so far. */
    public IndexDefinition columns(String... columns) {
        List<IndexKey> more = new ArrayList<>(keys);
        for (String column : columns) {
            more.add(IndexKey.column(column));
        }
        return new IndexDefinition(name, more, unique, where);
    }

    /** Adds an indexed SQL expression, such as {@code lower(email)}; not every database supports these. */
    public IndexDefinition expression(String sql) {
        List<IndexKey> more = new ArrayList<>(keys);
        more.add(IndexKey.expression(sql));
        return new IndexDefinition(name, more, unique, where);
    }

    /** Makes the index enforce uniqueness. */
    public IndexDefinition unique() {
        return new IndexDefinition(name, keys, true, where);
    }

    /** Makes it a partial index over the rows matching this SQL condition; not every database supports these. */
    public IndexDefinition where(String condition) {
        return new IndexDefinition(name, keys, unique, condition);
    }

    /** The index this defines. */
    public Index toIndex() {
        return new Index(name, keys, unique, where);
    }
}
