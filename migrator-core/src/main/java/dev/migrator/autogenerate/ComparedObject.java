package dev.migrator.autogenerate;

import dev.migrator.schema.QualifiedName;

/**
 * One object autogenerate is about to compare, as shown to the {@link CompareOptions#includeObject} callback (the
 * counterpart of Alembic's {@code include_object}).
 *
 * @param kind   what sort of object it is
 * @param table  the table it belongs to; for a table or sequence, its own name
 * @param name   its name: as the expected schema spells it when it is there, else as the database reports it; null
 *               for an unnamed constraint
 * @param target the object in the expected schema (a {@link dev.migrator.schema.Table},
 *               {@link dev.migrator.schema.Column}, {@link dev.migrator.schema.Index},
 *               {@link dev.migrator.schema.Constraint} or {@link dev.migrator.schema.Sequence}), or null when only
 *               the database has it
 * @param live   the same object in the database, or null when only the expected schema has it
 */
public record ComparedObject(Kind kind, QualifiedName table, String name, Object target, Object live) {

    /** The sorts of object compared. */
    public enum Kind { TABLE, COLUMN, PRIMARY_KEY, FOREIGN_KEY, UNIQUE_CONSTRAINT, CHECK_CONSTRAINT, INDEX, SEQUENCE }

    /** Whether the database has the object (Alembic's {@code reflected}). */
    public boolean inDatabase() {
        return live != null;
    }

    /** Whether the expected schema has the object. */
    public boolean inTarget() {
        return target != null;
    }
}
