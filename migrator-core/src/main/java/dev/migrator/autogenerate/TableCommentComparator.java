package dev.migrator.autogenerate;

import dev.migrator.autogenerate.PlannedChanges.Phase;
import dev.migrator.operations.SetTableComment;

/** Compares table comments, an empty comment being no comment; when enabled. */
final class TableCommentComparator implements TableComparator {

    @Override
    public void compare(TablePair tables, ComparisonContext context) {
        String target = Comments.orNull(tables.target().comment());
        String live = Comments.orNull(tables.live().comment());
        if (context.options().comparesComments() && !Comments.same(target, live)) {
            context.plan(Phase.TABLE_COMMENTS, new SetTableComment(tables.name(), target, live));
        }
    }
}
