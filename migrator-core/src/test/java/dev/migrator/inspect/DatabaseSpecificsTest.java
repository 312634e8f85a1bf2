package dev.migrator.inspect;

import static dev.migrator.operations.TableElements.column;
import static dev.migrator.operations.TableElements.foreignKey;
import static dev.migrator.schema.Types.bigint;
import static dev.migrator.schema.Types.integer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrator.dialect.Dialects;
import dev.migrator.schema.Column;
import dev.migrator.schema.ForeignKey;
import dev.migrator.schema.Index;
import dev.migrator.schema.IndexKey;
import dev.migrator.schema.QualifiedName;
import dev.migrator.schema.ReferentialAction;
import dev.migrator.schema.Table;
import dev.migrator.testsupport.AllDatabasesTest;
import dev.migrator.testsupport.DatabaseKind;
import dev.migrator.testsupport.TestDatabase;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What each database adds on its own: serial sequences, foreign key indexes, case folding. */
class DatabaseSpecificsTest {

    @AllDatabasesTest
    void aSerialColumnIsAnIdentityWithoutDefaultAndItsSequenceIsNotReported(TestDatabase db) throws SQLException {
        try (LiveSchema live = new LiveSchema(db)) {
            live.op.execute(switch (db.kind()) {
                case POSTGRESQL -> "CREATE TABLE counter (id serial PRIMARY KEY, n integer)";
                case H2 -> "CREATE TABLE counter (id integer AUTO_INCREMENT PRIMARY KEY, n integer)";
                case MARIADB -> "CREATE TABLE counter (id integer AUTO_INCREMENT PRIMARY KEY, n integer)";
            });

            Table counter = live.inspect().tables().get(0);

            assertThat(counter.columns().get(0)).isEqualTo(new Column(live.stored("id"), integer(), false, null,
                    true, null));
            assertThat(live.inspect().sequences()).isEmpty();
        }
    }

    @AllDatabasesTest
    void indexesCreatedForForeignKeysAreNotReportedButTheUsersOwnAre(TestDatabase db) throws SQLException {
        try (LiveSchema live = new LiveSchema(db)) {
            live.op.createTable("parent", column("id", bigint()).primaryKey());
            live.op.createTable("child", column("id", bigint()).primaryKey(),
                    column("parent_id", bigint()).references("parent", "id"),
                    column("other_id", bigint()), column("third_id", bigint()),
                    foreignKey("other_id").references("parent", "id").named("fk_child_other")
                            .onDelete(ReferentialAction.RESTRICT));
            live.op.createIndex("ix_child_third", "child", "third_id");
            live.op.createForeignKey("fk_child_third", "child", foreignKey("third_id").references("parent", "id"));

            Table child = live.inspect().tables().stream()
                    .filter(t -> t.name().name().equals(live.stored("child"))).findFirst().orElseThrow();

            assertThat(child.indexes())
                    .containsExactly(Index.on(live.stored("ix_child_third"), live.stored("third_id")));
            assertThat(child.constraints()).filteredOn(c -> c instanceof ForeignKey).hasSize(3);
        }
    }

    @AllDatabasesTest
    void foreignKeysNameTheirColumnsInKeyOrderAlsoForATableInAnotherSchema(TestDatabase db) throws SQLException {
        String other = db.schemaName().toLowerCase(java.util.Locale.ROOT) + "_ref";
        String createOther = db.kind() == DatabaseKind.MARIADB ? "CREATE DATABASE " : "CREATE SCHEMA ";
        String dropOther = db.kind() == DatabaseKind.MARIADB ? "DROP DATABASE " + other
                : "DROP SCHEMA " + other + " CASCADE";
        try (LiveSchema live = new LiveSchema(db)) {
            live.op.execute(createOther + other);
            try {
                live.op.execute("CREATE TABLE " + other + ".region (id integer PRIMARY KEY, code integer NOT NULL"
                        + " UNIQUE)");
                live.op.execute("CREATE TABLE parent (x integer NOT NULL, y integer NOT NULL, "
                        + "CONSTRAINT uq_parent_y_x UNIQUE (y, x))");
                live.op.execute("CREATE TABLE shop (id integer PRIMARY KEY, a integer, b integer, region_code integer,"
                        + " CONSTRAINT fk_shop_parent FOREIGN KEY (b, a) REFERENCES parent (y, x),"
                        + " CONSTRAINT fk_shop_region FOREIGN KEY (region_code) REFERENCES " + other + ".region (code))");

                Table shop = live.inspect().tables().stream()
                        .filter(t -> t.name().name().equals(live.stored("shop"))).findFirst().orElseThrow();

                assertThat(shop.constraints()).filteredOn(c -> c instanceof ForeignKey).containsExactlyInAnyOrder(
                        new ForeignKey(live.stored("fk_shop_parent"), List.of(live.stored("b"), live.stored("a")),
                                new QualifiedName(null, live.stored("parent")),
                                List.of(live.stored("y"), live.stored("x")), null, null),
                        new ForeignKey(live.stored("fk_shop_region"), List.of(live.stored("region_code")),
                                new QualifiedName(live.stored(other), live.stored("region")),
                                List.of(live.stored("code")), null, null));
            } finally {
                live.op.execute("DROP TABLE IF EXISTS shop");
                live.op.execute(dropOther);
            }
        }
    }

    @AllDatabasesTest
    void indexKeysAreNamedInKeyOrder(TestDatabase db) throws SQLException {
        try (LiveSchema live = new LiveSchema(db)) {
            live.op.execute("CREATE TABLE item (id integer PRIMARY KEY, name varchar(50), code integer, note "
                    + "varchar(50))");
            live.op.execute("CREATE INDEX ix_item_code_name ON item (code, name)");
            if (db.kind() == DatabaseKind.POSTGRESQL) {
                // An expression between columns, and an included column that is no key.
                live.op.execute("CREATE INDEX ix_item_mixed ON item (code, lower(name), id) INCLUDE (note)");
            }

            Table item = live.inspect().tables().get(0);

            List<Index> expected = new ArrayList<>(List.of(new Index(live.stored("ix_item_code_name"),
                    List.of(IndexKey.column(live.stored("code")), IndexKey.column(live.stored("name"))), false, null)));
            if (db.kind() == DatabaseKind.POSTGRESQL) {
                expected.add(new Index("ix_item_mixed", List.of(IndexKey.column("code"),
                        IndexKey.expression("lower(name::text)"), IndexKey.column("id")), false, null));
            }
            assertThat(item.indexes()).containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    @Test
    void eachInspectorSaysHowItsDatabaseFoldsUnquotedNames() {
        assertThat(SchemaInspector.forDialect(Dialects.forName("h2")).unquotedIdentifierCase())
                .isEqualTo(IdentifierCase.UPPER);
        assertThat(SchemaInspector.forDialect(Dialects.forName("postgresql")).unquotedIdentifierCase())
                .isEqualTo(IdentifierCase.LOWER);
        assertThat(SchemaInspector.forDialect(Dialects.forName("mariadb")).unquotedIdentifierCase())
                .isEqualTo(IdentifierCase.AS_WRITTEN);
        assertThat(IdentifierCase.UPPER.fold("book")).isEqualTo("BOOK");
    }

    @Test
    void aDatabaseWithoutInspectorIsAnErrorThatSaysHowToAddOne() {
        assertThatThrownBy(() -> SchemaInspector.forDialect(Dialects.forName("mysql")))
                .isInstanceOf(SchemaInspectionException.class)
                .hasMessageContaining("No schema inspector reads MySQL")
                .hasMessageContaining("META-INF/services/dev.migrator.inspect.SchemaInspector");
    }

}
