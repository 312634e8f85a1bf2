package dev.migrator.script;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a SQL migration file (the format is described in the package documentation) into a {@link MigrationScript}.
 * Everything is checked while loading, so a mistake in a script stops start-up rather than a half-run migration.
 */
final class SqlScriptParser {

    private static final Pattern DIRECTIVE = Pattern.compile("--\\s*migrator:(\\S*)\\s*(.*)");
    private static final Pattern LIST_SEPARATOR = Pattern.compile("[\\s,]+");
    private static final String UPGRADE = "upgrade";
    private static final String DOWNGRADE = "downgrade";
    private static final Set<String> SECTIONS = Set.of(UPGRADE, DOWNGRADE);
    private static final List<String> HEADER_KEYS =
            List.of("revision", "down", "branch-labels", "depends-on", "message", "created");

    private final String source;
    private final Map<String, HeaderValue> header = new HashMap<>();
    private final Map<String, Section> sections = new LinkedHashMap<>();
    private Section currentSection;

    private record HeaderValue(String value, int line) {
    }

    private static final class Section {
        final int markerLine;
        final StringBuilder sql = new StringBuilder();

        Section(int markerLine) {
            this.markerLine = markerLine;
        }
    }

    private SqlScriptParser(String source) {
        this.source = source;
    }

    /**
     * @param source the resource path, used in every error message
     * @throws MalformedScriptException naming the file and line of the first problem found
     */
    static MigrationScript parse(String source, String text) {
        return new SqlScriptParser(source).parse(text);
    }

    private MigrationScript parse(String text) {
        String[] lines = stripByteOrderMark(text).split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            readLine(lines[i], i + 1);
        }
        HeaderValue revision = header.get("revision");
        if (revision == null) {
            throw error(1, "There is no '-- migrator:revision <id>' line. Add one at the top of the file, for example"
                    + " '-- migrator:revision " + RevisionIds.generate() + "'.");
        }
        Section upgrade = sections.get(UPGRADE);
        if (upgrade == null) {
            throw error(lines.length, "There is no '-- migrator:upgrade' section. Add the line '-- migrator:upgrade'"
                    + " after the header, followed by the SQL that applies this revision.");
        }
        RevisionMetadata metadata = new RevisionMetadata(revision.value, list("down"), list("branch-labels"),
                list("depends-on"), value("message"), value("created"));
        Section downgrade = sections.get(DOWNGRADE);
        SqlMigration migration = new SqlMigration(source, statements(upgrade),
                downgrade == null ? null : statements(downgrade));
        return MigrationScript.sql(metadata.toNode(), metadata.message(), created(), source, migration);
    }

    private void readLine(String line, int lineNumber) {
        Matcher directive = DIRECTIVE.matcher(line.strip());
        if (directive.matches()) {
            readDirective(directive.group(1), directive.group(2).strip(), lineNumber);
        } else if (currentSection != null) {
            currentSection.sql.append(line).append('\n');
        } else if (!line.isBlank() && !line.strip().startsWith("--")) {
            throw error(lineNumber, "SQL before the '-- migrator:upgrade' line. Move it into the upgrade or"
                    + " downgrade section; only header lines and comments may come first.");
        }
    }

    private void readDirective(String key, String value, int line) {
        if (SECTIONS.contains(key)) {
            startSection(key, value, line);
        } else if (!HEADER_KEYS.contains(key)) {
            throw error(line, "Unknown line '-- migrator:" + key + "'. Known header keys are "
                    + String.join(", ", HEADER_KEYS) + "; sections are '-- migrator:upgrade' and"
                    + " '-- migrator:downgrade'.");
        } else if (currentSection != null) {
            throw error(line, "Header line '-- migrator:" + key + "' inside a section. Move it above the"
                    + " '-- migrator:upgrade' line.");
        } else if (header.containsKey(key)) {
            throw error(line, "'-- migrator:" + key + "' appears twice (first on line " + header.get(key).line
                    + "). Keep one of them.");
        } else {
            checkHeaderValue(key, value, line);
            header.put(key, new HeaderValue(value, line));
        }
    }

    private void startSection(String name, String value, int line) {
        if (!value.isEmpty()) {
            throw error(line, "'-- migrator:" + name + "' must be alone on its line. Put '" + value
                    + "' on the next line.");
        }
        Section existing = sections.get(name);
        if (existing != null) {
            throw error(line, "A second '-- migrator:" + name + "' section (the first starts on line "
                    + existing.markerLine + "). A script has one upgrade and at most one downgrade section; merge"
                    + " them.");
        }
        currentSection = new Section(line);
        sections.put(name, currentSection);
    }

    private void checkHeaderValue(String key, String value, int line) {
        switch (key) {
            case "revision" -> RevisionIds.problemWith("revision id", value)
                    .ifPresent(problem -> { throw error(line, problem); });
            case "down" -> checkIds("down revision", value, line);
            case "branch-labels" -> checkIds("branch label", value, line);
            case "depends-on" -> checkIds("depends-on entry", value, line);
            case "created" -> {
                try {
                    CreatedTimestamps.parse(value);
                } catch (DateTimeParseException e) {
                    throw error(line, "created '" + value + "' is not " + CreatedTimestamps.EXPECTED + ".");
                }
            }
            default -> { }
        }
    }

    private void checkIds(String what, String value, int line) {
        for (String id : split(value)) {
            RevisionIds.problemWith(what, id).ifPresent(problem -> { throw error(line, problem); });
        }
    }

    private List<String> list(String key) {
        return split(value(key));
    }

    private static List<String> split(String value) {
        return value.isBlank() ? List.of() : Arrays.asList(LIST_SEPARATOR.split(value.strip()));
    }

    private String value(String key) {
        HeaderValue value = header.get(key);
        return value == null ? "" : value.value;
    }

    private Instant created() {
        return CreatedTimestamps.parse(value("created"));
    }

    private List<String> statements(Section section) {
        return SqlStatementSplitter.split(section.sql.toString(), source, section.markerLine + 1);
    }

    private static String stripByteOrderMark(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private MalformedScriptException error(int line, String problem) {
        return new MalformedScriptException(source, line, problem);
    }
}
