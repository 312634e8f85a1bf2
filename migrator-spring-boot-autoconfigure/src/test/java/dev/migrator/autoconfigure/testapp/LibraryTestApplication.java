package dev.migrator.autoconfigure.testapp;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A small JPA application whose only schema source is the migrations in the migrations subpackage. */
@SpringBootApplication
public class LibraryTestApplication {

    public static final String MIGRATIONS = "dev.migrator.autoconfigure.testapp.migrations";
}
