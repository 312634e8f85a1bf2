package dev.migrator.test.autoconfigure.projects.library;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A project whose migrations are right: one head, entities matched, every revision reversible. Its graph has what
 * makes a stairway interesting: two roots, a branch point, two merges and a SQL revision that seeds data.
 */
@SpringBootApplication
public class LibraryProject {

    public static final String MIGRATION_PACKAGE = "dev.migrator.test.autoconfigure.projects.library.migrations";

    public static final String MIGRATIONS = "spring.migrator.migration-package=" + MIGRATION_PACKAGE;

    /** The head, a SQL revision that seeds two authors and a book. */
    public static final String HEAD = "a11ce0000008";
}
