package dev.migrator.schema;

/** The kinds of table constraint; some databases drop each kind with a different statement. */
public enum ConstraintType {
    PRIMARY_KEY, FOREIGN_KEY, UNIQUE, CHECK
}
