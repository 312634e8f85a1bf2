package dev.migrator.operations;

import static dev.migrator.operations.TableElements.column;
import static dev.migrator.schema.Types.bigint;
import static dev.migrator.schema.Types.integer;
import static dev.migrator.schema.Types.string;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrator.dialect.ExistingDefinitionRequiredException;
import dev.migrator.testsupport.AllDatabasesTest;
import dev.migrator.testsupport.DatabaseKind;
import dev.migrator.testsupport.TestDatabase;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Consumer;

/**
 * Altering an identity column leaves it an identity on every database: rows inserted without an id still get
 * one. MariaDB restates the whole column, so there the {@code existingIdentity} hint is what keeps AUTO_INCREMENT.
 */
class IdentityAlterationOnEveryDatabaseTest {

    private static void createTicket(LiveDatabase live) {
        live.op.createTable("ticket",
                column("id", integer()).identity().primaryKey(),
                column("label", string(20)));
    }

    private static void insertWithoutId(LiveDatabase live, String label) {
        live.op.execute("INSERT INTO ticket (label) VALUES ('" + label + "')");
    }

    private static List<Long> ids(LiveDatabase live) throws SQLException {
        return live.query("SELECT id FROM ticket ORDER BY id").stream().map(id -> ((Number) id).longValue()).toList();
    }

    private static AlterColumn alteration(Consumer<ColumnAlteration> changes) {
        RecordingOperationSink recorded = new RecordingOperationSink();
        Operations.writingTo(recorded).alterColumn("ticket", "id", changes);
        return (AlterColumn) recorded.operations().get(0);
    }

    @AllDatabasesTest
    void anIdentityColumnWidenedNarrowedBackAndCommentedStillGeneratesIds(TestDatabase db) throws SQLException {
        try (LiveDatabase live = new LiveDatabase(db)) {
            createTicket(live);
            insertWithoutId(live, "first");
            int integerSize = live.probe.column("ticket", "id").size();

            AlterColumn widen = alteration(alter -> alter.type(bigint())
                    .existingType(integer()).existingNullable(false).existingIdentity(true));
            live.op.apply(widen);
            insertWithoutId(live, "second");
            assertThat(live.probe.column("ticket", "id").size()).as("widened").isGreaterThan(integerSize);
            assertThat(live.probe.column("ticket", "id").autoIncrement()).as("identity after widening").isTrue();

            live.op.apply(widen.reverse());
            insertWithoutId(live, "third");
            assertThat(live.probe.column("ticket", "id").size()).as("narrowed back").isEqualTo(integerSize);
            assertThat(live.probe.column("ticket", "id").autoIncrement()).as("identity after the reverse").isTrue();

            live.op.apply(alteration(alter -> alter.comment("Ticket number")
                    .existingType(integer()).existingNullable(false).existingIdentity(true)));
            insertWithoutId(live, "fourth");
            assertThat(live.probe.column("ticket", "id").comment()).isEqualTo("Ticket number");
            assertThat(live.probe.column("ticket", "id").autoIncrement()).as("identity after the comment").isTrue();

            assertThat(ids(live)).containsExactly(1L, 2L, 3L, 4L);
        }
    }

    @AllDatabasesTest
    void withoutTheHintMariaDbRefusesBeforeChangingAnythingAndTheOthersNeedNone(TestDatabase db)
            throws SQLException {
        try (LiveDatabase live = new LiveDatabase(db)) {
            createTicket(live);
            int integerSize = live.probe.column("ticket", "id").size();
            AlterColumn widenWithoutHint = alteration(alter -> alter.type(bigint())
                    .existingType(integer()).existingNullable(false));

            if (db.kind() == DatabaseKind.MARIADB) {
                assertThatThrownBy(() -> live.op.apply(widenWithoutHint))
                        .isInstanceOf(ExistingDefinitionRequiredException.class)
                        .hasMessageContaining("column ticket.id").hasMessageContaining(".existingIdentity(true)");
                assertThat(live.probe.column("ticket", "id").size()).as("not altered").isEqualTo(integerSize);
            } else {
                live.op.apply(widenWithoutHint);
                assertThat(live.probe.column("ticket", "id").size()).as("widened").isGreaterThan(integerSize);
            }
            insertWithoutId(live, "first");
            assertThat(live.probe.column("ticket", "id").autoIncrement()).isTrue();
            assertThat(ids(live)).containsExactly(1L);
        }
    }
}
