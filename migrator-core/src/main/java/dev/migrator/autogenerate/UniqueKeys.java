package dev.migrator.autogenerate;

import dev.migrator.schema.Index;
import dev.migrator.schema.IndexKey;
import dev.migrator.schema.Table;
import dev.migrator.schema.UniqueConstraint;

import java.util.ArrayList;
import java.util.List;

/**
 * A table's unique keys as a database sees them. Where the catalog reports a unique index as a unique constraint
 * (MariaDB), a unique index on plain columns counts as a unique key too, and not as an index.
 */
final class UniqueKeys {

    /** One unique key: a unique constraint, or a unique index standing for one. */
    record UniqueKey(String name, List<String> columns, Object source) {
    }

    private UniqueKeys() {
    }

    static List<UniqueKey> of(Table table, ComparisonRules rules) {
        List<UniqueKey> keys = new ArrayList<>();
        table.constraints().stream().filter(UniqueConstraint.class::isInstance).map(UniqueConstraint.class::cast)
                .forEach(unique -> keys.add(new UniqueKey(unique.name(), unique.columns(), unique)));
        if (rules.uniqueIndexesAreConstraints()) {
            table.indexes().stream().filter(UniqueKeys::isUniqueOnColumns)
                    .forEach(index -> keys.add(new UniqueKey(index.name(), columns(index), index)));
        }
        return keys;
    }

    /** The indexes left to compare as indexes. */
    static List<Index> indexes(Table table, ComparisonRules rules) {
        return rules.uniqueIndexesAreConstraints()
                ? table.indexes().stream().filter(index -> !isUniqueOnColumns(index)).toList() : table.indexes();
    }

    private static boolean isUniqueOnColumns(Index index) {
        return index.unique() && index.where() == null
                && index.keys().stream().allMatch(IndexKey.OnColumn.class::isInstance);
    }

    private static List<String> columns(Index index) {
        return index.keys().stream().map(key -> ((IndexKey.OnColumn) key).column()).toList();
    }
}
