package dev.migrator.test.autoconfigure.projects.leaky;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A project with a revision whose downgrade forgets part of its upgrade: {@code e0e0e0000002} adds
 * {@code shelf.room} and an index on it, and its downgrade drops only the index.
 */
@SpringBootApplication
public class LeakyProject {

    public static final String MIGRATIONS = "spring.migrator.migration-package="
            + "dev.migrator.test.autoconfigure.projects.leaky.migrations";

    public static final String LEAKY_REVISION = "e0e0e0000002";
}
