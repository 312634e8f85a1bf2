package dev.migrator.command;

/**
 * Names a migration class after its revision: {@code V<id>_<Message>}, for example
 * {@code V1975ea83b712_AddAccountTable}. The id comes first so the classes of a package sort and read like a
 * list of revisions; the message is there so a person finds the one they look for.
 */
final class RevisionClassNames {

    /** Longer messages are cut at a word, so the file name stays readable in a directory listing. */
    static final int MAX_MESSAGE_LENGTH = 40;

    private RevisionClassNames() {
    }

    static String of(String revisionId, String message) {
        String suffix = camelCase(message);
        return "V" + identifierPart(revisionId) + (suffix.isEmpty() ? "" : "_" + suffix);
    }

    /** Each word of the message capitalized and joined; anything that is not a letter or digit separates words. */
    static String camelCase(String message) {
        StringBuilder name = new StringBuilder();
        for (String word : message.split("[^\\p{L}\\p{N}]+")) {
            if (word.isEmpty()) {
                continue;
            }
            String capitalized = Character.toUpperCase(word.charAt(0)) + word.substring(1);
            if (name.length() + capitalized.length() > MAX_MESSAGE_LENGTH) {
                if (name.isEmpty()) {
                    name.append(capitalized, 0, MAX_MESSAGE_LENGTH);
                }
                break;
            }
            name.append(capitalized);
        }
        return name.toString();
    }

    /** Revision ids may hold characters such as '.' that a class name cannot; those become '_'. */
    private static String identifierPart(String revisionId) {
        StringBuilder part = new StringBuilder(revisionId.length());
        revisionId.codePoints().forEach(c -> part.appendCodePoint(Character.isJavaIdentifierPart(c) ? c : '_'));
        return part.toString();
    }
}
