package dev.migrator.schema;

import java.util.Objects;

/**
 * A column of a table.
 *
 * @param name          the column name
 * @param type          its type
 * @param nullable      whether it accepts NULL
 * @param serverDefault the default as an SQL expression (for example {@code 0}, {@code 'draft'},
 *                      {@code CURRENT_TIMESTAMP}), or null for none
 * @param identity      whether the database generates its values (IDENTITY / AUTO_INCREMENT)
 * @param comment       the column comment, or null for none
 */
public record Column(String name, ColumnType type, boolean nullable, String serverDefault, boolean identity,
                     String comment) {

    public Column {
        Names.require(name, "column name");
        Objects.requireNonNull(type, () -> "type of column " + name);
    }

    /** A nullable column without default, identity or comment. */
    public static Column of(String name, ColumnType type) {
        return new Column(name, type, true, null, false, null);
    }

    public Column withName(String newName) {
        return new Column(newName, type, nullable, serverDefault, identity, comment);
    }

    public Column withType(ColumnType newType) {
        return new Column(name, newType, nullable, serverDefault, identity, comment);
    }

    public Column withNullable(boolean newNullable) {
        return new Column(name, type, newNullable, serverDefault, identity, comment);
    }

    public Column withServerDefault(String newDefault) {
        return new Column(name, type, nullable, newDefault, identity, comment);
    }

    public Column withIdentity(boolean newIdentity) {
        return new Column(name, type, nullable, serverDefault, newIdentity, comment);
    }

    public Column withComment(String newComment) {
        return new Column(name, type, nullable, serverDefault, identity, newComment);
    }
}
