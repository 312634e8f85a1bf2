package dev.migrator.test.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrator.autoconfigure.MigrationRunner;
import dev.migrator.command.Migrator;
import dev.migrator.command.MigratorConfiguration;
import dev.migrator.revision.RevisionNode;
import dev.migrator.runtime.HistoryEntry;
import dev.migrator.runtime.HistoryEntry.Action;
import dev.migrator.test.autoconfigure.projects.drifted.DriftedProject;
import dev.migrator.test.autoconfigure.projects.leaky.LeakyProject;
import dev.migrator.test.autoconfigure.projects.library.Author;
import dev.migrator.test.autoconfigure.projects.library.AuthorRepository;
import dev.migrator.test.autoconfigure.projects.library.Book;
import dev.migrator.test.autoconfigure.projects.library.BookRepository;
import dev.migrator.test.autoconfigure.projects.library.LibraryProject;
import dev.migrator.test.autoconfigure.projects.twoheads.TwoHeadsProject;
import dev.migrator.testsupport.AllDatabasesTest;
import dev.migrator.testsupport.TestDatabase;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase.Replace;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * {@code @AutoMigrate} in the test classes a user writes, run here through the JUnit Platform test kit on H2,
 * PostgreSQL and MariaDB: a project whose migrations are right passes every check with {@code @SpringBootTest},
 * {@code @DataJpaTest} and {@code @JdbcTest}; a project that is wrong in one way fails the check for it, with a
 * report that says what is wrong and what to do.
 */
class AutoMigrateTests {

    @AllDatabasesTest
    void aGoodProjectPassesEveryCheckInASpringBootTest(TestDatabase db) {
        InnerTestRun.on(db, LibraryInSpringBootTest.class).assertAllPassed(2);
    }

    @AllDatabasesTest
    void aGoodProjectPassesEveryCheckInADataJpaTest(TestDatabase db) {
        InnerTestRun.on(db, LibraryInDataJpaTest.class).assertAllPassed(2);
    }

    @AllDatabasesTest
    void aGoodProjectPassesEveryCheckInAJdbcTestOnTheDatabaseOfItsProperties(TestDatabase db) {
        InnerTestRun.on(db, LibraryInJdbcTest.class).assertAllPassed(1);
        // The stairway reverted every revision of the graph once (and the whole graph before it began), and left
        // the database at head.
        Migrator library = Migrator.create(MigratorConfiguration.builder(LibraryProject.MIGRATION_PACKAGE)
                .dataSource(db.dataSource()).build());
        assertThat(library.appliedHistory().stream().filter(entry -> entry.action() == Action.DOWNGRADE)
                .map(HistoryEntry::revision).distinct())
                .containsExactlyInAnyOrderElementsOf(library.graph().revisions().stream().map(RevisionNode::id).toList());
        assertThat(library.current()).containsExactly(LibraryProject.HEAD);
    }

    @Test
    void theEmbeddedDatabaseADataJpaTestPutsInPlaceIsMigratedAndChecked() {
        InnerTestRun.of(LibraryOnEmbeddedDatabase.class).assertAllPassed(1);
    }

    /**
     * Without {@code @AutoMigrate}, the slices still migrate: the starter lists its auto-configuration under
     * {@code AutoConfigureDataSourceInitialization}, which both slices import in Boot 4 (through
     * {@code @AutoConfigureJdbc}).
     */
    @Test
    void theSlicesMigrateTheirEmbeddedDatabaseWithoutAutoMigrateToo() {
        InnerTestRun.of(LibraryInPlainDataJpaTest.class, LibraryInPlainJdbcTest.class).assertAllPassed(2);
    }

    /** What {@code @ServiceConnection} does: a JdbcConnectionDetails bean the DataSource is built from. */
    @AllDatabasesTest
    void theDataSourceOfConnectionDetailsIsTheOneMigratedAsWithServiceConnection(TestDatabase db) {
        InnerTestRun.on(db, LibraryFromConnectionDetails.class).assertAllPassed(1);
        assertThat(DatabaseObjects.columnsOf(db.dataSource(), "book")).contains("title", "author_id");
    }

    @AllDatabasesTest
    void theDatabaseStaysAtTheTargetGivenAfterTheStairway(TestDatabase db) {
        InnerTestRun.on(db, LibraryAtATarget.class).assertAllPassed(1);
    }

    @AllDatabasesTest
    void checksRunOnceForAllTheTestClassesThatShareAContext(TestDatabase db) {
        SharedContext.seen.clear();

        InnerTestRun.on(db, SharedContextFirst.class, SharedContextSecond.class).assertAllPassed(2);

        assertThat(SharedContext.seen).hasSize(2);
        assertThat(SharedContext.seen.get(1)).as("the second class's view").isEqualTo(SharedContext.seen.get(0));
    }

    @AllDatabasesTest
    void hibernateNeverCreatesTheSchemaEvenWhenTheApplicationAsksItTo(TestDatabase db) {
        InnerTestRun.on(db, DriftedWithDdlAutoCreate.class).assertAllPassed(1);
    }

    @AllDatabasesTest
    void singleHeadFailsOnTwoHeadsNamingThemAndHowToMergeThem(TestDatabase db) {
        Throwable failure = InnerTestRun.on(db, TwoHeadsChecked.class).failureOf(TwoHeadsChecked.class);

        assertThat(failure).isInstanceOf(MigrationCheckFailedError.class);
        assertThat(failure.getMessage()).contains("singleHead:",
                "package dev.migrator.test.autoconfigure.projects.twoheads.migrations has 2 heads",
                "b0b0b0000002 (\"add room to shelf\"", "b0b0b0000003 (\"add capacity to shelf\"",
                "'merge -m \"merge heads\" heads'");
    }

    @AllDatabasesTest
    void entitiesMatchFailsWhenAnEntityHasAColumnNoMigrationAdds(TestDatabase db) {
        Throwable failure = InnerTestRun.on(db, DriftedChecked.class).failureOf(DriftedChecked.class);

        assertThat(failure).isInstanceOf(MigrationCheckFailedError.class);
        assertThat(failure.getMessage()).contains("entitiesMatch:", "(at d0d0d0000001)",
                "does not match", "1 operation(s)",
                "capacity", "'revision --autogenerate -m \"...\"'");
        assertThat(failure.getMessage()).containsIgnoringCase("shelf");
    }

    @AllDatabasesTest
    void entitiesMatchFailsWhenNoEntityDescribesTheSchemaSayingWhereToNameThem(TestDatabase db) {
        Throwable failure = InnerTestRun.on(db, LeakyWithoutEntitiesChecked.class)
                .failureOf(LeakyWithoutEntitiesChecked.class);

        assertThat(failure).isInstanceOf(MigrationCheckFailedError.class);
        assertThat(((MigrationCheckFailedError) failure).problems()).singleElement().asString()
                .startsWith("entitiesMatch:")
                .contains("package dev.migrator.test.autoconfigure.projects.leaky.migrations",
                        "Set spring.migrator.entity-packages");
    }

    @AllDatabasesTest
    void stairwayFailsOnADowngradeThatLeavesAColumnBehindNamingTheRevision(TestDatabase db) {
        Throwable failure = InnerTestRun.on(db, LeakyChecked.class).failureOf(LeakyChecked.class);

        assertThat(failure).isInstanceOf(MigrationCheckFailedError.class);
        assertThat(failure.getMessage()).contains("stairway: the downgrade of revision e0e0e0000002"
                + " (\"add room to shelf\"", "does not restore the schema", "room",
                "Make downgrade() of e0e0e0000002 undo everything its upgrade() does")
                .doesNotContain("e0e0e0000003");
    }

    @AllDatabasesTest
    void everyFailingCheckIsReportedAtOnce(TestDatabase db) {
        Throwable failure = InnerTestRun.on(db, LeakyCheckedForEverything.class)
                .failureOf(LeakyCheckedForEverything.class);

        assertThat(((MigrationCheckFailedError) failure).problems()).hasSize(2)
                .satisfiesExactly(
                        problem -> assertThat(problem).startsWith("entitiesMatch:").contains("reader"),
                        problem -> assertThat(problem).startsWith("stairway:"));
        assertThat(failure.getMessage()).startsWith("@AutoMigrate: the migrations failed 2 checks.");
    }

    // The test classes a user would write. Each closes its context after it, so that the next database is not
    // served a context of the previous one from Spring's context cache.

    @SpringBootTest(classes = LibraryProject.class, webEnvironment = WebEnvironment.NONE)
    @TestPropertySource(properties = LibraryProject.MIGRATIONS)
    @AutoMigrate(singleHead = true, entitiesMatch = true, stairway = true)
    @DirtiesContext
    static class LibraryInSpringBootTest {

        @DynamicPropertySource
        static void database(DynamicPropertyRegistry registry) {
            CurrentDatabase.register(registry);
        }

        @Autowired
        Migrator migrator;

        @Autowired
        BookRepository books;

        @Autowired
        AuthorRepository authors;

        @Test
        void theDatabaseIsAtHead() {
            assertThat(migrator.current()).containsExactly(LibraryProject.HEAD);
        }

        @Test
        void jpaWorksOnTheMigratedSchema() {
            Author author = authors.save(new Author("Octavia E. Butler", 1947));
            books.save(new Book("Kindred", author));

            assertThat(books.findByTitle("Kindred")).singleElement()
                    .satisfies(book -> assertThat(book.getAuthor().getBorn()).isEqualTo(1947));
            assertThat(books.findByTitle("Invisible Cities")).as("seeded by the head revision").hasSize(1);
        }
    }

    @DataJpaTest
    @ContextConfiguration(classes = LibraryProject.class)
    @TestPropertySource(properties = LibraryProject.MIGRATIONS)
    @AutoMigrate(singleHead = true, entitiesMatch = true, stairway = true)
    @DirtiesContext
    static class LibraryInDataJpaTest {

        /** A database from dynamic properties is a test database: the slice keeps it. */
        @DynamicPropertySource
        static void database(DynamicPropertyRegistry registry) {
            CurrentDatabase.register(registry);
        }

        @Autowired
        BookRepository books;

        @Autowired
        DataSource dataSource;

        @Test
        void theSliceUsesTheMigratedDatabase() {
            assertThat(books.findByTitle("Invisible Cities")).singleElement()
                    .satisfies(book -> assertThat(book.getAuthor().getName()).isEqualTo("Italo Calvino"));
        }

        @Test
        void theSliceKeptTheGivenDatabase() {
            assertThat(DatabaseObjects.columnsOf(CurrentDatabase.get().dataSource(), "reader"))
                    .containsExactly("id", "name");
        }
    }

    @JdbcTest
    @ContextConfiguration(classes = LibraryProject.class, initializers = CurrentDatabase.AsProperties.class)
    @AutoConfigureTestDatabase(replace = Replace.NONE)
    @TestPropertySource(properties = LibraryProject.MIGRATIONS)
    @AutoMigrate(singleHead = true, entitiesMatch = true, stairway = true)
    @DirtiesContext
    static class LibraryInJdbcTest {

        @Autowired
        JdbcTemplate jdbc;

        @Test
        void theSliceUsesTheMigratedDatabase() {
            assertThat(jdbc.queryForList("SELECT name FROM author ORDER BY name", String.class))
                    .containsExactly("Italo Calvino", "Ursula K. Le Guin");
        }
    }

    @DataJpaTest
    @ContextConfiguration(classes = LibraryProject.class)
    @TestPropertySource(properties = LibraryProject.MIGRATIONS)
    @AutoMigrate(singleHead = true, entitiesMatch = true, stairway = true)
    @DirtiesContext
    static class LibraryOnEmbeddedDatabase {

        @Autowired
        BookRepository books;

        @Test
        void theEmbeddedDatabaseIsMigrated() {
            assertThat(books.findByTitle("Invisible Cities")).hasSize(1);
        }
    }

    @DataJpaTest
    @ContextConfiguration(classes = LibraryProject.class)
    @TestPropertySource(properties = LibraryProject.MIGRATIONS)
    @DirtiesContext
    static class LibraryInPlainDataJpaTest {

        @Autowired
        BookRepository books;

        @Test
        void theEmbeddedDatabaseIsMigrated() {
            assertThat(books.findByTitle("Invisible Cities")).hasSize(1);
        }
    }

    @JdbcTest
    @ContextConfiguration(classes = LibraryProject.class)
    @TestPropertySource(properties = LibraryProject.MIGRATIONS)
    @DirtiesContext
    static class LibraryInPlainJdbcTest {

        @Autowired
        MigrationRunner migrations;

        @Test
        void theEmbeddedDatabaseIsMigrated() {
            assertThat(migrations.current()).containsExactly(LibraryProject.HEAD);
        }
    }

    @JdbcTest
    @ContextConfiguration(classes = LibraryProject.class)
    @AutoConfigureTestDatabase(replace = Replace.NONE)
    @Import(LibraryFromConnectionDetails.Container.class)
    @TestPropertySource(properties = {LibraryProject.MIGRATIONS, "spring.datasource.url=jdbc:h2:mem:not-this-one"})
    @AutoMigrate(singleHead = true, entitiesMatch = true, stairway = true)
    @DirtiesContext
    static class LibraryFromConnectionDetails {

        @TestConfiguration(proxyBeanMethods = false)
        static class Container {

            @Bean
            JdbcConnectionDetails containerConnectionDetails() {
                TestDatabase db = CurrentDatabase.get();
                return new JdbcConnectionDetails() {

                    @Override
                    public String getJdbcUrl() {
                        return db.jdbcUrl();
                    }

                    @Override
                    public String getUsername() {
                        return db.user();
                    }

                    @Override
                    public String getPassword() {
                        return db.password();
                    }
                };
            }
        }

        @Autowired
        JdbcTemplate jdbc;

        @Test
        void theContainersDatabaseIsMigrated() {
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM author", Integer.class)).isEqualTo(2);
        }
    }

    @SpringBootTest(classes = LibraryProject.class, webEnvironment = WebEnvironment.NONE)
    @ContextConfiguration(initializers = CurrentDatabase.AsProperties.class)
    @TestPropertySource(properties = LibraryProject.MIGRATIONS)
    @AutoMigrate(target = "a11ce0000007", stairway = true)
    @DirtiesContext
    static class LibraryAtATarget {

        @Autowired
        MigrationRunner runner;

        @Autowired
        JdbcTemplate jdbc;

        @Test
        void theDatabaseIsAtTheTargetWithoutTheHeadsSeed() {
            assertThat(runner.current()).containsExactly("a11ce0000007");
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM author", Integer.class)).isZero();
        }
    }

    @SpringBootTest(classes = LibraryProject.class, webEnvironment = WebEnvironment.NONE)
    @ContextConfiguration(initializers = CurrentDatabase.AsProperties.class)
    @TestPropertySource(properties = LibraryProject.MIGRATIONS)
    @AutoMigrate(stairway = true)
    abstract static class SharedContext {

        /** What each class saw: its context, and how many steps the history table had recorded. */
        static final List<List<Object>> seen = new ArrayList<>();

        @Autowired
        ApplicationContext context;

        @Autowired
        MigrationRunner runner;

        @Test
        void recordWhatTheStairwayDid() {
            seen.add(List.of(context, runner.appliedHistory().size()));
        }
    }

    @Order(1)
    static class SharedContextFirst extends SharedContext {
    }

    @Order(2)
    @DirtiesContext
    static class SharedContextSecond extends SharedContext {
    }

    @DataJpaTest
    @ContextConfiguration(classes = DriftedProject.class)
    @TestPropertySource(properties = {DriftedProject.MIGRATIONS, "spring.jpa.hibernate.ddl-auto=create",
            "spring.jpa.properties.hibernate.hbm2ddl.auto=update"})
    @AutoMigrate
    @DirtiesContext
    static class DriftedWithDdlAutoCreate {

        @DynamicPropertySource
        static void database(DynamicPropertyRegistry registry) {
            CurrentDatabase.register(registry);
        }

        @Autowired
        EntityManagerFactory entityManagerFactory;

        @Autowired
        DataSource dataSource;

        @Test
        void theSchemaIsTheMigrationsOnly() {
            assertThat(DatabaseObjects.columnsOf(dataSource, "shelf")).containsExactly("id", "label");
            assertThat(entityManagerFactory.getProperties().get("hibernate.hbm2ddl.auto")).isEqualTo("none");
        }
    }

    @JdbcTest
    @ContextConfiguration(classes = TwoHeadsProject.class)
    @TestPropertySource(properties = TwoHeadsProject.MIGRATIONS)
    @AutoMigrate(singleHead = true)
    @DirtiesContext
    static class TwoHeadsChecked {

        @DynamicPropertySource
        static void database(DynamicPropertyRegistry registry) {
            CurrentDatabase.register(registry);
        }

        @Test
        void neverRuns() {
        }
    }

    @DataJpaTest
    @ContextConfiguration(classes = DriftedProject.class)
    @TestPropertySource(properties = DriftedProject.MIGRATIONS)
    @AutoMigrate(entitiesMatch = true)
    @DirtiesContext
    static class DriftedChecked {

        @DynamicPropertySource
        static void database(DynamicPropertyRegistry registry) {
            CurrentDatabase.register(registry);
        }

        @Test
        void neverRuns() {
        }
    }

    @SpringBootTest(classes = LeakyProject.class, webEnvironment = WebEnvironment.NONE)
    @TestPropertySource(properties = LeakyProject.MIGRATIONS)
    @AutoMigrate(stairway = true)
    @DirtiesContext
    static class LeakyChecked {

        @DynamicPropertySource
        static void database(DynamicPropertyRegistry registry) {
            CurrentDatabase.register(registry);
        }

        @Test
        void neverRuns() {
        }
    }

    /** The leaky project has no entities but its migrations make tables: entitiesMatch fails as well. */
    @JdbcTest
    @ContextConfiguration(classes = LeakyProject.class)
    @TestPropertySource(properties = {LeakyProject.MIGRATIONS,
            "spring.migrator.entity-packages=dev.migrator.test.autoconfigure.projects.drifted"})
    @AutoMigrate(singleHead = true, entitiesMatch = true, stairway = true)
    @DirtiesContext
    static class LeakyCheckedForEverything {

        @DynamicPropertySource
        static void database(DynamicPropertyRegistry registry) {
            CurrentDatabase.register(registry);
        }

        @Test
        void neverRuns() {
        }
    }

    /** The leaky project maps no entity, and names no package of entities either. */
    @JdbcTest
    @ContextConfiguration(classes = LeakyProject.class)
    @TestPropertySource(properties = LeakyProject.MIGRATIONS)
    @AutoMigrate(entitiesMatch = true)
    @DirtiesContext
    static class LeakyWithoutEntitiesChecked {

        @DynamicPropertySource
        static void database(DynamicPropertyRegistry registry) {
            CurrentDatabase.register(registry);
        }

        @Test
        void neverRuns() {
        }
    }
}
