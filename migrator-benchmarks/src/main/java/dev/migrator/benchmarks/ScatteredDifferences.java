package dev.migrator.benchmarks;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Drift applied with plain SQL to a PostgreSQL schema that matched {@link GeneratedEntityModel}: 20 altered
 * columns (10 labels widened, 10 quantities made nullable), 5 missing indexes and 3 missing tables, spread over
 * the model.
 */
final class ScatteredDifferences {

    static final int ALTERED_COLUMNS = 20;
    static final int MISSING_INDEXES = 5;
    static final int MISSING_TABLES = 3;

    private ScatteredDifferences() {
    }

    static List<String> statements(int entities) {
        List<String> sql = new ArrayList<>();
        for (int k = 0; k < ALTERED_COLUMNS / 2; k++) {
            sql.add("ALTER TABLE " + GeneratedEntityModel.tableName(k * 97 + 1) + " ALTER COLUMN label TYPE varchar(300)");
            sql.add("ALTER TABLE " + GeneratedEntityModel.tableName(k * 97 + 3) + " ALTER COLUMN quantity DROP NOT NULL");
        }
        for (int k = 1; k <= MISSING_INDEXES; k++) {
            sql.add("DROP INDEX " + GeneratedEntityModel.labelIndex(k * 148));
        }
        for (int k = 1; k <= MISSING_TABLES; k++) {
            sql.add("DROP TABLE " + GeneratedEntityModel.tableName(entities - k) + " CASCADE");
        }
        return sql;
    }

    static void apply(Connection connection, int entities) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements(entities)) {
                statement.execute(sql);
            }
        }
    }
}
