package dev.migrator.operations;

/** The table comment, as an element of {@link Operations#createTable}. */
public record TableCommentDefinition(String comment) implements TableElement {
}
