package dev.migrator.testsupport;

import java.sql.SQLException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Fresh test databases on demand, for code that cannot take a {@link TestDatabase} parameter from
 * {@link AllDatabasesTest @AllDatabasesTest}: benchmarks, or a test that needs a second database.
 *
 * <p>Servers come from the {@code MIGRATOR_TEST_POSTGRES_URL}/{@code _USER}/{@code _PASSWORD} and
 * {@code MIGRATOR_TEST_MARIADB_URL}/{@code _USER}/{@code _PASSWORD} environment variables (or the system
 * properties {@code migrator.test.postgres.url} and so on, which win). Without a URL, a Testcontainers
 * container is started once per JVM if a Docker engine is reachable. Without either, the test is skipped,
 * unless {@code MIGRATOR_TEST_REQUIRE} (e.g. {@code postgres,mariadb}) names the database: then it fails.
 */
public final class TestDatabases {

    private static final Map<DatabaseKind, FreshDatabaseFactory> FACTORIES = new EnumMap<>(DatabaseKind.class);

    private TestDatabases() {
    }

    /**
     * A fresh, empty database of the given kind; close it when done.
     *
     * @throws org.opentest4j.TestAbortedException if no server is available for the kind (the test is skipped)
     * @throws IllegalStateException if no server is available but {@code MIGRATOR_TEST_REQUIRE} names the kind,
     *     or if the fresh database could not be created
     */
    public static TestDatabase fresh(DatabaseKind kind) {
        FreshDatabaseFactory factory = factory(kind);
        try {
            return factory.create();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create a fresh " + kind.displayName() + " test database: "
                    + e.getMessage(), e);
        }
    }

    /** The kinds that tests can run on here: H2, and every kind with a configured server or a reachable Docker. */
    public static List<DatabaseKind> available() {
        FixtureSettings settings = FixtureSettings.fromEnvironment();
        return Stream.of(DatabaseKind.values())
                .filter(kind -> kind == DatabaseKind.H2 || settings.server(kind).isPresent() || Docker.reachable())
                .toList();
    }

    private static synchronized FreshDatabaseFactory factory(DatabaseKind kind) {
        FreshDatabaseFactory factory = FACTORIES.get(kind);
        if (factory == null) {
            factory = newFactory(kind);
            FACTORIES.put(kind, factory);
        }
        return factory;
    }

    private static FreshDatabaseFactory newFactory(DatabaseKind kind) {
        if (kind == DatabaseKind.H2) {
            return new H2Databases();
        }
        FixtureSettings settings = FixtureSettings.fromEnvironment();
        Optional<ServerAddress> configured = settings.server(kind);
        boolean required = settings.required().contains(kind);
        DatabaseSource source = DatabaseSource.choose(configured.isPresent(),
                configured.isEmpty() && Docker.reachable(), required);
        ServerAddress server = switch (source) {
            case CONFIGURED_SERVER -> configured.orElseThrow();
            case CONTAINER -> kind == DatabaseKind.POSTGRESQL ? Containers.postgres() : Containers.mariadb();
            case SKIP, FAIL -> throw DatabaseSource.noServer(kind, required);
        };
        return kind == DatabaseKind.POSTGRESQL ? new PostgresSchemas(server) : new MariaDbDatabases(server);
    }
}
