package dev.migrator.autogenerate.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrator.autogenerate.CompareOptions;
import dev.migrator.autogenerate.SchemaComparator;
import dev.migrator.dialect.Dialect;
import dev.migrator.dialect.Dialects;
import dev.migrator.inspect.SchemaInspector;
import dev.migrator.operations.AlterSequence;
import dev.migrator.operations.JdbcOperationSink;
import dev.migrator.operations.MigrationOperation;
import dev.migrator.operations.Operations;
import dev.migrator.schema.Schema;
import dev.migrator.testsupport.AllDatabasesTest;
import dev.migrator.testsupport.TestDatabase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.List;

/**
 * A team changes an entity's {@code allocationSize}: Hibernate then refuses to start against the sequence as it
 * is, and the migration autogenerate writes lets it start again.
 */
class SequenceAllocationSizeTest {

    @AllDatabasesTest
    void aChangedAllocationSizeIsMigratedSoThatHibernateStartsAgain(TestDatabase db) throws SQLException {
        try (Connection connection = db.connect()) {
            Dialect dialect = Dialects.detect(connection);
            Operations op = Operations.writingTo(new JdbcOperationSink(connection, dialect));
            SchemaComparator comparator = SchemaComparator.forDialect(dialect, CompareOptions.defaults());
            comparator.compare(schemaOf(TicketCountingByOne.class, connection, dialect), inspect(connection, dialect))
                    .operations().forEach(op::apply);
            HibernateSchemaTool.start(db, List.of(TicketCountingByOne.class));
            assertThatThrownBy(() -> HibernateSchemaTool.start(db, List.of(TicketCountingByFifty.class)))
                    .as("Hibernate's own check of the sequence's increment")
                    .hasStackTraceContaining("increment");

            List<MigrationOperation> operations = comparator.compare(
                    schemaOf(TicketCountingByFifty.class, connection, dialect), inspect(connection, dialect)).operations();

            assertThat(operations).singleElement().isInstanceOfSatisfying(AlterSequence.class, alter -> {
                assertThat(alter.name().name()).isEqualToIgnoringCase("ticket_seq");
                assertThat(alter.incrementBy()).isEqualTo(50);
                assertThat(alter.existingIncrementBy()).isEqualTo(1L);
            });
            operations.forEach(op::apply);
            HibernateSchemaTool.start(db, List.of(TicketCountingByFifty.class));
        }
    }

    private static Schema schemaOf(Class<?> entity, Connection connection, Dialect dialect) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        return EntitySchemaBuilder.build(EntitySchemaSettings.springBootDefaults().withEntityClasses(entity)
                .withDialect(dialect).withDatabaseVersion(meta.getDatabaseMajorVersion(),
                        meta.getDatabaseMinorVersion()));
    }

    private static Schema inspect(Connection connection, Dialect dialect) {
        return SchemaInspector.forDialect(dialect).inspect(connection);
    }

    @Entity(name = "Ticket")
    @Table(name = "ticket")
    static class TicketCountingByOne {
        @Id
        @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ticket_ids")
        @SequenceGenerator(name = "ticket_ids", sequenceName = "ticket_seq", allocationSize = 1)
        Long id;
    }

    @Entity(name = "Ticket")
    @Table(name = "ticket")
    static class TicketCountingByFifty {
        @Id
        @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ticket_ids")
        @SequenceGenerator(name = "ticket_ids", sequenceName = "ticket_seq", allocationSize = 50)
        Long id;
    }
}
