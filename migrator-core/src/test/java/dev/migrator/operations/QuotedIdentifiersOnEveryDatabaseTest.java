package dev.migrator.operations;

import static dev.migrator.operations.TableElements.column;
import static dev.migrator.operations.TableElements.index;
import static dev.migrator.schema.Types.bigint;
import static dev.migrator.schema.Types.integer;
import static dev.migrator.schema.Types.string;
import static org.assertj.core.api.Assertions.assertThat;

import dev.migrator.schema.ConstraintType;
import dev.migrator.testsupport.AllDatabasesTest;
import dev.migrator.testsupport.TestDatabase;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * Names with mixed case, spaces and reserved words work through every operation and keep their exact
 * spelling, on every database.
 */
class QuotedIdentifiersOnEveryDatabaseTest {

    @AllDatabasesTest
    void awkwardNamesSurviveEveryOperation(TestDatabase db) throws SQLException {
        try (LiveDatabase live = new LiveDatabase(db)) {
            Operations op = live.op;
            SchemaProbe probe = live.probe;
            op.createTable("user", column("id", bigint()).identity().primaryKey(), column("Name", string(50)));
            op.createTable("Order Items",
                    column("OrderId", bigint()).identity().primaryKey(),
                    column("user", bigint()).references("user", "id").foreignKeyName("FK Order User"),
                    column("order", string(20)).notNull(),
                    column("Quantity", integer()).serverDefault("1").comment("How many"),
                    index("Ix Order", "order"));

            assertThat(probe.tableExists("Order Items")).isTrue();
            assertThat(probe.columns("Order Items")).containsOnlyKeys("OrderId", "user", "order", "Quantity");
            assertThat(probe.column("Order Items", "Quantity").comment()).isEqualTo("How many");
            assertThat(probe.index("Order Items", "Ix Order")).isPresent();
            assertThat(probe.foreignKeys("Order Items")).singleElement()
                    .satisfies(fk -> assertThat(fk.name()).isEqualTo("FK Order User"));

            op.addColumn("Order Items", column("group", string(10)));
            op.alterColumn("Order Items", "order", alter -> alter.type(string(40)).existingType(string(20))
                    .existingNullable(false));
            op.renameColumn("Order Items", "Quantity", "Item Count");
            op.createUniqueConstraint("Uq Order", "Order Items", "order", "group");
            op.createCheckConstraint("select", "Order Items", "1 = 1");
            op.bulkInsert("user", List.of(Map.of("Name", "Ann")));
            op.bulkInsert("Order Items", List.of(Map.of("order", "first", "group", "a")));

            assertThat(probe.column("Order Items", "order").size()).isEqualTo(40);
            assertThat(probe.columns("Order Items")).containsKeys("Item Count", "group");
            assertThat(probe.uniqueConstraints("Order Items")).contains("Uq Order");
            assertThat(probe.checkConstraints("Order Items")).contains("select");

            op.dropConstraint("select", "Order Items", ConstraintType.CHECK);
            op.dropConstraint("Uq Order", "Order Items", ConstraintType.UNIQUE);
            op.dropIndex("Ix Order", "Order Items");
            op.renameTable("Order Items", "Order Lines");
            op.dropConstraint("FK Order User", "Order Lines", ConstraintType.FOREIGN_KEY);
            op.dropTable("Order Lines");
            op.dropTable("user");
            assertThat(probe.tableExists("Order Lines")).isFalse();
            assertThat(probe.tableExists("user")).isFalse();
        }
    }

    @AllDatabasesTest
    void lowerCaseNamesStayUsableFromHandWrittenSql(TestDatabase db) throws SQLException {
        try (LiveDatabase live = new LiveDatabase(db)) {
            live.op.createTable("shelf", column("label", string(10)));
            // Table names keep their case on MariaDB under Linux (lower_case_table_names=0); column names do not.
            live.op.execute("INSERT INTO shelf (LABEL) VALUES ('A1')");
            live.op.execute("UPDATE shelf SET label = 'B2'");
            assertThat(live.query("select Label from shelf")).containsExactly("B2");
        }
    }

    @AllDatabasesTest
    void sequenceAndSchemaNamesAreQuotedToo(TestDatabase db) throws SQLException {
        try (LiveDatabase live = new LiveDatabase(db)) {
            String schema = "Mixed Schema " + Long.toHexString(System.nanoTime());
            live.op.createSchema(schema);
            try {
                live.op.inSchema(schema).createTable("Book", column("id", integer()));
                live.op.inSchema(schema).renameTable("Book", "Tome");
                live.op.inSchema(schema).dropTable("Tome");
            } finally {
                live.op.dropSchema(schema);
            }
            live.op.createSequence("Order Seq");
            assertThat(live.probe.sequenceExists("Order Seq")).isTrue();
            live.op.dropSequence("Order Seq");
        }
    }
}
