package dev.migrator.testsupport;

import java.sql.SQLException;

/** Makes fresh, empty databases of one kind; one instance per kind serves the whole JVM. */
interface FreshDatabaseFactory {

    TestDatabase create() throws SQLException;
}
