package dev.migrator.testsupport;

import org.opentest4j.TestAbortedException;

/**
 * Where the fixture gets a server for one kind of database, and what happens when there is none:
 * a configured server first, then a container, else the test is skipped, or fails when
 * {@code MIGRATOR_TEST_REQUIRE} says this database must not be skipped (so that CI cannot go green
 * while quietly testing nothing).
 */
enum DatabaseSource {

    /** The server named by the {@code MIGRATOR_TEST_*_URL} settings. */
    CONFIGURED_SERVER,

    /** A Testcontainers container, started once per JVM. */
    CONTAINER,

    /** No server: the test is skipped. */
    SKIP,

    /** No server, but one is required: the test fails. */
    FAIL;

    static DatabaseSource choose(boolean configured, boolean dockerReachable, boolean required) {
        if (configured) {
            return CONFIGURED_SERVER;
        }
        if (dockerReachable) {
            return CONTAINER;
        }
        return required ? FAIL : SKIP;
    }

    /**
     * The exception that ends a test for which {@link #choose} found no server: {@link TestAbortedException}
     * (a skip) or, when the kind is required, {@link IllegalStateException} (a failure). Either message
     * says which variable to set.
     */
    static RuntimeException noServer(DatabaseKind kind, boolean required) {
        String variable = FixtureSettings.urlVariable(kind);
        String howTo = "set " + variable + " (and the matching _USER and _PASSWORD), or -D"
                + FixtureSettings.propertyName(variable) + ", or make a Docker engine reachable for Testcontainers";
        if (required) {
            return new IllegalStateException(kind.displayName() + " is required by " + FixtureSettings.REQUIRE
                    + " but no server is configured and Docker is not reachable: " + howTo);
        }
        return new TestAbortedException("Skipped on " + kind.displayName() + ": no server configured; to run it, "
                + howTo);
    }
}
