package dev.migrator.autogenerate.entity;

import org.hibernate.boot.Metadata;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.tool.schema.internal.SchemaCreatorImpl;

/**
 * Lets Hibernate write (and throws away) the DDL its schema creation would run, for one side effect: Hibernate
 * adds the unique keys of {@code @Column(unique = true)} columns, with the names it gives them, to the boot
 * metamodel only while it writes that DDL. Afterwards the metamodel holds every constraint {@code create}
 * would make.
 *
 * <p>{@code SchemaCreatorImpl} is internal Hibernate API; {@code generateCreationCommands} writes to a list
 * and never connects.
 */
final class CreateStatementCompletion {

    private CreateStatementCompletion() {
    }

    static void complete(Metadata metadata, StandardServiceRegistry registry) {
        new SchemaCreatorImpl(registry).generateCreationCommands(metadata, false);
    }
}
