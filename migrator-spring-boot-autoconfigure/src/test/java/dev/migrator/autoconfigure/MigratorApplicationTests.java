package dev.migrator.autoconfigure;

import static dev.migrator.autoconfigure.TestDatabaseChecks.hasTable;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.migrator.autoconfigure.testapp.Book;
import dev.migrator.autoconfigure.testapp.BookRepository;
import dev.migrator.autoconfigure.testapp.LibraryTestApplication;
import dev.migrator.testsupport.AllDatabasesTest;
import dev.migrator.testsupport.TestDatabase;
import dev.migrator.testsupport.TestDatabases;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** The starter in a whole JPA application, on every database. */
class MigratorApplicationTests {

    private static final String HEAD = "2b3c4d5e6f7a";

    @AllDatabasesTest
    void migratesToHeadBeforeJpaStartsAndHibernateLeavesTheSchemaAlone(TestDatabase db) {
        try (ConfigurableApplicationContext context = start(db)) {
            assertThat(context.getBean(MigrationRunner.class).current()).containsExactly(HEAD);
            // Boot's database-initialization detection made the EntityManagerFactory wait for the migration.
            assertThat(context.getBeanFactory().getBeanDefinition("entityManagerFactory").getDependsOn())
                    .contains("migratorInitializer");
            // ddl-auto defaulted to none, even on embedded H2, because the schema is Migrator's.
            assertThat(context.getBean(EntityManagerFactory.class).getProperties().get("hibernate.hbm2ddl.auto"))
                    .isIn(null, "none");

            BookRepository books = context.getBean(BookRepository.class);
            books.save(new Book(1L, "Dune"));
            assertThat(books.findAll()).extracting(Book::getTitle).containsExactly("Dune");
            // Only the migration defines 'shelf': had Hibernate (re)created the table, it would not be there.
            assertThat(new JdbcTemplate(db.dataSource()).queryForObject("SELECT shelf FROM book WHERE id = 1",
                    String.class)).isEqualTo("new arrivals");
        }
    }

    @AllDatabasesTest
    void restartingAtHeadChangesNothing(TestDatabase db) {
        start(db).close();
        try (ConfigurableApplicationContext context = start(db)) {
            MigrationRunner runner = context.getBean(MigrationRunner.class);
            assertThat(runner.current()).containsExactly(HEAD);
            assertThat(runner.appliedHistory()).hasSize(2);
        }
    }

    @AllDatabasesTest
    void severalInstancesMigrateTheirOwnDatabases(TestDatabase db) {
        try (TestDatabase reporting = TestDatabases.fresh(db.kind());
                ConfigurableApplicationContext context = start(db, connection("instances.reporting", reporting),
                        "spring.migrator.instances.reporting.migration-package=dev.migrator.autoconfigure.fixtures.reporting",
                        "spring.migrator.instances.reporting.version-table=reporting_version")) {
            MigrationRunner runner = context.getBean(MigrationRunner.class);
            assertThat(runner.instanceNames()).containsExactly("default", "reporting");
            assertThat(runner.current()).containsExactly(HEAD);
            assertThat(runner.instance("reporting").current()).containsExactly("3c4d5e6f7a8b");
            assertThat(hasTable(reporting.dataSource(), "report")).isTrue();
            assertThat(hasTable(reporting.dataSource(), "reporting_version")).isTrue();
            assertThat(hasTable(reporting.dataSource(), "book")).isFalse();
            assertThat(hasTable(db.dataSource(), "report")).isFalse();
        }
    }

    @AllDatabasesTest
    void aBrokenMigrationStopsStartupWithAReportThatSaysWhatToDo(TestDatabase db) {
        Throwable failure = catchThrowable(
                () -> start(db, "spring.migrator.migration-package=dev.migrator.autoconfigure.fixtures.broken"));

        FailureAnalysis analysis = BootFailureReport.analyze(failure);
        assertThat(analysis.getDescription()).contains("Migrator instance 'default' failed at start-up",
                "revision 5e6f7a8b9c0d", "insert into a table that does not exist")
                .containsIgnoringCase("INSERT INTO no_such_table");
        assertThat(analysis.getAction()).contains("fix revision 5e6f7a8b9c0d and start again");
        // The revision before the broken one stays applied.
        assertThat(new JdbcTemplate(db.dataSource()).queryForList("SELECT version_num FROM migrator_version",
                String.class)).containsExactly("4d5e6f7a8b9c");
    }

    private static ConfigurableApplicationContext start(TestDatabase db, String... properties) {
        List<String> all = new ArrayList<>(List.of(connection("", db)));
        all.add("spring.migrator.migration-package=" + LibraryTestApplication.MIGRATIONS);
        all.add("spring.jpa.open-in-view=false");
        all.add("spring.main.banner-mode=off");
        all.addAll(List.of(properties));
        return new SpringApplicationBuilder(LibraryTestApplication.class).web(WebApplicationType.NONE)
                .properties(all.toArray(String[]::new)).run();
    }

    /** The url, user and password of {@code db} as spring.datasource.* (prefix "") or spring.migrator.<prefix>.*. */
    private static String[] connection(String prefix, TestDatabase db) {
        String base = prefix.isEmpty() ? "spring.datasource." : "spring.migrator." + prefix + ".";
        String user = prefix.isEmpty() ? "username" : "user";
        List<String> values = new ArrayList<>(List.of(base + "url=" + db.jdbcUrl()));
        if (db.user() != null) {
            values.add(base + user + "=" + db.user());
        }
        if (db.password() != null) {
            values.add(base + "password=" + db.password());
        }
        return values.toArray(String[]::new);
    }

    private static ConfigurableApplicationContext start(TestDatabase db, String[] connection, String... properties) {
        List<String> all = new ArrayList<>(List.of(connection));
        all.addAll(List.of(properties));
        return start(db, all.toArray(String[]::new));
    }
}
