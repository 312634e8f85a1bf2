package dev.migrator.autogenerate;

import dev.migrator.Migration;
import dev.migrator.command.RevisionCompiler;
import dev.migrator.command.WrittenRevision;
import dev.migrator.operations.AlterColumn;
import dev.migrator.schema.Column;
import dev.migrator.schema.ColumnType;
import dev.migrator.schema.PrimaryKey;
import dev.migrator.schema.QualifiedName;
import dev.migrator.schema.Schema;
import dev.migrator.schema.Table;
import dev.migrator.testsupport.AllDatabasesTest;
import dev.migrator.testsupport.TestDatabase;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static dev.migrator.schema.Types.bigint;
import static dev.migrator.schema.Types.integer;
import static dev.migrator.schema.Types.string;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A generated alteration of an identity column states the identity, so that the migration keeps it, up and down, on
 * every database (MariaDB restates the whole column and would drop AUTO_INCREMENT otherwise).
 */
class IdentityAlterationAutogenerateTest {

    private static Schema ticketWithId(ColumnType idType) {
        return new Schema(List.of(new Table(QualifiedName.of("ticket"),
                List.of(new Column("id", idType, false, null, true, null), Column.of("label", string(20))),
                List.of(new PrimaryKey("pk_ticket", List.of("id"))), List.of(), null)), List.of());
    }

    @AllDatabasesTest
    void wideningAnIdentityColumnGeneratesAMigrationThatKeepsTheIdentityBothWays(TestDatabase db, @TempDir Path dir)
            throws IOException, SQLException {
        try (ComparedDatabase live = new ComparedDatabase(db, CompareOptions.defaults())) {
            live.apply(live.compare(ticketWithId(integer())).operations());
            insertWithoutId(live, "before");

            SchemaDiff diff = live.compare(ticketWithId(bigint()));
            assertThat(diff.operations()).singleElement().isInstanceOfSatisfying(AlterColumn.class, alter -> {
                assertThat(alter.type()).isEqualTo(bigint());
                assertThat(alter.existingIdentity()).isTrue();
            });
            WrittenRevision written = GeneratedMigrations.write(diff, dir.resolve("src"), "5e1f0c0a0b0d", "Widen ids");
            assertThat(Files.readString(written.path()).split("\\.existingIdentity\\(true\\)", -1))
                    .as("stated in the upgrade and the downgrade").hasSize(3);
            Migration migration = new RevisionCompiler(dir.resolve("classes")).compileAndCreate(written);

            migration.upgrade(live.op);
            insertWithoutId(live, "upgraded");
            assertThat(liveId(live).type()).isEqualTo(bigint());
            assertThat(liveId(live).identity()).as("identity after the upgrade").isTrue();

            migration.downgrade(live.op);
            insertWithoutId(live, "downgraded");
            assertThat(liveId(live).type()).isEqualTo(integer());
            assertThat(liveId(live).identity()).as("identity after the downgrade").isTrue();

            assertThat(ids(live)).containsExactly(1L, 2L, 3L);
        }
    }

    private static Column liveId(ComparedDatabase live) {
        Table ticket = live.inspect().tables().stream().filter(t -> t.name().name().equalsIgnoreCase("ticket"))
                .findFirst().orElseThrow();
        return ticket.columns().stream().filter(c -> c.name().equalsIgnoreCase("id")).findFirst().orElseThrow();
    }

    private static void insertWithoutId(ComparedDatabase live, String label) {
        live.op.execute("INSERT INTO ticket (label) VALUES ('" + label + "')");
    }

    private static List<Long> ids(ComparedDatabase live) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Statement statement = live.connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT id FROM ticket ORDER BY id")) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
        }
        return ids;
    }
}
