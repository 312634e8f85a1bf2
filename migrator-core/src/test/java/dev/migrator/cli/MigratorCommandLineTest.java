package dev.migrator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrator.command.Migrator;
import dev.migrator.command.MigratorConfiguration;
import dev.migrator.dialect.Dialects;
import dev.migrator.testsupport.AllDatabasesTest;
import dev.migrator.testsupport.TestDatabase;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each command's output and exit code, as a user at a terminal sees them. */
class MigratorCommandLineTest {

    private static final String SHOP = "dev.migrator.command.fixtures.shop";

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(Migrator migrator, String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return new MigratorCommandLine(Map.of(MigratorCommandLine.DEFAULT_INSTANCE, migrator)::get,
                new PrintWriter(out), new PrintWriter(err)).execute(args);
    }

    private static Migrator shop(TestDatabase db) {
        return Migrator.create(MigratorConfiguration.builder(SHOP).dataSource(db.dataSource()).build());
    }

    @AllDatabasesTest
    void upgradeCurrentDowngradeAndStampReportWhatTheyDid(TestDatabase db) {
        Migrator migrator = shop(db);

        assertThat(run(migrator, "current")).isZero();
        assertThat(out.toString()).contains("<base>");

        assertThat(run(migrator, "upgrade", "head")).isZero();
        assertThat(out.toString()).contains("Running upgrade <base> -> 0a1b2c3d4e5f, create customer")
                .contains("Database upgraded to 2c3d4e5f6a7b");

        assertThat(run(migrator, "upgrade")).isZero();
        assertThat(out.toString()).contains("nothing to upgrade");

        assertThat(run(migrator, "current")).isZero();
        assertThat(out.toString().strip()).isEqualTo("2c3d4e5f6a7b (head)");

        assertThat(run(migrator, "downgrade", "-1")).isZero();
        assertThat(out.toString()).contains("Running downgrade 2c3d4e5f6a7b -> 1b2c3d4e5f6a")
                .contains("Database downgraded to 1b2c3d4e5f6a");

        assertThat(run(migrator, "history", "-i")).isZero();
        assertThat(out.toString()).contains("0a1b2c3d4e5f -> 1b2c3d4e5f6a (current), create purchase");

        assertThat(run(migrator, "stamp", "head")).isZero();
        assertThat(out.toString()).contains("Stamped the database with 2c3d4e5f6a7b");
    }

    @AllDatabasesTest
    void errorsExitWithOneAndAOneLineReason(TestDatabase db) {
        Migrator migrator = shop(db);

        assertThat(run(migrator, "upgrade", "ffff0000")).isEqualTo(1);
        assertThat(err.toString()).startsWith("Error: No such revision or branch 'ffff0000'").hasLineCount(1);

        assertThat(run(migrator, "downgrade", "+1")).isEqualTo(1);
        assertThat(err.toString()).contains("cannot be a downgrade target");
    }

    @Test
    void usageErrorsExitWithTwoAndShowTheUsage() {
        Migrator migrator = Migrator.create(MigratorConfiguration.builder(SHOP).build());

        assertThat(run(migrator, "downgrade")).isEqualTo(2);
        assertThat(err.toString()).contains("Missing required parameter").contains("Usage: migrator downgrade");

        assertThat(run(migrator, "nonsense")).isEqualTo(2);
        assertThat(run(migrator, "--help")).isZero();
        assertThat(out.toString()).contains("upgrade").contains("downgrade").contains("history").contains("merge");
    }

    @Test
    void offlineSqlIsPrintedForUpgradeDowngradeAndStamp() {
        Migrator migrator = Migrator.create(MigratorConfiguration.builder(SHOP).dialect(Dialects.forName("postgresql"))
                .build());

        assertThat(run(migrator, "upgrade", "--sql", "head")).isZero();
        assertThat(out.toString()).contains("CREATE TABLE customer").contains("BEGIN;").contains("COMMIT;");

        assertThat(run(migrator, "downgrade", "--sql", "head:0a1b2c3d4e5f")).isZero();
        assertThat(out.toString()).contains("DROP TABLE purchase").contains("DELETE FROM customer WHERE id IN (1, 2)");

        assertThat(run(migrator, "stamp", "--sql", "head")).isZero();
        assertThat(out.toString()).contains("INSERT INTO migrator_version (version_num) VALUES ('2c3d4e5f6a7b')");
    }

    @Test
    void graphQueriesPrintHeadsBranchesShowHistoryAndPictures() {
        Migrator migrator = Migrator.create(MigratorConfiguration.builder(SHOP).build());

        assertThat(run(migrator, "heads")).isZero();
        assertThat(out.toString()).contains("2c3d4e5f6a7b (head)");
        assertThat(run(migrator, "branches")).isZero();
        assertThat(run(migrator, "show", "1b2c")).isZero();
        assertThat(out.toString()).contains("Rev: 1b2c3d4e5f6a").contains("create purchase");
        assertThat(run(migrator, "history", "-r", "0a1b2c3d4e5f:1b2c3d4e5f6a")).isZero();
        assertThat(out.toString().lines()).hasSize(2);
        assertThat(run(migrator, "history", "--graph")).isZero();
        assertThat(out.toString()).startsWith("* ");
        assertThat(run(migrator, "graph", "--format", "dot")).isZero();
        assertThat(out.toString()).startsWith("digraph");
        assertThat(run(migrator, "graph", "--format", "mermaid")).isZero();
        assertThat(out.toString()).contains("flowchart");
    }

    @Test
    void revisionAndMergeWriteJavaMigrations(@TempDir Path sources) throws Exception {
        Migrator migrator = Migrator.create(MigratorConfiguration.builder(SHOP).sourceDirectory(sources).build());

        assertThat(run(migrator, "revision", "-m", "add points", "--rev-id", "4e5f6a7b8c9d")).isZero();

        Path written = sources.resolve("dev/migrator/command/fixtures/shop/V4e5f6a7b8c9d_AddPoints.java");
        assertThat(out.toString()).contains("Generated " + written).contains("revision 4e5f6a7b8c9d");
        assertThat(Files.readString(written)).contains("down = \"2c3d4e5f6a7b\"");

        assertThat(run(migrator, "merge", "-m", "join", "heads")).isEqualTo(1);
        assertThat(err.toString()).startsWith("Error: ");
    }

    @Test
    void anUnknownInstanceIsNamed() {
        Migrator migrator = Migrator.create(MigratorConfiguration.builder(SHOP).build());
        assertThat(run(migrator, "heads", "--instance", "reporting")).isEqualTo(1);
        assertThat(err.toString()).contains("No migrator instance named 'reporting'");
    }
}
