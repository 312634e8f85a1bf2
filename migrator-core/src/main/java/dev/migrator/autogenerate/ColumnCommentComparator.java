package dev.migrator.autogenerate;

import dev.migrator.schema.Column;
import dev.migrator.schema.QualifiedName;

/** Compares column comments, an empty comment being no comment; when enabled. */
final class ColumnCommentComparator implements ColumnComparator {

    @Override
    public void compare(QualifiedName table, Column target, Column live, ColumnAlterationPlan plan,
                        ComparisonContext context) {
        if (context.options().comparesComments() && !Comments.same(target.comment(), live.comment())) {
            plan.changeComment(Comments.orNull(target.comment()));
        }
    }
}
