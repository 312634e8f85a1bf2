package dev.migrator.testsupport;

/**
 * The databases a Migrator test can run on.
 */
public enum DatabaseKind {

    /** H2 in memory: always available, no server needed. */
    H2("H2"),

    /** PostgreSQL: a configured server, or a Testcontainers container when Docker is reachable. */
    POSTGRESQL("PostgreSQL"),

    /** MariaDB: a configured server, or a Testcontainers container when Docker is reachable. */
    MARIADB("MariaDB");

    private final String displayName;

    DatabaseKind(String displayName) {
        this.displayName = displayName;
    }

    /**
     * The product name as people write it, e.g. {@code "PostgreSQL"}; used in test names.
     */
    public String displayName() {
        return displayName;
    }
}
