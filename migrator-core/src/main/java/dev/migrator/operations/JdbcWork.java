package dev.migrator.operations;

import java.sql.Connection;
import java.sql.SQLException;

/** Work done directly on the migration's JDBC connection, for data migrations. */
@FunctionalInterface
public interface JdbcWork {

    /**
     * Does the work. The connection belongs to the migration run: do not close it or change its
     * auto-commit or transaction state.
     */
    void run(Connection connection) throws SQLException;
}
