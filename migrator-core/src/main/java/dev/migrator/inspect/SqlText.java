package dev.migrator.inspect;

/** Small pieces of SQL text handling shared by the inspectors. */
final class SqlText {

    private SqlText() {
    }

    /**
     * The expression without parentheses that enclose all of it, as catalogs wrap check conditions:
     * {@code ((price >= 0))} becomes {@code price >= 0}, while {@code (a) OR (b)} stays as it is.
     */
    static String withoutEnclosingParentheses(String sql) {
        String text = sql.strip();
        while (text.length() >= 2 && text.charAt(0) == '(' && closingParenthesis(text) == text.length() - 1) {
            text = text.substring(1, text.length() - 1).strip();
        }
        return text;
    }

    /** The index of the parenthesis that closes the one at index 0, skipping quoted text; -1 if none. */
    private static int closingParenthesis(String text) {
        int depth = 0;
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"' || c == '`') {
                quote = c;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }
}
