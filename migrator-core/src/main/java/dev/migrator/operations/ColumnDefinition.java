package dev.migrator.operations;

import dev.migrator.schema.Column;
import dev.migrator.schema.ColumnType;
import dev.migrator.schema.ForeignKey;
import dev.migrator.schema.ReferentialAction;
import java.util.Optional;

/**
 * A column under construction, for {@link Operations#createTable} and {@link Operations#addColumn}:
 * {@code column("author_id", bigint()).notNull().references("author", "id").onDelete(CASCADE)}.
 *
 * <p>Immutable; each method returns a new definition. Columns are nullable unless {@link #notNull()}
 * or {@link #primaryKey()} says otherwise. {@link #primaryKey()}, {@link #unique()} and
 * {@link #references} become table constraints.
 */
public final class ColumnDefinition implements TableElement {

    private final Column column;
    private final boolean primaryKey;
    private final boolean unique;
    private final ForeignKeyDefinition reference;

    ColumnDefinition(Column column, boolean primaryKey, boolean unique, ForeignKeyDefinition reference) {
        this.column = column;
        this.primaryKey = primaryKey;
        this.unique = unique;
        this.reference = reference;
    }

    /** Rejects NULL. */
    public ColumnDefinition notNull() {
        return with(column.withNullable(false));
    }

    /** Accepts NULL (the default). */
    public ColumnDefinition nullable() {
        return with(column.withNullable(true));
    }

    /**
     * The default the database fills in, as an SQL expression: {@code "0"}, {@code "'draft'"} (note the
     * quotes), {@code "CURRENT_TIMESTAMP"}.
     */
    public ColumnDefinition serverDefault(String sqlExpression) {
        return with(column.withServerDefault(sqlExpression));
    }

    /** Lets the database generate values: IDENTITY on PostgreSQL and H2, AUTO_INCREMENT on MariaDB. */
    public ColumnDefinition identity() {
        return with(column.withIdentity(true));
    }

    /** The column comment. */
    public ColumnDefinition comment(String comment) {
        return with(column.withComment(comment));
    }

    /** Makes the column (part of) the primary key; several such columns form a composite key. */
    public ColumnDefinition primaryKey() {
        return new ColumnDefinition(column.withNullable(false), true, unique, reference);
    }

    /** Adds a unique constraint on this column alone. */
    public ColumnDefinition unique() {
        return new ColumnDefinition(column, primaryKey, true, reference);
    }

    /** Adds a foreign key from this column to a column of another table in the same schema. */
    public ColumnDefinition references(String table, String column) {
        return withReference(TableElements.foreignKey(this.column.name()).references(table, column));
    }

    /** What happens to this row when the referenced row is deleted; needs {@link #references} first. */
    public ColumnDefinition onDelete(ReferentialAction action) {
        return withReference(requireReference("onDelete").onDelete(action));
    }

    /** What happens to this row when the referenced key changes; needs {@link #references} first. */
    public ColumnDefinition onUpdate(ReferentialAction action) {
        return withReference(requireReference("onUpdate").onUpdate(action));
    }

    /** Names the foreign key made by {@link #references}; needs {@link #references} first. */
    public ColumnDefinition foreignKeyName(String name) {
        return withReference(requireReference("foreignKeyName").named(name));
    }

    /** The column this defines, without its constraints. */
    public Column toColumn() {
        return column;
    }

    /** The column's name. */
    public String name() {
        return column.name();
    }

    boolean isPrimaryKey() {
        return primaryKey;
    }

    boolean isUnique() {
        return unique;
    }

    Optional<ForeignKey> foreignKey(String defaultSchema) {
        return Optional.ofNullable(reference).map(r -> r.toForeignKey(defaultSchema));
    }

    static ColumnDefinition of(String name, ColumnType type) {
        return new ColumnDefinition(Column.of(name, type), false, false, null);
    }

    private ColumnDefinition with(Column changed) {
        return new ColumnDefinition(changed, primaryKey, unique, reference);
    }

    private ColumnDefinition withReference(ForeignKeyDefinition changed) {
        return new ColumnDefinition(column, primaryKey, unique, changed);
    }

    private ForeignKeyDefinition requireReference(String method) {
        if (reference == null) {
            throw new IllegalStateException("column " + column.name() + ": call references(table, column) before "
                    + method + "(...)");
        }
        return reference;
    }
}
