package dev.migrator.testsupport;

/**
 * Whether this JVM can start database containers: Testcontainers is on the classpath (it is an optional
 * dependency) and a Docker engine answers. Asked at most once per JVM, because asking can take seconds.
 */
final class Docker {

    private static final String TESTCONTAINERS_PROBE_CLASS = "org.testcontainers.DockerClientFactory";

    private static Boolean reachable;

    private Docker() {
    }

    static synchronized boolean reachable() {
        if (reachable == null) {
            reachable = testcontainersPresent() && Containers.dockerAvailable();
        }
        return reachable;
    }

    private static boolean testcontainersPresent() {
        try {
            Class.forName(TESTCONTAINERS_PROBE_CLASS, false, Docker.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
