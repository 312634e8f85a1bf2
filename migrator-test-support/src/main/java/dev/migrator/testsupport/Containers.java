package dev.migrator.testsupport;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.mariadb.MariaDBContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The database containers of this JVM, one per kind, started on first use and shared by all tests
 * (Testcontainers removes them when the JVM exits). This is the only class that touches Testcontainers,
 * and it is loaded only after {@link Docker} found Testcontainers on the classpath.
 */
final class Containers {

    // the same major versions as CI's service containers
    private static final String POSTGRES_IMAGE = "postgres:15-alpine";
    private static final String MARIADB_IMAGE = "mariadb:10.11";

    private static PostgreSQLContainer postgres;
    private static MariaDBContainer mariadb;

    private Containers() {
    }

    static boolean dockerAvailable() {
        return DockerClientFactory.instance().isDockerAvailable();
    }

    static synchronized ServerAddress postgres() {
        if (postgres == null) {
            PostgreSQLContainer container = new PostgreSQLContainer(POSTGRES_IMAGE);
            container.start();
            postgres = container;
        }
        return new ServerAddress(postgres.getJdbcUrl(), postgres.getUsername(), postgres.getPassword());
    }

    static synchronized ServerAddress mariadb() {
        if (mariadb == null) {
            // root, because each test creates and drops a database of its own
            MariaDBContainer container = new MariaDBContainer(MARIADB_IMAGE).withUsername("root").withPassword("test");
            container.start();
            mariadb = container;
        }
        return new ServerAddress(mariadb.getJdbcUrl(), mariadb.getUsername(), mariadb.getPassword());
    }
}
