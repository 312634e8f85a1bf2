package dev.migrator.testsupport;

import java.sql.SQLException;

/**
 * Fresh PostgreSQL schemas in the configured database. The URL names the schema in
 * {@code currentSchema}, so that every connection lands in it without a {@code SET search_path}.
 */
final class PostgresSchemas implements FreshDatabaseFactory {

    private final AdminConnection admin;

    PostgresSchemas(ServerAddress server) {
        this.admin = new AdminConnection(server, "SET lock_timeout = '10s'");
    }

    @Override
    public TestDatabase create() throws SQLException {
        String schema = FreshNames.next();
        admin.execute("CREATE SCHEMA " + schema);
        ServerAddress server = admin.server();
        return new TestDatabase(DatabaseKind.POSTGRESQL, withCurrentSchema(server.url(), schema), server.user(),
                server.password(), schema, () -> admin.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE"));
    }

    static String withCurrentSchema(String url, String schema) {
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }
}
