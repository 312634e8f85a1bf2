package dev.migrator.operations;

import dev.migrator.schema.QualifiedName;
import java.util.Objects;

/**
 * Sets or removes a table's comment.
 *
 * @param table           the table
 * @param comment         the new comment, or null to remove it
 * @param existingComment the comment it had, or null if it had none; used by {@link #reverse()}
 */
public record SetTableComment(QualifiedName table, String comment, String existingComment)
        implements MigrationOperation {

    public SetTableComment {
        Objects.requireNonNull(table, "table");
    }

    @Override
    public MigrationOperation reverse() {
        return new SetTableComment(table, existingComment, comment);
    }

    @Override
    public String describe() {
        return (comment == null ? "drop comment of table " : "set comment of table ") + table;
    }
}
