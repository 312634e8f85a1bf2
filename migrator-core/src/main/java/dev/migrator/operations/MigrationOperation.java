package dev.migrator.operations;

/**
 * One change a migration makes, as an immutable value.
 *
 * <p>The same value is executed online ({@link JdbcOperationSink}), printed as SQL offline
 * ({@link SqlScriptOperationSink}) and, later, rendered as Java source by autogenerate.
 * {@link #reverse()} gives the operation that undoes it, when that is known.
 */
public sealed interface MigrationOperation
        permits CreateTable, DropTable, RenameTable, SetTableComment,
                AddColumn, DropColumn, AlterColumn,
                CreateIndex, DropIndex, AddConstraint, DropConstraint,
                CreateSchema, DropSchema, CreateSequence, AlterSequence, DropSequence,
                ExecuteSql, BulkInsert, RunJdbc {

    /**
     * The operation that undoes this one.
     *
     * @throws IrreversibleOperationException when the undo is not known, for example a dropped column
     *                                        whose definition was not recorded, or raw SQL
     */
    MigrationOperation reverse();

    /** A short description for messages and logs, for example {@code add column book.isbn}. */
    String describe();
}
