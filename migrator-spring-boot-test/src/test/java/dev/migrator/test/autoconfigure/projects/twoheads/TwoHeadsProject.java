package dev.migrator.test.autoconfigure.projects.twoheads;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A project whose graph has two heads: two revisions were written after the same one, on two branches of work, and
 * nobody merged them.
 */
@SpringBootApplication
public class TwoHeadsProject {

    public static final String MIGRATIONS = "spring.migrator.migration-package="
            + "dev.migrator.test.autoconfigure.projects.twoheads.migrations";
}
