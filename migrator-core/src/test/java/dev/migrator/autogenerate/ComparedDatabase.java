package dev.migrator.autogenerate;

import dev.migrator.dialect.Dialect;
import dev.migrator.dialect.Dialects;
import dev.migrator.inspect.SchemaInspector;
import dev.migrator.operations.JdbcOperationSink;
import dev.migrator.operations.MigrationOperation;
import dev.migrator.operations.Operations;
import dev.migrator.schema.Schema;
import dev.migrator.testsupport.TestDatabase;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** One open connection to a test database: compare an expected schema with it, and apply operations to it. */
final class ComparedDatabase implements AutoCloseable {

    final Connection connection;
    final Dialect dialect;
    final Operations op;
    private final SchemaComparator comparator;

    ComparedDatabase(TestDatabase db, CompareOptions options) throws SQLException {
        this.connection = db.connect();
        this.dialect = Dialects.detect(connection);
        this.op = Operations.writingTo(new JdbcOperationSink(connection, dialect));
        this.comparator = SchemaComparator.forDialect(dialect, options);
    }

    Schema inspect() {
        return SchemaInspector.forDialect(dialect).inspect(connection);
    }

    SchemaDiff compare(Schema expected) {
        return comparator.compare(expected, inspect());
    }

    void apply(List<MigrationOperation> operations) {
        operations.forEach(op::apply);
    }

    /** Every operation's reverse, last first: what a generated downgrade does. */
    void applyReversed(List<MigrationOperation> operations) {
        for (int i = operations.size() - 1; i >= 0; i--) {
            op.apply(operations.get(i).reverse());
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
