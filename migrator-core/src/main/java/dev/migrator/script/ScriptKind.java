package dev.migrator.script;

/** What a migration script is written in. */
public enum ScriptKind {
    /** A class implementing {@link dev.migrator.Migration}, annotated with {@link dev.migrator.Revision}. */
    JAVA,
    /** A {@code .sql} file in the SQL script format described in the {@linkplain dev.migrator.script package documentation}. */
    SQL
}
