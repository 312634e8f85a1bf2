package dev.migrator.operations;

import dev.migrator.schema.CheckConstraint;
import dev.migrator.schema.ColumnType;
import dev.migrator.schema.PrimaryKey;
import dev.migrator.schema.UniqueConstraint;
import java.util.List;

/**
 * Factory methods for the parts of a table, meant for static import in migrations next to
 * {@link dev.migrator.schema.Types}:
 * <pre>{@code
 * op.createTable("loan",
 *         column("book_id", bigint()).notNull(),
 *         column("member_id", bigint()).notNull(),
 *         primaryKey("book_id", "member_id").named("pk_loan"),
 *         foreignKey("book_id").references("book", "id").onDelete(CASCADE).named("fk_loan_book"),
 *         check("book_id > 0").named("ck_loan_book"),
 *         tableComment("Books lent to members"));
 * }</pre>
 */
public final class TableElements {

    private TableElements() {
    }

    /** A column of this name and type. */
    public static ColumnDefinition column(String name, ColumnType type) {
        return ColumnDefinition.of(name, type);
    }

    /** A (composite) primary key over these columns. */
    public static ConstraintDefinition primaryKey(String... columns) {
        return new ConstraintDefinition(new PrimaryKey(null, List.of(columns)));
    }

    /** A unique constraint over these columns. */
    public static ConstraintDefinition unique(String... columns) {
        return new ConstraintDefinition(new UniqueConstraint(null, List.of(columns)));
    }

    /** A check constraint with this SQL condition. */
    public static ConstraintDefinition check(String condition) {
        return new ConstraintDefinition(new CheckConstraint(null, condition));
    }

    /** A foreign key from these columns; continue with {@code .references(table, columns...)}. */
    public static ForeignKeyDefinition foreignKey(String... columns) {
        return new ForeignKeyDefinition(null, List.of(columns), null, null, null, null);
    }

    /** An index of this name; continue with {@code .columns(...)}, {@code .expression(...)}, {@code .unique()}. */
    public static IndexDefinition index(String name, String... columns) {
        return new IndexDefinition(name, List.of(), false, null).columns(columns);
    }

    /** The table comment. */
    public static TableCommentDefinition tableComment(String comment) {
        return new TableCommentDefinition(comment);
    }
}
