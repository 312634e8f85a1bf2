package dev.migrator.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrator.dialect.Dialects;
import dev.migrator.runtime.MigratorRuntimeException;
import dev.migrator.script.ScriptLocationNotFoundException;
import dev.migrator.testsupport.AllDatabasesTest;
import dev.migrator.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;

class MigratorTest {

    private static final String SHOP = "dev.migrator.command.fixtures.shop";

    @AllDatabasesTest
    void javaAndSqlMigrationsFromOnePackageRunInGraphOrder(TestDatabase db) {
        Migrator migrator = Migrator.create(MigratorConfiguration.builder(SHOP).dataSource(db.dataSource()).build());

        assertThat(migrator.heads()).containsExactly("2c3d4e5f6a7b");
        assertThat(migrator.pending("head").revisionIds()).containsExactly("0a1b2c3d4e5f", "1b2c3d4e5f6a", "2c3d4e5f6a7b");

        migrator.upgrade("head");

        assertThat(migrator.current()).containsExactly("2c3d4e5f6a7b");
        assertThat(rows(db, "SELECT COUNT(*) FROM customer")).isEqualTo(2);
        assertThat(migrator.pending("head").isEmpty()).isTrue();
        assertThat(migrator.dialect().name()).isEqualTo(switch (db.kind()) {
            case H2 -> "h2";
            case POSTGRESQL -> "postgresql";
            case MARIADB -> "mariadb";
        });
        migrator.downgrade("base");
        assertThat(migrator.current()).isEmpty();
    }

    private static int rows(TestDatabase db, String sql) {
        try (java.sql.Connection connection = db.connect(); java.sql.Statement statement = connection.createStatement();
                java.sql.ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getInt(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void offlineSqlNeedsNoDatabaseWhenTheDialectIsNamed() {
        Migrator migrator = Migrator.create(MigratorConfiguration.builder(SHOP).dialect(Dialects.forName("postgresql"))
                .build());

        String sql = migrator.upgradeSql("head");

        assertThat(sql).contains("CREATE TABLE customer").contains("'semi;colon@example.com'")
                .contains("INSERT INTO migrator_version (version_num) VALUES ('0a1b2c3d4e5f')");
    }

    @Test
    void commandsThatNeedADatabaseSaySoWhenThereIsNone() {
        Migrator migrator = Migrator.create(MigratorConfiguration.builder(SHOP).build());
        assertThatThrownBy(() -> migrator.upgrade("head")).isInstanceOf(MigratorRuntimeException.class)
                .hasMessageContaining("needs a database connection");
        assertThatThrownBy(() -> migrator.upgradeSql("head")).isInstanceOf(MigratorRuntimeException.class)
                .hasMessageContaining("set the dialect");
    }

    @Test
    void revisionWritesANewMigrationAfterTheHeadIntoTheSourceDirectory(@org.junit.jupiter.api.io.TempDir java.nio.file.Path sources)
            throws Exception {
        Migrator migrator = Migrator.create(MigratorConfiguration.builder(SHOP).sourceDirectory(sources).build());

        WrittenRevision written = migrator.revision("add loyalty points", RevisionOptions.defaults().withRevisionId("3d4e5f6a7b8c"));

        assertThat(written.path()).isEqualTo(sources.resolve("dev/migrator/command/fixtures/shop/V3d4e5f6a7b8c_AddLoyaltyPoints.java"));
        assertThat(java.nio.file.Files.readString(written.path())).contains("down = \"2c3d4e5f6a7b\"")
                .contains("message = \"add loyalty points\"");
        assertThatThrownBy(() -> migrator.merge("merge", java.util.List.of("heads"), null))
                .isInstanceOf(CommandException.class);
        assertThat(migrator.historyText(HistoryOptions.all())).contains("1b2c3d4e5f6a -> 2c3d4e5f6a7b (head), seed the first customer");
    }

    @Test
    void aMissingMigrationPackageIsAnErrorUnlessAllowed() {
        assertThatThrownBy(() -> Migrator.create(MigratorConfiguration.builder("com.example.nothing.here").build()))
                .isInstanceOf(ScriptLocationNotFoundException.class).hasMessageContaining("com.example.nothing.here");
        Migrator lenient = Migrator.create(MigratorConfiguration.builder("com.example.nothing.here")
                .requireLocation(false).build());
        assertThat(lenient.heads()).isEmpty();
    }
}
