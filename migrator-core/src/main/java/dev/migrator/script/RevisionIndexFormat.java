package dev.migrator.script;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Reads and writes the revision index: the metadata of a package's {@code @Revision} classes, written at compile
 * time by {@link RevisionIndexProcessor} so that start-up does not load a class per revision.
 *
 * <p>One UTF-8 resource per package, {@code META-INF/migrator/revisions/<package.name>.idx}. The first line is
 * {@value #FIRST_LINE}; other lines starting with {@code #} are comments. Every other line describes one class with
 * seven tab-separated fields:
 * <pre>
 * class   id   down   branch-labels   depends-on   created   message
 * </pre>
 * {@code class} is the binary class name, the three list fields hold their items separated by commas (empty for
 * none), {@code created} is empty when the revision has none. In every field a backslash escapes: {@code \\},
 * {@code \t}, {@code \n}, {@code \r} and {@code \}{@code uXXXX} (used for commas inside list items and other control
 * characters), so any message survives; other characters, including all of Unicode, are written as they are.
 */
final class RevisionIndexFormat {

    static final String FIRST_LINE = "# migrator revision index 1";
    private static final String COLUMNS = "# class\tid\tdown\tbranch-labels\tdepends-on\tcreated\tmessage";
    private static final String DIRECTORY = "META-INF/migrator/revisions/";
    private static final int FIELDS = 7;

    /** One line of the index: a class and the revision it declares. */
    record Entry(String className, RevisionMetadata metadata) {
    }

    private RevisionIndexFormat() {
    }

    static String resourcePath(String packageName) {
        return DIRECTORY + packageName + ".idx";
    }

    static String write(Collection<Entry> entries) {
        StringBuilder out = new StringBuilder(FIRST_LINE).append('\n').append(COLUMNS).append('\n');
        entries.stream()
                .sorted((a, b) -> a.className().compareTo(b.className()))
                .forEach(entry -> writeLine(entry, out));
        return out.toString();
    }

    private static void writeLine(Entry entry, StringBuilder out) {
        RevisionMetadata metadata = entry.metadata();
        out.append(escape(entry.className())).append('\t')
                .append(escape(metadata.id())).append('\t')
                .append(escapeList(metadata.down())).append('\t')
                .append(escapeList(metadata.branchLabels())).append('\t')
                .append(escapeList(metadata.dependsOn())).append('\t')
                .append(escape(metadata.created())).append('\t')
                .append(escape(metadata.message())).append('\n');
    }

    /**
     * @return the entries, or empty when the text is not an index this version understands (it is then ignored and
     *         the classes are inspected instead)
     */
    static Optional<List<Entry>> read(String text) {
        String[] lines = text.split("\n", -1);
        if (!lines[0].strip().equals(FIRST_LINE)) {
            return Optional.empty();
        }
        List<Entry> entries = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t", -1);
            if (fields.length != FIELDS) {
                return Optional.empty();
            }
            try {
                RevisionMetadata metadata = new RevisionMetadata(unescape(fields[1]), unescapeList(fields[2]),
                        unescapeList(fields[3]), unescapeList(fields[4]), unescape(fields[6]), unescape(fields[5]));
                entries.add(new Entry(unescape(fields[0]), metadata));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        return Optional.of(entries);
    }

    private static String escapeList(List<String> items) {
        List<String> escaped = new ArrayList<>();
        for (String item : items) {
            escaped.add(escape(item).replace(",", "\\u002c"));
        }
        return String.join(",", escaped);
    }

    private static List<String> unescapeList(String field) {
        if (field.isEmpty()) {
            return List.of();
        }
        List<String> items = new ArrayList<>();
        for (String item : field.split(",", -1)) {
            items.add(unescape(item));
        }
        return items;
    }

    static String escape(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> {
                    if (Character.isISOControl(c)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** @throws IllegalArgumentException for a backslash that starts no known escape */
    static String unescape(String value) {
        if (value.indexOf('\\') < 0) {
            return value; // nearly every field: ids, dates and most messages have nothing escaped
        }
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (i + 1 >= value.length()) {
                throw new IllegalArgumentException("dangling backslash");
            }
            char escaped = value.charAt(++i);
            switch (escaped) {
                case '\\' -> out.append('\\');
                case 't' -> out.append('\t');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 'u' -> {
                    if (i + 4 >= value.length()) {
                        throw new IllegalArgumentException("short \\u escape");
                    }
                    out.append((char) Integer.parseInt(value.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> throw new IllegalArgumentException("unknown escape \\" + escaped);
            }
        }
        return out.toString();
    }
}
