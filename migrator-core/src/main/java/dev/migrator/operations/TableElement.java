package dev.migrator.operations;

/**
 * Something that can be listed in {@link Operations#createTable}: a column, a constraint, an index
 * or the table comment. Create them with the factory methods of {@link TableElements}.
 */
public sealed interface TableElement
        permits ColumnDefinition, ForeignKeyDefinition, ConstraintDefinition, IndexDefinition, TableCommentDefinition {
}
