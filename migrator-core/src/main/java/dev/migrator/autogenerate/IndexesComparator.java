package dev.migrator.autogenerate;

import dev.migrator.autogenerate.PlannedChanges.Phase;
import dev.migrator.operations.CreateIndex;
import dev.migrator.operations.DropIndex;
import dev.migrator.schema.Index;
import dev.migrator.schema.IndexKey;

import java.util.List;
import java.util.Objects;

/**
 * Pairs indexes by name and compares their keys, uniqueness and partial-index condition; expressions and
 * conditions loosely (see {@link SqlExpressions}). A changed index is dropped and created again.
 */
final class IndexesComparator implements TableComparator {

    @Override
    public void compare(TablePair tables, ComparisonContext context) {
        ComparisonRules rules = context.rules();
        Pairing<Index> indexes = Pairing.byKey(UniqueKeys.indexes(tables.target(), rules),
                UniqueKeys.indexes(tables.live(), rules), index -> context.nameKey(index.name()));
        for (Index added : indexes.targetOnly()) {
            if (included(tables, added.name(), added, null, context)) {
                context.plan(Phase.CREATE_INDEXES, new CreateIndex(tables.name(), added));
            }
        }
        for (Pairing.Pair<Index> pair : indexes.both()) {
            if (!same(pair.target(), pair.live(), context)
                    && included(tables, pair.target().name(), pair.target(), pair.live(), context)) {
                context.plan(Phase.DROP_INDEXES, new DropIndex(tables.name(), pair.live().name(), pair.live()));
                context.plan(Phase.CREATE_INDEXES, new CreateIndex(tables.name(), pair.target()));
            }
        }
        for (Index dropped : indexes.liveOnly()) {
            if (included(tables, dropped.name(), null, dropped, context)) {
                context.plan(Phase.DROP_INDEXES, new DropIndex(tables.name(), dropped.name(), dropped));
            }
        }
    }

    private static boolean same(Index target, Index live, ComparisonContext context) {
        return target.unique() == live.unique() && keys(target, context).equals(keys(live, context))
                && Objects.equals(SqlExpressions.normalise(target.where()), SqlExpressions.normalise(live.where()));
    }

    private static List<String> keys(Index index, ComparisonContext context) {
        return index.keys().stream().map(key -> key instanceof IndexKey.OnColumn column
                ? "column " + context.nameKey(column.column())
                : "expression " + SqlExpressions.normalise(((IndexKey.OnExpression) key).sql())).toList();
    }

    private static boolean included(TablePair tables, String name, Index target, Index live,
                                    ComparisonContext context) {
        return context.includes(new ComparedObject(ComparedObject.Kind.INDEX, tables.name(), name, target, live));
    }
}
