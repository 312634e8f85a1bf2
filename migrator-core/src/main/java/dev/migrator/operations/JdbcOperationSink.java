package dev.migrator.operations;

import dev.migrator.dialect.Dialect;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Executes operations on a live JDBC connection, one {@link Statement} per SQL statement.
 *
 * <p>The sink neither commits nor closes the connection: transactions belong to whoever runs the
 * migration. A rejected statement raises {@link OperationFailedException} naming the operation and
 * the SQL.
 */
public final class JdbcOperationSink implements OperationSink {

    private static final Logger log = LoggerFactory.getLogger(JdbcOperationSink.class);

    private final Connection connection;
    private final Dialect dialect;

    public JdbcOperationSink(Connection connection, Dialect dialect) {
        this.connection = Objects.requireNonNull(connection, "connection");
        this.dialect = Objects.requireNonNull(dialect, "dialect");
    }

    @Override
    public void accept(MigrationOperation operation) {
        if (operation instanceof RunJdbc work) {
            runWork(work);
            return;
        }
        for (String sql : dialect.statements(operation)) {
            log.debug("{}", sql);
            try (Statement statement = connection.createStatement()) {
                statement.execute(sql);
            } catch (SQLException e) {
                throw new OperationFailedException(operation, sql, e);
            }
        }
    }

    private void runWork(RunJdbc work) {
        log.debug("running JDBC work: {}", work.description());
        try {
            work.work().run(connection);
        } catch (SQLException e) {
            throw new OperationFailedException(work, null, e);
        }
    }
}
