package dev.migrator.runtime;

import static dev.migrator.operations.TableElements.column;
import static dev.migrator.schema.Types.bigint;
import static dev.migrator.schema.Types.integer;
import static dev.migrator.schema.Types.string;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrator.revision.RevisionException;
import dev.migrator.testsupport.AllDatabasesTest;
import dev.migrator.testsupport.DatabaseKind;
import dev.migrator.testsupport.TestDatabase;
import dev.migrator.testsupport.TestDatabases;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OfflineScriptTest {

    @AllDatabasesTest
    void anOfflineUpgradeScriptGivesTheSameSchemaAndVersionAsTheOnlineUpgrade(TestDatabase online) throws Exception {
        TestMigrations migrations = MigrationExecutorTest.library();
        migrations.executor(online).upgrade("head");

        String script = writer(migrations, online).upgrade("head");
        try (TestDatabase offline = TestDatabases.fresh(online.kind())) {
            run(offline, script);

            assertThat(SchemaSnapshot.of(offline)).isEqualTo(SchemaSnapshot.of(online));
            assertThat(SchemaSnapshot.versionRows(offline)).isEqualTo(SchemaSnapshot.versionRows(online));
            assertThat(migrations.executor(offline).history()).extracting(HistoryEntry::revision)
                    .containsExactly("a1000000", "b2000000", "c3000000");
        }
    }

    @AllDatabasesTest
    void rangesContinueFromARevisionAndDowngradeScriptsUndoThem(TestDatabase db) throws Exception {
        TestMigrations migrations = MigrationExecutorTest.library();
        migrations.executor(db).upgrade("a1000000");
        OfflineScriptWriter writer = writer(migrations, db);

        String upgrade = writer.upgrade("a1000000:head");
        assertThat(upgrade).doesNotContain("CREATE TABLE migrator_version");
        run(db, upgrade);
        assertThat(SchemaSnapshot.versionRows(db)).containsExactly("c3000000");

        run(db, writer.downgrade("head:a1000000"));
        assertThat(SchemaSnapshot.versionRows(db)).containsExactly("a1000000");
        assertThat(SchemaSnapshot.userTables(db)).extracting(String::toLowerCase).containsExactly("author");
    }

    @AllDatabasesTest
    void anOfflineScriptKeepsAnAlteredIdentityColumnGeneratingIds(TestDatabase db) throws Exception {
        TestMigrations migrations = new TestMigrations()
                .revision("a1000000", List.of(),
                        op -> op.createTable("ticket", column("id", integer()).identity().primaryKey(),
                                column("label", string(20))),
                        op -> op.dropTable("ticket"))
                .revision("b2000000", List.of("a1000000"),
                        op -> op.alterColumn("ticket", "id", alter -> alter.type(bigint())
                                .existingType(integer()).existingNullable(false).existingIdentity(true)),
                        op -> op.alterColumn("ticket", "id", alter -> alter.type(integer())
                                .existingType(bigint()).existingNullable(false).existingIdentity(true)));

        String script = writer(migrations, db).upgrade("head");
        if (db.kind() == DatabaseKind.MARIADB) {
            assertThat(script).contains("ALTER TABLE ticket MODIFY COLUMN id BIGINT AUTO_INCREMENT NOT NULL;");
        }
        run(db, script);

        try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO ticket (label) VALUES ('first')");
            statement.execute("INSERT INTO ticket (label) VALUES ('second')");
            List<Long> ids = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("SELECT id FROM ticket ORDER BY id")) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
            assertThat(ids).as("ids generated after the offline upgrade").containsExactly(1L, 2L);
        }
    }

    @Test
    void transactionStatementsWrapEachMigrationOnlyWhereDdlIsTransactional() {
        TestMigrations migrations = MigrationExecutorTest.library();
        String postgres = new OfflineScriptWriter(dev.migrator.dialect.Dialects.forName("postgresql"),
                migrations.graph(), migrations.scripts(), RuntimeSettings.defaults()).upgrade("head");
        String mariadb = new OfflineScriptWriter(dev.migrator.dialect.Dialects.forName("mariadb"),
                migrations.graph(), migrations.scripts(), RuntimeSettings.defaults()).upgrade("head");

        assertThat(postgres.split("\nBEGIN;", -1)).hasSize(4);
        assertThat(postgres.split("\nCOMMIT;", -1)).hasSize(4);
        assertThat(mariadb).doesNotContain("BEGIN;").doesNotContain("COMMIT;");
        assertThat(postgres).contains("-- Running upgrade a1000000 -> b2000000: revision b2000000");
    }

    @Test
    void anOfflineDowngradeNeedsToBeToldWhereToStart() {
        TestMigrations migrations = MigrationExecutorTest.library();
        OfflineScriptWriter writer = new OfflineScriptWriter(dev.migrator.dialect.Dialects.forName("h2"),
                migrations.graph(), migrations.scripts(), RuntimeSettings.defaults());
        assertThatThrownBy(() -> writer.downgrade("base")).isInstanceOf(RevisionException.class)
                .hasMessageContaining("from:to");
    }

    private static OfflineScriptWriter writer(TestMigrations migrations, TestDatabase db) {
        return new OfflineScriptWriter(TestMigrations.dialectOf(db), migrations.graph(), migrations.scripts(),
                RuntimeSettings.defaults());
    }

    /** Runs a script the way a DBA would: statement by statement, each ending in ';' at the end of a line. */
    static void run(TestDatabase db, String script) throws SQLException {
        try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
            for (String chunk : script.split(";\\R")) {
                String sql = chunk.lines().filter(line -> !line.startsWith("--")).reduce("", (a, b) -> a + "\n" + b).strip();
                if (!sql.isEmpty()) {
                    statement.execute(sql);
                }
            }
        }
    }
}
