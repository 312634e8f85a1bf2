package dev.migrator.dialect;

/**
 * Thrown when an operation asks for a type or feature the target database does not have,
 * for example a partial index on MariaDB. The message names the database, the object and what to use instead.
 */
public class UnsupportedFeatureException extends RuntimeException {

    private final String database;
    private final String object;

    /**
     * @param database the database lacking the feature, for example {@code MariaDB}
     * @param feature  what it lacks, for example {@code partial indexes}
     * @param object   the object that needs it, for example {@code index ix_book_active on table book}
     * @param instead  what to do instead, as one sentence
     */
    public UnsupportedFeatureException(String database, String feature, String object, String instead) {
        super(database + " does not support " + feature + " (" + object + "). " + instead);
        this.database = database;
        this.object = object;
    }

    /** The database that lacks the feature. */
    public String database() {
        return database;
    }

    /** The object that needed it. */
    public String object() {
        return object;
    }
}
