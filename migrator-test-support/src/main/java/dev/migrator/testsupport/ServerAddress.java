package dev.migrator.testsupport;

/**
 * How to reach a database server as a user allowed to create and drop schemas or databases.
 *
 * @param url a JDBC URL of the server
 * @param user the user, or {@code null} to leave it to the URL or the driver
 * @param password the password, or {@code null} for none
 */
record ServerAddress(String url, String user, String password) {
}
