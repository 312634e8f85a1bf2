package dev.migrator.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.migrator.command.Migrator;
import dev.migrator.command.MigratorConfiguration;
import dev.migrator.sample.domain.Author;
import dev.migrator.sample.domain.Book;
import dev.migrator.sample.domain.Loan;
import dev.migrator.sample.domain.Member;
import dev.migrator.testsupport.AllDatabasesTest;
import dev.migrator.testsupport.TestDatabase;
import java.util.List;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;

/**
 * The sample's migrations build exactly the schema its entities expect: after upgrading to head,
 * Hibernate's own {@code validate} accepts the database, with Spring Boot's naming strategies.
 */
class MigrationsMatchEntitiesTest {

    @AllDatabasesTest
    void hibernateValidatesTheMigratedSchema(TestDatabase db) {
        Migrator migrator = Migrator.create(MigratorConfiguration.builder("dev.migrator.sample.db.migrations")
                .dataSource(db.dataSource()).build());

        migrator.upgrade("head");

        assertThat(migrator.current()).containsExactly("5a1d0c0a0007");
        assertThatCode(() -> validate(db)).doesNotThrowAnyException();
    }

    @AllDatabasesTest
    void everyRevisionDowngradesToAnEmptyDatabaseAndUpgradesAgain(TestDatabase db) {
        Migrator migrator = Migrator.create(MigratorConfiguration.builder("dev.migrator.sample.db.migrations")
                .dataSource(db.dataSource()).build());

        migrator.upgrade("head");
        migrator.downgrade("base");
        assertThat(migrator.current()).isEmpty();
        migrator.upgrade("members@head");
        assertThat(migrator.current()).containsExactly("5a1d0c0a0007");
        migrator.downgrade("5a1d0c0a0001");
        migrator.upgrade("members");
        migrator.upgrade("catalog");
        assertThat(migrator.current()).containsExactlyInAnyOrder("5a1d0c0a0002", "5a1d0c0a0003");
        migrator.upgrade("heads");
        assertThatCode(() -> validate(db)).doesNotThrowAnyException();
    }

    private static void validate(TestDatabase db) {
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder()
                .applySetting("hibernate.connection.url", db.jdbcUrl())
                .applySetting("hibernate.connection.username", db.user() == null ? "" : db.user())
                .applySetting("hibernate.connection.password", db.password() == null ? "" : db.password())
                .applySetting("hibernate.hbm2ddl.auto", "validate")
                .applySetting("hibernate.physical_naming_strategy",
                        "org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl")
                .applySetting("hibernate.implicit_naming_strategy",
                        "org.springframework.boot.hibernate.SpringImplicitNamingStrategy")
                .build();
        MetadataSources sources = new MetadataSources(registry);
        List.of(Author.class, Book.class, Member.class, Loan.class).forEach(sources::addAnnotatedClass);
        try (SessionFactory factory = sources.buildMetadata().buildSessionFactory()) {
            assertThat(factory.isOpen()).isTrue();
        } finally {
            StandardServiceRegistryBuilder.destroy(registry);
        }
    }
}
