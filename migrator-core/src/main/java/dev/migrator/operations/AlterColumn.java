package dev.migrator.operations;

import dev.migrator.schema.ColumnType;
import dev.migrator.schema.QualifiedName;
import java.util.Objects;

/**
 * Changes a column's name, type, nullability, default or comment.
 *
 * <p>Fields left null are not changed. The {@code existing*} fields describe the column as it is
 * before the change. They are hints, as in Alembic: MariaDB and MySQL rewrite the whole column
 * definition for a type, nullability or comment change (MODIFY / CHANGE COLUMN), so they need the
 * parts that stay the same, and {@link #reverse()} needs the old values of what changes. Identity is
 * one of the parts that stay the same: no alteration adds or removes it, and the reverse keeps the
 * hint as it is.
 *
 * @param table                 the table
 * @param column                the column's current name
 * @param newName               the new name, or null to keep it
 * @param type                  the new type, or null to keep it
 * @param nullable              the new nullability, or null to keep it
 * @param serverDefault         the new default expression, or null to keep it
 * @param comment               the new comment, or null to keep it
 * @param existingType          the current type, or null if not stated
 * @param existingNullable      the current nullability, or null if not stated
 * @param existingServerDefault the current default expression, or null if it has none or it is not stated
 * @param existingComment       the current comment, or null if it has none or it is not stated
 * @param existingIdentity      whether the database generates the column's values now (IDENTITY /
 *                              AUTO_INCREMENT), or null if not stated
 */
public record AlterColumn(QualifiedName table, String column, String newName, ColumnType type, Boolean nullable,
                          Change<String> serverDefault, Change<String> comment, ColumnType existingType,
                          Boolean existingNullable, String existingServerDefault, String existingComment,
                          Boolean existingIdentity)
        implements MigrationOperation {

    public AlterColumn {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(column, "column");
        if (newName == null && type == null && nullable == null && serverDefault == null && comment == null) {
            throw new IllegalArgumentException("alter column " + table + "." + column
                    + " changes nothing; give a new name, type, nullability, default or comment");
        }
    }

    /** Whether the column is renamed. */
    public boolean renames() {
        return newName != null && !newName.equals(column);
    }

    /** The column's name after the change. */
    public String resultingName() {
        return newName == null ? column : newName;
    }

    /** The type after the change, or null if neither the new nor the existing type is known. */
    public ColumnType resultingType() {
        return type != null ? type : existingType;
    }

    /** The nullability after the change, or null if neither the new nor the existing one is known. */
    public Boolean resultingNullable() {
        return nullable != null ? nullable : existingNullable;
    }

    /** The default after the change (null if none or not known). */
    public String resultingServerDefault() {
        return serverDefault != null ? serverDefault.value() : existingServerDefault;
    }

    /** The comment after the change (null if none or not known). */
    public String resultingComment() {
        return comment != null ? comment.value() : existingComment;
    }

    @Override
    public MigrationOperation reverse() {
        if (type != null && existingType == null) {
            throw new IrreversibleOperationException(this, "the column's previous type is unknown; state existingType");
        }
        if (nullable != null && existingNullable == null) {
            throw new IrreversibleOperationException(this,
                    "the column's previous nullability is unknown; state existingNullable");
        }
        // A missing existing default or comment is read as "there was none", as Alembic does.
        return new AlterColumn(table, resultingName(), renames() ? column : null,
                type == null ? null : existingType,
                nullable == null ? null : existingNullable,
                serverDefault == null ? null : Change.to(existingServerDefault),
                comment == null ? null : Change.to(existingComment),
                resultingType(), resultingNullable(), resultingServerDefault(), resultingComment(), existingIdentity);
    }

    @Override
    public String describe() {
        return "alter column " + table + "." + column;
    }
}
