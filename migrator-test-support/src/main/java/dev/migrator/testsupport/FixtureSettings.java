package dev.migrator.testsupport;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * What the person running the tests configured: which servers to use and which databases must not be
 * skipped. Each setting is an environment variable such as {@code MIGRATOR_TEST_POSTGRES_URL}, or the
 * JVM system property of the same name in lower-case dotted form ({@code migrator.test.postgres.url}),
 * which wins so that a {@code -D} on one run overrides the shell's environment.
 */
final class FixtureSettings {

    static final String REQUIRE = "MIGRATOR_TEST_REQUIRE";

    private final UnaryOperator<String> lookup;

    /** @param lookup returns the value of a setting by its environment-variable name, or {@code null} */
    FixtureSettings(UnaryOperator<String> lookup) {
        this.lookup = lookup;
    }

    static FixtureSettings fromEnvironment() {
        return new FixtureSettings(variable -> {
            String property = System.getProperty(propertyName(variable));
            return property != null ? property : System.getenv(variable);
        });
    }

    /** The system-property spelling of an environment variable: {@code MIGRATOR_TEST_REQUIRE -> migrator.test.require}. */
    static String propertyName(String variable) {
        return variable.toLowerCase(Locale.ROOT).replace('_', '.');
    }

    /** The name of the variable that holds a kind's URL, e.g. {@code MIGRATOR_TEST_MARIADB_URL}. */
    static String urlVariable(DatabaseKind kind) {
        return prefix(kind) + "URL";
    }

    /** The server configured for a kind, if any; H2 never has one. */
    Optional<ServerAddress> server(DatabaseKind kind) {
        if (kind == DatabaseKind.H2) {
            return Optional.empty();
        }
        String url = value(urlVariable(kind));
        // a URL pasted with a trailing newline should still work
        if (url == null) {
            return Optional.empty();
        }
        return Optional.of(new ServerAddress(url.strip(), value(prefix(kind) + "USER"), value(prefix(kind) + "PASSWORD")));
    }

    /** The kinds named by {@code MIGRATOR_TEST_REQUIRE}. */
    Set<DatabaseKind> required() {
        return parseRequired(value(REQUIRE));
    }

    /**
     * Reads a comma-separated list such as {@code "postgres,mariadb"}; case and spaces do not matter, and
     * {@code postgresql} is accepted for {@code postgres}.
     *
     * @throws IllegalArgumentException on a name it does not know, so that a typo cannot quietly turn a
     *     required database into a skipped one
     */
    static Set<DatabaseKind> parseRequired(String list) {
        Set<DatabaseKind> kinds = EnumSet.noneOf(DatabaseKind.class);
        if (list == null) {
            return kinds;
        }
        for (String entry : list.split(",")) {
            String name = entry.trim().toLowerCase(Locale.ROOT);
            switch (name) {
                case "" -> { }
                case "h2" -> kinds.add(DatabaseKind.H2);
                case "postgres", "postgresql" -> kinds.add(DatabaseKind.POSTGRESQL);
                case "mariadb" -> kinds.add(DatabaseKind.MARIADB);
                default -> throw new IllegalArgumentException(REQUIRE + " names an unknown database '" + entry.trim()
                        + "' in '" + list + "'; use a comma-separated list of h2, postgres, mariadb");
            }
        }
        return kinds;
    }

    private String value(String variable) {
        String value = lookup.apply(variable);
        return value == null || value.isBlank() ? null : value;
    }

    private static String prefix(DatabaseKind kind) {
        return switch (kind) {
            case H2 -> "MIGRATOR_TEST_H2_";
            case POSTGRESQL -> "MIGRATOR_TEST_POSTGRES_";
            case MARIADB -> "MIGRATOR_TEST_MARIADB_";
        };
    }
}
