package dev.migrator.testsupport;

import java.sql.SQLException;

/**
 * Fresh MariaDB databases on the configured server (in MariaDB a schema is a database). The URL names
 * the fresh database, so that every connection lands in it.
 */
final class MariaDbDatabases implements FreshDatabaseFactory {

    private final AdminConnection admin;

    MariaDbDatabases(ServerAddress server) {
        this.admin = new AdminConnection(server, "SET SESSION lock_wait_timeout = 10");
    }

    @Override
    public TestDatabase create() throws SQLException {
        String database = FreshNames.next();
        admin.execute("CREATE DATABASE " + database);
        ServerAddress server = admin.server();
        return new TestDatabase(DatabaseKind.MARIADB, withDatabase(server.url(), database), server.user(),
                server.password(), database, () -> admin.execute("DROP DATABASE IF EXISTS " + database));
    }

    /**
     * Replaces (or adds) the database in a URL such as {@code jdbc:mariadb://host:3306/old?opt=1},
     * keeping hosts and options.
     */
    static String withDatabase(String url, String database) {
        int hostsStart = url.indexOf("//");
        if (hostsStart < 0) {
            throw new IllegalArgumentException("Not a jdbc:mariadb://host[:port][/database] URL: " + url);
        }
        int optionsStart = url.indexOf('?', hostsStart);
        String options = optionsStart < 0 ? "" : url.substring(optionsStart);
        String beforeOptions = optionsStart < 0 ? url : url.substring(0, optionsStart);
        int pathStart = beforeOptions.indexOf('/', hostsStart + 2);
        String hosts = pathStart < 0 ? beforeOptions : beforeOptions.substring(0, pathStart);
        return hosts + "/" + database + options;
    }
}
