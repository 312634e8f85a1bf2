package dev.migrator.autoconfigure.cli.testapp;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A small JPA web application for the command line: its entity and its migrations describe the same schema. The
 * entity in {@code dev.migrator.autoconfigure.cli.extra}, outside its packages, is one the migrations lack.
 */
@SpringBootApplication
public class CatalogTestApplication {

    public static final String MIGRATIONS = "dev.migrator.autoconfigure.cli.testapp.migrations";
    public static final String EXTRA_ENTITIES = "dev.migrator.autoconfigure.cli.extra";
}
