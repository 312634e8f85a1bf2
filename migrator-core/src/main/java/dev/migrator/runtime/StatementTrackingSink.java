package dev.migrator.runtime;

import dev.migrator.dialect.Dialect;
import dev.migrator.operations.JdbcOperationSink;
import dev.migrator.operations.MigrationOperation;
import dev.migrator.operations.OperationFailedException;
import dev.migrator.operations.OperationSink;
import dev.migrator.operations.RunJdbc;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

/**
 * Executes a migration's operations and remembers which statements completed, so a failure on a
 * database without transactional DDL can say exactly what stayed applied.
 */
final class StatementTrackingSink implements OperationSink {

    private final JdbcOperationSink target;
    private final Dialect dialect;
    private final List<String> completed = new ArrayList<>();

    StatementTrackingSink(Connection connection, Dialect dialect) {
        this.target = new JdbcOperationSink(connection, dialect);
        this.dialect = dialect;
    }

    @Override
    public void accept(MigrationOperation operation) {
        try {
            target.accept(operation);
            completed.addAll(statementsOf(operation));
        } catch (OperationFailedException failed) {
            List<String> statements = statementsOf(operation);
            int failedAt = statements.indexOf(failed.sql());
            if (failedAt > 0) {
                completed.addAll(statements.subList(0, failedAt));
            }
            throw failed;
        }
    }

    List<String> completedStatements() {
        return List.copyOf(completed);
    }

    private List<String> statementsOf(MigrationOperation operation) {
        if (operation instanceof RunJdbc work) {
            return List.of("-- JDBC work: " + work.describe());
        }
        return dialect.statements(operation);
    }
}
