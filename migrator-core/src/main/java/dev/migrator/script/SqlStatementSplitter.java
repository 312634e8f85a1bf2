package dev.migrator.script;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a section of a SQL script into the statements to execute one by one.
 *
 * <p>A semicolon ends a statement unless it is inside a quoted or commented part:
 * <ul>
 *   <li>string literals in single quotes, with {@code ''} for a quote, and PostgreSQL escape strings
 *       {@code E'...'} in which a backslash escapes the next character;</li>
 *   <li>identifiers in double quotes or backticks, with the quote doubled to escape it;</li>
 *   <li>{@code --} comments to the end of the line and {@code /* ... *}{@code /} comments, which nest as in the SQL
 *       standard and PostgreSQL;</li>
 *   <li>PostgreSQL dollar-quoted bodies, {@code $$ ... $$} or {@code $tag$ ... $tag$}.</li>
 * </ul>
 * Backslash escapes in ordinary MySQL strings ({@code 'it\'s'}) are not understood: write {@code 'it''s'}. Bodies
 * that need bare semicolons without dollar quotes (MySQL or Oracle procedures) belong in a Java migration.
 *
 * <p>Statements are returned without their terminating semicolon and surrounding whitespace; statements that hold
 * nothing but whitespace and comments are dropped. The last statement needs no semicolon.
 */
final class SqlStatementSplitter {

    private final String sql;
    private final String source;
    private final int firstLine;
    private final List<String> statements = new ArrayList<>();
    private int position;
    private int statementStart;
    private boolean statementHasCode;

    private SqlStatementSplitter(String sql, String source, int firstLine) {
        this.sql = sql;
        this.source = source;
        this.firstLine = firstLine;
    }

    /**
     * @param source names the script in error messages
     * @param firstLine the line of the script on which {@code sql} starts, so errors point into the file
     * @throws MalformedScriptException for a string, identifier, comment or dollar quote that is never closed
     */
    static List<String> split(String sql, String source, int firstLine) {
        SqlStatementSplitter splitter = new SqlStatementSplitter(sql, source, firstLine);
        splitter.run();
        return List.copyOf(splitter.statements);
    }

    private void run() {
        while (position < sql.length()) {
            char c = sql.charAt(position);
            if (c == ';') {
                endStatement(position);
                position++;
                statementStart = position;
            } else if (startsWith("--")) {
                skipLineComment();
            } else if (startsWith("/*")) {
                skipBlockComment();
            } else if (c == '\'') {
                skipQuoted('\'', isEscapeStringPrefix(), "string literal");
            } else if (c == '"') {
                skipQuoted('"', false, "quoted identifier");
            } else if (c == '`') {
                skipQuoted('`', false, "quoted identifier");
            } else if (c == '$' && dollarTagAt(position) != null) {
                skipDollarQuoted(dollarTagAt(position));
            } else {
                statementHasCode |= !Character.isWhitespace(c);
                position++;
            }
        }
        endStatement(sql.length());
    }

    private void endStatement(int end) {
        if (statementHasCode) {
            statements.add(sql.substring(statementStart, end).strip());
        }
        statementHasCode = false;
    }

    private boolean startsWith(String token) {
        return sql.startsWith(token, position);
    }

    private void skipLineComment() {
        int end = sql.indexOf('\n', position);
        position = end < 0 ? sql.length() : end + 1;
    }

    private void skipBlockComment() {
        int start = position;
        int depth = 0;
        while (position < sql.length()) {
            if (startsWith("/*")) {
                depth++;
                position += 2;
            } else if (startsWith("*/")) {
                depth--;
                position += 2;
                if (depth == 0) {
                    return;
                }
            } else {
                position++;
            }
        }
        throw unterminated("comment '/*'", start, "close it with '*/'");
    }

    /** A quote right after a lone {@code E} opens a PostgreSQL string in which backslashes escape. */
    private boolean isEscapeStringPrefix() {
        if (position == 0 || Character.toUpperCase(sql.charAt(position - 1)) != 'E') {
            return false;
        }
        return position == 1 || !isIdentifierPart(sql.charAt(position - 2));
    }

    private void skipQuoted(char quote, boolean backslashEscapes, String what) {
        int start = position;
        statementHasCode = true;
        position++;
        while (position < sql.length()) {
            char c = sql.charAt(position);
            if (backslashEscapes && c == '\\') {
                position += 2;
            } else if (c == quote && position + 1 < sql.length() && sql.charAt(position + 1) == quote) {
                position += 2;
            } else if (c == quote) {
                position++;
                return;
            } else {
                position++;
            }
        }
        throw unterminated(what + " " + quote, start, "close it with " + quote);
    }

    /**
     * The opening tag ({@code $$} or {@code $name$}) at {@code at}, or null when the dollar sign starts no dollar
     * quote, as in the parameter {@code $1} or inside an identifier such as {@code price$eur}.
     */
    private String dollarTagAt(int at) {
        if (at > 0 && isIdentifierPart(sql.charAt(at - 1))) {
            return null;
        }
        int end = at + 1;
        if (end < sql.length() && (Character.isLetter(sql.charAt(end)) || sql.charAt(end) == '_')) {
            while (end < sql.length() && (Character.isLetterOrDigit(sql.charAt(end)) || sql.charAt(end) == '_')) {
                end++;
            }
        }
        if (end < sql.length() && sql.charAt(end) == '$') {
            return sql.substring(at, end + 1);
        }
        return null;
    }

    private void skipDollarQuoted(String tag) {
        int start = position;
        statementHasCode = true;
        int close = sql.indexOf(tag, position + tag.length());
        if (close < 0) {
            throw unterminated("dollar-quoted body " + tag, start, "close it with " + tag);
        }
        position = close + tag.length();
    }

    private static boolean isIdentifierPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }

    private MalformedScriptException unterminated(String what, int offset, String fix) {
        int line = firstLine + (int) sql.substring(0, offset).chars().filter(c -> c == '\n').count();
        return new MalformedScriptException(source, line, "The " + what + " opened here is never closed; " + fix
                + ".");
    }
}
