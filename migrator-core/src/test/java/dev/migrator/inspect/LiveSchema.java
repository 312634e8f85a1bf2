package dev.migrator.inspect;

import dev.migrator.dialect.Dialect;
import dev.migrator.dialect.Dialects;
import dev.migrator.operations.JdbcOperationSink;
import dev.migrator.operations.Operations;
import dev.migrator.schema.Schema;
import dev.migrator.testsupport.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;

/** One open connection to a test database, with Operations that build on it and the inspector that reads it. */
final class LiveSchema implements AutoCloseable {

    final TestDatabase db;
    final Connection connection;
    final Dialect dialect;
    final Operations op;
    final SchemaInspector inspector;

    LiveSchema(TestDatabase db) throws SQLException {
        this.db = db;
        this.connection = db.connect();
        this.dialect = Dialects.detect(connection);
        this.op = Operations.writingTo(new JdbcOperationSink(connection, dialect));
        this.inspector = SchemaInspector.forDialect(dialect);
    }

    Schema inspect() {
        return inspector.inspect(connection);
    }

    Schema inspect(InspectOptions options) {
        return inspector.inspect(connection, options);
    }

    /** A name as the database stores it. */
    String stored(String name) {
        return dialect.storedIdentifier(name);
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
