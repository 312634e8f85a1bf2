package dev.migrator.operations;

import static dev.migrator.operations.TableElements.column;
import static dev.migrator.schema.Types.integer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrator.dialect.Dialects;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SqlScriptOperationSinkTest {

    @Test
    void writesEachStatementTerminatedWithASemicolon() {
        StringBuilder script = new StringBuilder();
        SqlScriptOperationSink sink = new SqlScriptOperationSink(script, Dialects.forName("postgresql"));
        Operations op = Operations.writingTo(sink);

        sink.comment("Running upgrade -> ae1027a6acf");
        sink.statement("BEGIN");
        op.createTable("counter", column("n", integer()).comment("Current value"));
        op.bulkInsert("counter", List.of(Map.of("n", 1), Map.of("n", 2)));
        op.execute("UPDATE counter SET n = n + 1;");
        sink.statement("COMMIT");

        assertThat(script.toString()).isEqualTo("""
                -- Running upgrade -> ae1027a6acf
                BEGIN;

                CREATE TABLE counter (
                    n INTEGER
                );

                COMMENT ON COLUMN counter.n IS 'Current value';

                INSERT INTO counter (n) VALUES
                    (1),
                    (2);

                UPDATE counter SET n = n + 1;

                COMMIT;

                """);
    }

    @Test
    void jdbcWorkNeedsALiveConnection() {
        Operations op = Operations.writingTo(new SqlScriptOperationSink(new StringBuilder(), Dialects.forName("h2")));
        assertThatThrownBy(() -> op.jdbc(connection -> { }))
                .isInstanceOf(LiveConnectionRequiredException.class)
                .hasMessageContaining("needs a live database connection")
                .hasMessageContaining("Run this migration online");
    }
}
