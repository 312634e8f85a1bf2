package dev.migrator.dialect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrator.testsupport.AllDatabasesTest;
import dev.migrator.testsupport.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class DialectsTest {

    @Test
    void findsEveryBuiltInDialectByNameOrAlias() {
        assertThat(Dialects.available()).extracting(Dialect::name)
                .containsExactlyInAnyOrder("h2", "postgresql", "mariadb", "mysql");
        assertThat(Dialects.forName("PostgreSQL")).isInstanceOf(PostgresDialect.class);
        assertThat(Dialects.forName("postgres")).isInstanceOf(PostgresDialect.class);
        assertThat(Dialects.forName("mysql")).isInstanceOf(MySqlDialect.class);
    }

    @Test
    void anUnknownNameListsTheKnownOnesAndHowToAddOne() {
        assertThatThrownBy(() -> Dialects.forName("oracle"))
                .isInstanceOf(UnknownDialectException.class)
                .hasMessageContaining("No dialect is named 'oracle'")
                .hasMessageContaining("h2")
                .hasMessageContaining("META-INF/services/dev.migrator.dialect.Dialect");
    }

    @AllDatabasesTest
    void detectsTheDialectFromAConnection(TestDatabase db) throws SQLException {
        try (Connection connection = db.connect()) {
            assertThat(Dialects.detect(connection).databaseName()).isEqualTo(db.kind().displayName());
        }
    }
}
