package dev.migrator.cli;

import static dev.migrator.schema.Types.bigint;
import static dev.migrator.schema.Types.string;
import static org.assertj.core.api.Assertions.assertThat;

import dev.migrator.command.Migrator;
import dev.migrator.command.MigratorConfiguration;
import dev.migrator.schema.Schema;
import dev.migrator.schema.SchemaBuilder;
import dev.migrator.testsupport.AllDatabasesTest;
import dev.migrator.testsupport.TestDatabase;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check} and {@code revision --autogenerate} at a terminal: what they print, write and exit with. */
class MigratorCommandLineAutogenerateTest {

    /** A package without migrations: these tests only compare and write. */
    private static final String MIGRATIONS = "com.example.cli.migrations";

    private static final Schema BOOK_WITH_TITLE = SchemaBuilder.schema()
            .table("book", t -> t.column("id", bigint()).primaryKey().column("title", string(200)))
            .build();

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path sources;

    private int run(Migrator migrator, String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return new MigratorCommandLine(Map.of(MigratorCommandLine.DEFAULT_INSTANCE, migrator)::get,
                new PrintWriter(out), new PrintWriter(err)).execute(args);
    }

    private Migrator expecting(TestDatabase db, Schema expected) {
        return Migrator.create(MigratorConfiguration.builder(MIGRATIONS).dataSource(db.dataSource())
                .requireLocation(false).sourceDirectory(sources).targetSchema(dialect -> expected).build());
    }

    @AllDatabasesTest
    void checkExitsWithOneAndListsThePendingOperations(TestDatabase db) {
        Migrator migrator = expecting(db, BOOK_WITH_TITLE);

        assertThat(run(migrator, "check")).isEqualTo(1);

        assertThat(out.toString()).contains("1 pending operation(s)").contains("  - create table book")
                .contains("revision --autogenerate");
    }

    @AllDatabasesTest
    void checkListsWarningsAndPossibleRenames(TestDatabase db) throws SQLException {
        execute(db, "CREATE TABLE book (id BIGINT NOT NULL PRIMARY KEY, title VARCHAR(200))");
        Schema renamed = SchemaBuilder.schema()
                .table("book", t -> t.column("id", bigint()).primaryKey().column("name", string(200)))
                .build();

        assertThat(run(expecting(db, renamed), "check")).isEqualTo(1);

        assertThat(out.toString().toLowerCase()).contains("  - add column book.name")
                .contains("  - drop column book.title");
        assertThat(out.toString()).as("the data-loss warning and the rename suspicion").containsPattern("(?m)^  ! ")
                .containsPattern("(?m)^  \\? .*book\\.title");
    }

    @AllDatabasesTest
    void checkExitsWithZeroWhenTheDatabaseMatches(TestDatabase db) throws SQLException {
        execute(db, "CREATE TABLE book (id BIGINT NOT NULL PRIMARY KEY, title VARCHAR(200))");

        assertThat(run(expecting(db, BOOK_WITH_TITLE), "check")).isZero();

        assertThat(out.toString().strip()).isEqualTo("No new upgrade operations detected.");
    }

    @AllDatabasesTest
    void revisionAutogenerateWritesTheMigrationThatCreatesWhatIsMissing(TestDatabase db) throws IOException {
        assertThat(run(expecting(db, BOOK_WITH_TITLE), "revision", "--autogenerate", "-m", "create book",
                "--rev-id", "0123456789ab")).isZero();

        assertThat(out.toString()).contains("Generated ").contains("(revision 0123456789ab)");
        List<Path> written = files();
        assertThat(written).singleElement().satisfies(file ->
                assertThat(Files.readString(file)).contains("op.createTable(\"book\"").contains("\"0123456789ab\""));
    }

    @AllDatabasesTest
    void revisionAutogenerateWithoutDifferencesWritesNothing(TestDatabase db) throws IOException {
        assertThat(run(expecting(db, SchemaBuilder.schema().build()), "revision", "--autogenerate", "-m", "nothing"))
                .isZero();

        assertThat(out.toString()).contains("No changes in schema detected");
        assertThat(files()).isEmpty();
    }

    @Test
    void withoutATargetSchemaCheckSaysWhatToConfigure() {
        Migrator migrator = Migrator.create(MigratorConfiguration.builder(MIGRATIONS).requireLocation(false).build());

        assertThat(run(migrator, "check")).isEqualTo(1);

        assertThat(err.toString()).startsWith("Error: 'compare' compares the database with the schema the application"
                + " expects, but no target schema is configured.").hasLineCount(1);
    }

    @Test
    void helpListsCheckAndTheAutogenerateOption() {
        Migrator migrator = Migrator.create(MigratorConfiguration.builder(MIGRATIONS).requireLocation(false).build());

        assertThat(run(migrator, "--help")).isZero();
        assertThat(out.toString()).contains("check");
        assertThat(run(migrator, "revision", "--help")).isZero();
        assertThat(out.toString()).contains("--autogenerate");
        assertThat(run(migrator, "check", "extra")).isEqualTo(2);
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> files = Files.walk(sources)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    private static void execute(TestDatabase db, String sql) throws SQLException {
        try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
