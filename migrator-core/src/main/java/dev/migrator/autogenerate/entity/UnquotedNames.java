package dev.migrator.autogenerate.entity;

import java.util.Locale;
import org.hibernate.boot.model.naming.Identifier;

/**
 * Spells Hibernate's names the way Migrator must write them to mean the same object.
 *
 * <p>Hibernate writes an unquoted name as it stands and leaves it to the database: H2 and PostgreSQL fold it
 * (to upper and lower case), MariaDB and MySQL keep it as written. Migrator writes a lower-case name bare and
 * quotes any other, so on a folding database the name becomes lower case (bare, folded the same way), and on
 * the others it is kept exactly. A quoted name always keeps its spelling.
 */
final class UnquotedNames {

    private final boolean databaseFoldsCase;

    private UnquotedNames(boolean databaseFoldsCase) {
        this.databaseFoldsCase = databaseFoldsCase;
    }

    /** @param targetDatabase the name of Migrator's dialect, or empty when only a Hibernate dialect was named */
    static UnquotedNames forDatabase(String targetDatabase) {
        return new UnquotedNames(!targetDatabase.equals("mariadb") && !targetDatabase.equals("mysql"));
    }

    String name(String text, boolean quoted) {
        return quoted || !databaseFoldsCase ? text : text.toLowerCase(Locale.ROOT);
    }

    String name(Identifier identifier) {
        return name(identifier.getText(), identifier.isQuoted());
    }

    /** A name as Hibernate wrote it into SQL, in back-ticks or quotes if it is quoted. */
    String writtenName(String written) {
        return Identifier.isQuoted(written) ? Identifier.unQuote(written) : name(written, false);
    }
}
