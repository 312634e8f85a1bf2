package dev.migrator.script;

/**
 * A SQL migration file does not follow the SQL script format (see the {@linkplain dev.migrator.script package documentation}): a missing or unknown header
 * line, a missing or repeated section, an invalid revision id, or an unterminated string or comment.
 */
public final class MalformedScriptException extends ScriptException {

    private final String source;
    private final int line;

    MalformedScriptException(String source, int line, String problem) {
        super(source + ":" + line + ": " + problem);
        this.source = source;
        this.line = line;
    }

    /** The resource path of the file. */
    public String source() {
        return source;
    }

    /** The 1-based line the problem was found on. */
    public int line() {
        return line;
    }
}
