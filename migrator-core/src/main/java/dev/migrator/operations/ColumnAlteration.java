package dev.migrator.operations;

import dev.migrator.schema.ColumnType;
import dev.migrator.schema.QualifiedName;

/**
 * The changes to one column, filled in by the lambda given to {@link Operations#alterColumn}:
 * {@code alter -> alter.type(string(300)).existingType(string(200)).existingNullable(false)}.
 *
 * <p>The {@code existing*} methods describe the column as it is now. MariaDB and MySQL restate the
 * whole column for a type, nullability or comment change, so there give at least
 * {@link #existingType} and {@link #existingNullable}, and also {@link #existingServerDefault} and
 * {@link #existingComment} if the column has them, or they are lost, and {@link #existingIdentity}
 * for a column whose type can be AUTO_INCREMENT (integers, floating point, raw types), or the change
 * is refused rather than risk dropping AUTO_INCREMENT. Stating them everywhere also makes the change
 * reversible.
 */
public final class ColumnAlteration {

    private String newName;
    private ColumnType type;
    private Boolean nullable;
    private Change<String> serverDefault;
    private Change<String> comment;
    private ColumnType existingType;
    private Boolean existingNullable;
    private String existingServerDefault;
    private String existingComment;
    private Boolean existingIdentity;

    ColumnAlteration() {
    }

    /** Renames the column. */
    public ColumnAlteration rename(String newName) {
        this.newName = newName;
        return this;
    }

    /** Changes the type. */
    public ColumnAlteration type(ColumnType type) {
        this.type = type;
        return this;
    }

    /** Changes whether the column accepts NULL. */
    public ColumnAlteration nullable(boolean nullable) {
        this.nullable = nullable;
        return this;
    }

    /** Sets the default to this SQL expression, or removes it when null. */
    public ColumnAlteration serverDefault(String sqlExpression) {
        this.serverDefault = Change.to(sqlExpression);
        return this;
    }

    /** Sets the comment, or removes it when null. */
    public ColumnAlteration comment(String comment) {
        this.comment = Change.to(comment);
        return this;
    }

    /** The current type. */
    public ColumnAlteration existingType(ColumnType existingType) {
        this.existingType = existingType;
        return this;
    }

    /** Whether the column accepts NULL now. */
    public ColumnAlteration existingNullable(boolean existingNullable) {
        this.existingNullable = existingNullable;
        return this;
    }

    /** The current default expression. */
    public ColumnAlteration existingServerDefault(String existingServerDefault) {
        this.existingServerDefault = existingServerDefault;
        return this;
    }

    /** The current comment. */
    public ColumnAlteration existingComment(String existingComment) {
        this.existingComment = existingComment;
        return this;
    }

    /**
     * Whether the database generates the column's values now (IDENTITY / AUTO_INCREMENT). MariaDB and
     * MySQL restate the column without AUTO_INCREMENT unless this says it has it.
     */
    public ColumnAlteration existingIdentity(boolean existingIdentity) {
        this.existingIdentity = existingIdentity;
        return this;
    }

    AlterColumn toOperation(QualifiedName table, String column) {
        return new AlterColumn(table, column, newName, type, nullable, serverDefault, comment, existingType,
                existingNullable, existingServerDefault, existingComment, existingIdentity);
    }
}
