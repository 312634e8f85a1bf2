package dev.migrator.inspect;

import java.util.Locale;

/** How a database stores an identifier that was written without quotes. */
public enum IdentifierCase {

    /** Folded to upper case, as the SQL standard says (H2): {@code book} is stored as {@code BOOK}. */
    UPPER,

    /** Folded to lower case (PostgreSQL): {@code Book} is stored as {@code book}. */
    LOWER,

    /**
     * Stored as written (MariaDB, MySQL). Whether two spellings then name the same table depends on the server's
     * {@code lower_case_table_names}; column names never depend on case there.
     */
    AS_WRITTEN;

    /** The name under which the database stores this identifier when it is written without quotes. */
    public String fold(String unquotedIdentifier) {
        return switch (this) {
            case UPPER -> unquotedIdentifier.toUpperCase(Locale.ROOT);
            case LOWER -> unquotedIdentifier.toLowerCase(Locale.ROOT);
            case AS_WRITTEN -> unquotedIdentifier;
        };
    }
}
