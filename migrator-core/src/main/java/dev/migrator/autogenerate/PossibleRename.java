package dev.migrator.autogenerate;

import dev.migrator.operations.MigrationOperation;

import java.util.Objects;

/**
 * A drop and an add in a {@link SchemaDiff} that look like one object renamed: a column dropped and a column of
 * the same type and nullability added to the same table, or a table dropped and a table with the same columns
 * created. Autogenerate cannot know which was meant, so it keeps the drop and the add and offers the rename; the
 * generated migration shows it as a comment, ready to use instead.
 *
 * @param drop        the drop in the diff
 * @param add         the add in the diff
 * @param rename      the operation that renames instead, keeping the data
 * @param description the suspicion, for a person
 */
public record PossibleRename(MigrationOperation drop, MigrationOperation add, MigrationOperation rename,
                             String description) {

    public PossibleRename {
        Objects.requireNonNull(drop, "drop");
        Objects.requireNonNull(add, "add");
        Objects.requireNonNull(rename, "rename");
        Objects.requireNonNull(description, "description");
    }

    @Override
    public String toString() {
        return description;
    }
}
