package dev.migrator.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

class TestDatabaseTest {

    private static final int THREADS = 8;

    @AllDatabasesTest
    void aTableCreatedThroughConnectShowsInTheMetaDataOfTheFreshSchema(TestDatabase db) throws SQLException {
        try (Connection connection = db.connect()) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE book (id INT PRIMARY KEY, title VARCHAR(200))");
            }

            DatabaseMetaData metaData = connection.getMetaData();
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = metaData.getTables(connection.getCatalog(), connection.getSchema(), "%",
                    new String[] {"TABLE"})) {
                while (rs.next()) {
                    tables.add(rs.getString("TABLE_NAME"));
                    String home = db.kind() == DatabaseKind.MARIADB ? rs.getString("TABLE_CAT") : rs.getString("TABLE_SCHEM");
                    assertThat(home).isEqualToIgnoringCase(db.schemaName());
                }
            }
            assertThat(tables).singleElement().asString().isEqualToIgnoringCase("book");

            List<String> columns = new ArrayList<>();
            try (ResultSet rs = metaData.getColumns(connection.getCatalog(), connection.getSchema(),
                    tables.get(0), "%")) {
                while (rs.next()) {
                    columns.add(rs.getString("COLUMN_NAME").toLowerCase());
                }
            }
            assertThat(columns).containsExactly("id", "title");
        }
    }

    @AllDatabasesTest
    void theJdbcUrlWithUserAndPasswordConnectsToTheFreshSchema(TestDatabase db) throws SQLException {
        try (Connection connection = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE via_url (id INT)");
        }
        assertThat(tablesIn(db)).containsExactly("via_url");
    }

    @AllDatabasesTest
    void everyConnectionIsASeparateSessionEvenWhenEightThreadsConnectAtOnce(TestDatabase db) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        CountDownLatch allConnected = new CountDownLatch(THREADS);
        try {
            List<Future<Object>> sessions = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                int table = i;
                sessions.add(threads.submit(() -> {
                    try (Connection connection = db.dataSource().getConnection();
                            Statement statement = connection.createStatement()) {
                        // all eight are open together, so a pool of fewer sessions could not pass
                        allConnected.countDown();
                        assertThat(allConnected.await(30, TimeUnit.SECONDS)).isTrue();
                        statement.execute("CREATE TABLE t" + table + " (id INT)");
                        try (ResultSet rs = statement.executeQuery(sessionIdQuery(db.kind()))) {
                            rs.next();
                            return rs.getObject(1);
                        }
                    }
                }));
            }
            Set<Object> sessionIds = new HashSet<>();
            for (Future<Object> session : sessions) {
                sessionIds.add(session.get(60, TimeUnit.SECONDS));
            }
            assertThat(sessionIds).hasSize(THREADS);
        } finally {
            threads.shutdownNow();
        }
        assertThat(tablesIn(db)).containsExactlyInAnyOrder("t0", "t1", "t2", "t3", "t4", "t5", "t6", "t7");
    }

    @AllDatabasesTest
    void twoFreshDatabasesDoNotSeeEachOthersTables(TestDatabase db) throws SQLException {
        try (TestDatabase other = TestDatabases.fresh(db.kind())) {
            assertThat(other.jdbcUrl()).isNotEqualTo(db.jdbcUrl());
            try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE only_in_first (id INT)");
            }
            assertThat(tablesIn(other)).isEmpty();
            try (Connection connection = other.connect(); Statement statement = connection.createStatement()) {
                assertThatThrownBy(() -> statement.executeQuery("SELECT * FROM only_in_first"))
                        .isInstanceOf(SQLException.class);
            }
        }
    }

    @AllDatabasesTest
    void closeDropsTheDatabaseWithItsTables(TestDatabase db) throws SQLException {
        TestDatabase dropped = TestDatabases.fresh(db.kind());
        try (Connection connection = dropped.connect(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE doomed (id INT)");
        }

        dropped.close();

        if (db.kind() == DatabaseKind.H2) {
            // IFEXISTS refuses to create the in-memory database anew, so this fails only if it is gone
            assertThatThrownBy(() -> DriverManager.getConnection(dropped.jdbcUrl() + ";IFEXISTS=TRUE", "sa", ""))
                    .isInstanceOf(SQLException.class);
        } else {
            assertThat(schemaExists(db, dropped.schemaName())).isFalse();
        }
    }

    @AllDatabasesTest
    void closingTwiceIsHarmless(TestDatabase db) {
        TestDatabase closedTwice = TestDatabases.fresh(db.kind());
        closedTwice.close();
        closedTwice.close();
    }

    @AllDatabasesTest
    void itsNameIsTheDisplayNameOfItsKind(TestDatabase db) {
        assertThat(db.toString()).isEqualTo(db.kind().displayName()).isIn("H2", "PostgreSQL", "MariaDB");
    }

    private static List<String> tablesIn(TestDatabase db) throws SQLException {
        try (Connection connection = db.connect();
                ResultSet rs = connection.getMetaData().getTables(connection.getCatalog(), connection.getSchema(),
                        "%", new String[] {"TABLE"})) {
            List<String> tables = new ArrayList<>();
            while (rs.next()) {
                tables.add(rs.getString("TABLE_NAME").toLowerCase());
            }
            return tables;
        }
    }

    private static boolean schemaExists(TestDatabase db, String name) throws SQLException {
        try (Connection connection = db.connect();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT COUNT(*) FROM information_schema.schemata WHERE schema_name = ?")) {
            query.setString(1, name);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getInt(1) > 0;
            }
        }
    }

    private static String sessionIdQuery(DatabaseKind kind) {
        return switch (kind) {
            case H2 -> "SELECT SESSION_ID()";
            case POSTGRESQL -> "SELECT pg_backend_pid()";
            case MARIADB -> "SELECT CONNECTION_ID()";
        };
    }
}
