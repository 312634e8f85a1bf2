package dev.migrator.command;

/**
 * Makes user text safe inside a generated javadoc comment: HTML characters, a comment end, a tag at a line start
 * and unicode escapes (which javac reads even inside comments) would otherwise change or break the source.
 */
final class JavadocText {

    private JavadocText() {
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '@' -> escaped.append("&#64;");
                case '\\' -> escaped.append("&#92;");
                case '/' -> escaped.append(i > 0 && text.charAt(i - 1) == '*' ? "&#47;" : "/");
                case '\r' -> { }
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
