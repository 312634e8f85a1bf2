package dev.migrator.autogenerate;

import java.util.Locale;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A table or sequence name pattern of {@link CompareOptions}: a glob ({@code audit_*}, {@code tmp_?}) or, with the
 * prefix {@code regex:}, a Java regular expression matched against the whole name. Matching ignores case, since
 * the same name may be spelled {@code book} in the expected schema and {@code BOOK} in the database.
 */
final class NamePattern {

    static final String REGEX_PREFIX = "regex:";

    private final String source;
    private final Pattern pattern;

    private NamePattern(String source, Pattern pattern) {
        this.source = source;
        this.pattern = pattern;
    }

    static NamePattern of(String pattern) {
        if (pattern == null || pattern.isBlank()) {
            throw new IllegalArgumentException("a name pattern must not be blank");
        }
        try {
            String regex = pattern.startsWith(REGEX_PREFIX) ? pattern.substring(REGEX_PREFIX.length()) : globToRegex(pattern);
            return new NamePattern(pattern, Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("the name pattern '" + pattern + "' is not a valid regular expression: "
                    + e.getDescription(), e);
        }
    }

    boolean matches(String name) {
        return pattern.matcher(name).matches() || pattern.matcher(name.toLowerCase(Locale.ROOT)).matches();
    }

    @Override
    public String toString() {
        return source;
    }

    /** {@code *} any run of characters, {@code ?} one character, everything else literal. */
    private static String globToRegex(String glob) {
        StringBuilder regex = new StringBuilder();
        for (char c : glob.toCharArray()) {
            switch (c) {
                case '*' -> regex.append(".*");
                case '?' -> regex.append('.');
                default -> regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return regex.toString();
    }
}
