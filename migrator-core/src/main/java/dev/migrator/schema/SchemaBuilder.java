package dev.migrator.schema;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Declares a target schema in code, for applications without JPA entities (what SQLAlchemy's
 * {@code MetaData} is to Alembic). Tables keep the order they are declared in.
 *
 * <pre>{@code
 * import static dev.migrator.schema.Types.*;
 *
 * Schema schema = SchemaBuilder.schema()
 *         .table("book", t -> t
 *                 .column("id", bigint()).identity().primaryKey()
 *                 .column("title", string(200)).notNull()
 *                 .column("author_id", bigint()).references("author", "id")
 *                 .index("ix_book_title", "title"))
 *         .sequence("order_seq")
 *         .build();
 * }</pre>
 */
public final class SchemaBuilder {

    private final List<Table> tables = new ArrayList<>();
    private final List<Sequence> sequences = new ArrayList<>();

    private SchemaBuilder() {
    }

    /** Starts an empty schema. */
    public static SchemaBuilder schema() {
        return new SchemaBuilder();
    }

    /** Adds a table in the current schema, declared by {@code definition}. */
    public SchemaBuilder table(String name, Consumer<TableBuilder> definition) {
        return table(QualifiedName.of(name), definition);
    }

    /** Adds a table, declared by {@code definition}. */
    public SchemaBuilder table(QualifiedName name, Consumer<TableBuilder> definition) {
        Objects.requireNonNull(definition, "definition");
        if (tables.stream().anyMatch(table -> table.name().equals(name))) {
            throw new IllegalArgumentException("table " + name + " is declared twice; declare each table once");
        }
        TableBuilder builder = new TableBuilder(name);
        definition.accept(builder);
        tables.add(builder.build());
        return this;
    }

    /** Adds a sequence in the current schema starting at 1 and counting up by 1. */
    public SchemaBuilder sequence(String name) {
        return sequence(Sequence.of(QualifiedName.of(name)));
    }

    /** Adds a sequence in the current schema. */
    public SchemaBuilder sequence(String name, long start, long increment) {
        return sequence(new Sequence(QualifiedName.of(name), start, increment));
    }

    /** Adds a sequence. */
    public SchemaBuilder sequence(Sequence sequence) {
        if (sequences.stream().anyMatch(existing -> existing.name().equals(sequence.name()))) {
            throw new IllegalArgumentException("sequence " + sequence.name() + " is declared twice; declare it once");
        }
        sequences.add(sequence);
        return this;
    }

    /** The schema as declared so far. */
    public Schema build() {
        return new Schema(tables, sequences);
    }

    /**
     * Declares one table. {@link #column} starts a column, and the column methods that follow it
     * ({@link #notNull()}, {@link #identity()}, {@link #primaryKey()}, {@link #unique()},
     * {@link #defaultValue}, {@link #comment}, {@link #references}) apply to that column; the other methods
     * declare table-wide constraints and indexes.
     */
    public static final class TableBuilder {

        private final QualifiedName name;
        private final List<Column> columns = new ArrayList<>();
        private final Set<String> primaryKeyColumns = new LinkedHashSet<>();
        private final List<Constraint> constraints = new ArrayList<>();
        private final List<Index> indexes = new ArrayList<>();
        private String primaryKeyName;
        private String comment;

        private TableBuilder(QualifiedName name) {
            this.name = name;
        }

        /** Starts a nullable column without default. */
        public TableBuilder column(String columnName, ColumnType type) {
            if (columns.stream().anyMatch(column -> column.name().equals(columnName))) {
                throw new IllegalArgumentException("column " + name + "." + columnName + " is declared twice");
            }
            columns.add(Column.of(columnName, type));
            return this;
        }

        /** Adds a column as given. */
        public TableBuilder column(Column column) {
            column(column.name(), column.type());
            replaceCurrent(column);
            return this;
        }

        /** The current column does not accept NULL. */
        public TableBuilder notNull() {
            replaceCurrent(current("notNull()").withNullable(false));
            return this;
        }

        /** The database generates the current column's values (IDENTITY / AUTO_INCREMENT); implies not null. */
        public TableBuilder identity() {
            replaceCurrent(current("identity()").withIdentity(true).withNullable(false));
            return this;
        }

        /** The current column is (part of) the primary key; implies not null. */
        public TableBuilder primaryKey() {
            Column column = current("primaryKey()");
            replaceCurrent(column.withNullable(false));
            primaryKeyColumns.add(column.name());
            return this;
        }

        /** The current column's values are unique (a unique constraint the database names). */
        public TableBuilder unique() {
            constraints.add(new UniqueConstraint(null, List.of(current("unique()").name())));
            return this;
        }

        /** The current column's default, as an SQL expression: {@code 0}, {@code 'draft'}, {@code CURRENT_TIMESTAMP}. */
        public TableBuilder defaultValue(String sqlExpression) {
            replaceCurrent(current("defaultValue(...)").withServerDefault(sqlExpression));
            return this;
        }

        /** The current column's comment. */
        public TableBuilder comment(String columnComment) {
            replaceCurrent(current("comment(...)").withComment(columnComment));
            return this;
        }

        /** The current column refers to {@code referencedColumn} of {@code referencedTable} (a foreign key). */
        public TableBuilder references(String referencedTable, String referencedColumn) {
            constraints.add(new ForeignKey(null, List.of(current("references(...)").name()),
                    QualifiedName.of(referencedTable), List.of(referencedColumn), null, null));
            return this;
        }

        /** The primary key over these columns, in order, with a name (null to let the database choose). */
        public TableBuilder primaryKey(String constraintName, List<String> keyColumns) {
            primaryKeyName = constraintName;
            primaryKeyColumns.addAll(keyColumns);
            return this;
        }

        /** A foreign key over several columns. */
        public TableBuilder foreignKey(String constraintName, List<String> keyColumns, QualifiedName referencedTable,
                List<String> referencedColumns, ReferentialAction onDelete) {
            constraints.add(new ForeignKey(constraintName, keyColumns, referencedTable, referencedColumns, onDelete,
                    null));
            return this;
        }

        /** A named unique constraint over these columns. */
        public TableBuilder uniqueConstraint(String constraintName, String... uniqueColumns) {
            constraints.add(new UniqueConstraint(constraintName, List.of(uniqueColumns)));
            return this;
        }

        /** A check constraint; {@code constraintName} may be null to let the database choose. */
        public TableBuilder check(String constraintName, String condition) {
            constraints.add(new CheckConstraint(constraintName, condition));
            return this;
        }

        /** An index over these columns. */
        public TableBuilder index(String indexName, String... indexedColumns) {
            indexes.add(Index.on(indexName, indexedColumns));
            return this;
        }

        /** A unique index over these columns. */
        public TableBuilder uniqueIndex(String indexName, String... indexedColumns) {
            indexes.add(new Index(indexName, List.of(indexedColumns).stream().map(IndexKey::column).toList(), true,
                    null));
            return this;
        }

        /** Adds an index as given (expressions, partial indexes). */
        public TableBuilder index(Index index) {
            indexes.add(index);
            return this;
        }

        /** The table's comment. */
        public TableBuilder tableComment(String tableComment) {
            this.comment = tableComment;
            return this;
        }

        private Column current(String method) {
            if (columns.isEmpty()) {
                throw new IllegalStateException(method + " applies to the column declared just before it; "
                        + "call column(name, type) on table " + name + " first");
            }
            return columns.get(columns.size() - 1);
        }

        private void replaceCurrent(Column column) {
            columns.set(columns.size() - 1, column);
        }

        private Table build() {
            List<Constraint> all = new ArrayList<>();
            if (!primaryKeyColumns.isEmpty()) {
                all.add(new PrimaryKey(primaryKeyName, List.copyOf(primaryKeyColumns)));
            }
            all.addAll(constraints);
            all.forEach(constraint -> requireDeclared(constraint.columns(), constraint.type() + " constraint"));
            indexes.forEach(index -> requireDeclared(index.keys().stream()
                    .filter(IndexKey.OnColumn.class::isInstance)
                    .map(key -> ((IndexKey.OnColumn) key).column()).toList(), "index " + index.name()));
            return new Table(name, columns, all, indexes, comment);
        }

        private void requireDeclared(List<String> used, String what) {
            for (String column : used) {
                if (columns.stream().noneMatch(declared -> declared.name().equals(column))) {
                    throw new IllegalArgumentException(what + " on table " + name + " names column " + column
                            + ", which the table does not declare");
                }
            }
        }
    }
}
