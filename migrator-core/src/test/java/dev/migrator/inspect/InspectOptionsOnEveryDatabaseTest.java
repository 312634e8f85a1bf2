package dev.migrator.inspect;

import static dev.migrator.operations.TableElements.column;
import static dev.migrator.schema.Types.bigint;
import static dev.migrator.schema.Types.integer;
import static dev.migrator.schema.Types.string;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrator.schema.QualifiedName;
import dev.migrator.schema.Schema;
import dev.migrator.testsupport.AllDatabasesTest;
import dev.migrator.testsupport.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;

/** Which schema is read, which tables are left out, and that reading costs the same however many tables there are. */
class InspectOptionsOnEveryDatabaseTest {

    @AllDatabasesTest
    void anEmptySchemaReadsAsAnEmptySchema(TestDatabase db) throws SQLException {
        try (LiveSchema live = new LiveSchema(db)) {
            assertThat(live.inspect()).isEqualTo(Schema.empty());
        }
    }

    @AllDatabasesTest
    void migratorsOwnTablesAndExcludedTablesAreLeftOut(TestDatabase db) throws SQLException {
        try (LiveSchema live = new LiveSchema(db)) {
            live.op.createTable("migrator_version", column("version_num", string(32)).notNull());
            live.op.createTable("migrator_history", column("id", bigint()).identity().primaryKey());
            live.op.createTable("migrator_version_lock", column("id", integer()).primaryKey());
            live.op.createTable("scratch", column("id", integer()));
            live.op.createTable("tmp_import", column("id", integer()));
            live.op.createTable("book", column("id", integer()));
            live.op.createSequence("tmp_numbers");

            Schema read = live.inspect(InspectOptions.defaults().excludeTables("scratch")
                    .exclude(name -> name.toLowerCase().startsWith("tmp_")));

            assertThat(read.tables()).extracting(t -> t.name().name()).containsExactly(live.stored("book"));
            assertThat(read.sequences()).isEmpty();
            assertThat(live.inspect(InspectOptions.defaults().includeMigratorTables()
                    .includeOnly(name -> name.toLowerCase().startsWith("migrator_")).exclude(name -> false)).tables())
                    .extracting(t -> t.name().name())
                    .containsExactlyInAnyOrder(live.stored("migrator_version"), live.stored("migrator_history"),
                            live.stored("migrator_version_lock"));
        }
    }

    @AllDatabasesTest
    void aNamedSchemaIsReadWithQualifiedNames(TestDatabase db) throws SQLException {
        try (LiveSchema live = new LiveSchema(db)) {
            String other = "insp_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
            live.op.createSchema(other);
            try {
                live.op.inSchema(other).createTable("ledger", column("id", integer()).primaryKey());
                live.op.createTable("book", column("id", integer()));

                Schema read = live.inspect(InspectOptions.defaults().schema(live.stored(other)));

                assertThat(read.tables()).extracting(t -> t.name())
                        .containsExactly(new QualifiedName(live.stored(other), live.stored("ledger")));
            } finally {
                live.op.inSchema(other).dropTable("ledger");
                live.op.dropSchema(other);
            }
        }
    }

    @AllDatabasesTest
    void aMissingSchemaIsAnErrorNotAnEmptySchema(TestDatabase db) throws SQLException {
        try (LiveSchema live = new LiveSchema(db)) {
            assertThatThrownBy(() -> live.inspect(InspectOptions.defaults().schema("no_such_schema")))
                    .isInstanceOf(SchemaInspectionException.class)
                    .hasMessageStartingWith("The schema 'no_such_schema' does not exist in this ");
        }
    }

    @AllDatabasesTest
    void theNumberOfStatementsDoesNotGrowWithTheNumberOfTables(TestDatabase db) throws SQLException {
        try (LiveSchema live = new LiveSchema(db)) {
            createLinkedTables(live, 0, 3);
            int forThree = statementsToInspect(live);
            createLinkedTables(live, 3, 30);
            int forThirty = statementsToInspect(live);

            assertThat(live.inspect().tables()).hasSize(30);
            assertThat(forThirty).isEqualTo(forThree).isLessThanOrEqualTo(10);
        }
    }

    /** Tables with every kind of part, so that no per-table query can hide behind an empty result. */
    private static void createLinkedTables(LiveSchema live, int from, int to) {
        for (int i = from; i < to; i++) {
            live.op.createTable("t" + i,
                    column("id", bigint()).identity().primaryKey().comment("key of " + i),
                    column("code", string(10)).notNull().unique(),
                    column("parent_id", bigint()).references("t0", "id"));
            live.op.createIndex("ix_t" + i + "_parent", "t" + i, "parent_id", "code");
            live.op.createCheckConstraint("ck_t" + i, "t" + i, "code <> ''");
        }
    }

    private static int statementsToInspect(LiveSchema live) {
        StatementCounter counter = new StatementCounter();
        Connection counted = counter.wrap(live.connection);
        live.inspector.inspect(counted);
        return counter.count();
    }
}
