package dev.migrator.script;

/**
 * Two scripts declare the same revision id, so the graph could not tell which one a database at that revision ran.
 */
public final class DuplicateRevisionException extends ScriptException {

    private final String revisionId;

    DuplicateRevisionException(String revisionId, String firstSource, String secondSource) {
        super("Revision '" + revisionId + "' is defined twice: by " + firstSource + " and by " + secondSource
                + ". Give one of them a new id (RevisionIds.generate() makes one) and update any script that names it"
                + " in down or depends-on.");
        this.revisionId = revisionId;
    }

    public String revisionId() {
        return revisionId;
    }
}
