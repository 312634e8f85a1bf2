package dev.migrator.inspect;

import static dev.migrator.operations.TableElements.column;
import static dev.migrator.operations.TableElements.foreignKey;
import static dev.migrator.schema.Types.bigint;
import static dev.migrator.schema.Types.integer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrator.dialect.Dialects;
import dev.migrator.schema.Column;
import dev.migrator.schema.Index;
import dev.migrator.schema.ReferentialAction;
import dev.migrator.schema.Table;
import dev.migrator.testsupport.AllDatabasesTest;
import dev.migrator.testsupport.TestDatabase;
import java.sql.SQLException;
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
            assertThat(child.constraints()).filteredOn(c -> c instanceof dev.migrator.schema.ForeignKey).hasSize(3);
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
