package dev.migrator.operations;

import dev.migrator.dialect.Dialect;
import dev.migrator.dialect.Dialects;
import dev.migrator.testsupport.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** One open connection to a test database, with Operations that execute on it and a probe that reads it back. */
final class LiveDatabase implements AutoCloseable {

    final TestDatabase db;
    final Connection connection;
    final Dialect dialect;
    final Operations op;
    final SchemaProbe probe;

    LiveDatabase(TestDatabase db) throws SQLException {
        this.db = db;
        this.connection = db.connect();
        this.dialect = Dialects.detect(connection);
        this.op = Operations.writingTo(new JdbcOperationSink(connection, dialect));
        this.probe = new SchemaProbe(connection, db);
    }

    /** Runs a query and returns the first column of every row. */
    List<Object> query(String sql) throws SQLException {
        List<Object> values = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getObject(1));
            }
        }
        return values;
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
