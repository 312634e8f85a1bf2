package dev.migrator.test.autoconfigure.projects.drifted;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A project whose entities moved on without a migration: {@link Shelf} gained a {@code capacity} column that no
 * revision adds.
 */
@SpringBootApplication
public class DriftedProject {

    public static final String MIGRATIONS = "spring.migrator.migration-package="
            + "dev.migrator.test.autoconfigure.projects.drifted.migrations";
}
