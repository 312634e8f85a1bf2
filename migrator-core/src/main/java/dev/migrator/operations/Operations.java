package dev.migrator.operations;

import dev.migrator.schema.ConstraintType;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * What a migration's {@code upgrade} and {@code downgrade} call to change the database.
 *
 * <p>Every call builds an immutable {@link MigrationOperation} and hands it to an
 * {@link OperationSink}, which executes it, writes it to an SQL script or records it. With
 * {@code import static dev.migrator.schema.Types.*}, {@code import static dev.migrator.operations.TableElements.*}
 * and {@code import static dev.migrator.schema.ReferentialAction.*}:
 * <pre>{@code
 * op.createTable("book",
 *         column("id", bigint()).identity().primaryKey(),
 *         column("title", string(200)).notNull(),
 *         column("author_id", bigint()).references("author", "id").onDelete(CASCADE));
 * op.addColumn("book", column("isbn", string(13)));
 * op.alterColumn("book", "title", alter -> alter.type(string(300)).existingType(string(200)).existingNullable(false));
 * op.createIndex("ix_book_title", "book", "title");
 * op.execute("UPDATE book SET isbn = '' WHERE isbn IS NULL");
 * }</pre>
 *
 * <p>Names are used as written. Lower-case names are left unquoted, so they behave as ordinary SQL
 * names in hand-written SQL too; any other name is quoted and keeps its exact spelling
 * (see {@link dev.migrator.dialect.Dialect}).
 */
public interface Operations {

    /** Operations that send to this sink, on tables in the connection's current schema. */
    static Operations writingTo(OperationSink sink) {
        return new SinkOperations(sink, null);
    }

    /** The same operations, with table and sequence names in this schema. */
    Operations inSchema(String schema);

    /** Sends an operation value as it is, for example one built by autogenerate or another's {@code reverse()}. */
    void apply(MigrationOperation operation);

    // ---- tables ----

    /** Creates a table from columns, constraints, indexes and a comment (see {@link TableElements}). */
    void createTable(String table, TableElement... elements);

    /** Drops a table. */
    void dropTable(String table);

    /** Renames a table, keeping it in its schema. */
    void renameTable(String table, String newName);

    /** Sets a table's comment. */
    void setTableComment(String table, String comment);

    /** Removes a table's comment. */
    void dropTableComment(String table);

    // ---- columns ----

    /** Adds a column; its {@code unique()} and {@code references(...)} become constraints added after it. */
    void addColumn(String table, ColumnDefinition column);

    /** Drops a column. */
    void dropColumn(String table, String column);

    /**
     * Changes a column's name, type, nullability, default or comment. Describe the current column with the
     * {@code existing*} hints where the database needs them (MariaDB, MySQL): see {@link ColumnAlteration}.
     */
    void alterColumn(String table, String column, Consumer<ColumnAlteration> alteration);

    /** Renames a column. */
    void renameColumn(String table, String column, String newName);

    // ---- indexes and constraints ----

    /** Creates an index on columns. */
    void createIndex(String name, String table, String... columns);

    /** Creates a unique index on columns. */
    void createUniqueIndex(String name, String table, String... columns);

    /** Creates an index with options: {@code op.createIndex("user", index("ix_user_email").expression("lower(email)").unique())}. */
    void createIndex(String table, IndexDefinition index);

    /** Drops an index of a table. */
    void dropIndex(String name, String table);

    /** Adds a primary key. */
    void createPrimaryKey(String name, String table, String... columns);

    /** Adds a foreign key: {@code op.createForeignKey("fk_book_author", "book", foreignKey("author_id").references("author", "id"))}. */
    void createForeignKey(String name, String table, ForeignKeyDefinition foreignKey);

    /** Adds a unique constraint. */
    void createUniqueConstraint(String name, String table, String... columns);

    /** Adds a check constraint with an SQL condition. */
    void createCheckConstraint(String name, String table, String condition);

    /** Drops a constraint by name; the type matters because MariaDB drops each kind differently. */
    void dropConstraint(String name, String table, ConstraintType type);

    // ---- schemas and sequences ----

    /** Creates a schema (a database on MariaDB and MySQL). */
    void createSchema(String name);

    /** Drops an empty schema. */
    void dropSchema(String name);

    /** Creates a sequence starting at 1, counting up by 1. */
    void createSequence(String name);

    /** Creates a sequence. */
    void createSequence(String name, long start, long incrementBy);

    /**
     * Changes how much a sequence counts up by; it keeps its current value. Reversible: the reverse sets
     * {@code existingIncrementBy} back.
     */
    void alterSequence(String name, long incrementBy, long existingIncrementBy);

    /** Drops a sequence. */
    void dropSequence(String name);

    // ---- data ----

    /** Runs one SQL statement as written. */
    void execute(String sql);

    /** Inserts rows, each a map from column name to value; see {@link BulkInsert} for the value types. */
    void bulkInsert(String table, List<? extends Map<String, ?>> rows);

    /**
     * Runs code on the live JDBC connection, for data migrations. Online only: an offline SQL script
     * cannot contain it and fails with {@link LiveConnectionRequiredException}.
     */
    void jdbc(JdbcWork work);
}
