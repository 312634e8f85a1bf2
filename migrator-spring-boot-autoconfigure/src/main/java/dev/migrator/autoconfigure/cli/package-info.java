/**
 * {@code java -jar app.jar migrator <command> [options]}: the Migrator command line run inside the application, with
 * its configuration, database and entities, without its web server and without the start-up upgrade.
 */
package dev.migrator.autoconfigure.cli;
