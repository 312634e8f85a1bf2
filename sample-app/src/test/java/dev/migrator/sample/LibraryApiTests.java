package dev.migrator.sample;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import dev.migrator.autoconfigure.MigrationRunner;
import dev.migrator.test.autoconfigure.AutoMigrate;
import java.io.UnsupportedEncodingException;
import java.lang.reflect.Method;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.context.WebApplicationContext;

/**
 * The library's REST API on a database that {@link AutoMigrate @AutoMigrate} migrated, after checking that the
 * sample's migrations have one head, match its entities and reverse cleanly revision by revision; on H2, PostgreSQL
 * and MariaDB.
 */
@DisplayNameGeneration(LibraryApiTests.NamedAfterTheDatabase.class)
class LibraryApiTests {

    private static final String HEAD = "5a1d0c0a0007";

    @Nested
    @DisplayName("[H2]")
    @ContextConfiguration(initializers = FreshDatabase.H2.class)
    class OnH2 extends Scenarios {
    }

    @Nested
    @DisplayName("[PostgreSQL]")
    @ContextConfiguration(initializers = FreshDatabase.PostgreSQL.class)
    class OnPostgreSQL extends Scenarios {
    }

    @Nested
    @DisplayName("[MariaDB]")
    @ContextConfiguration(initializers = FreshDatabase.MariaDB.class)
    class OnMariaDB extends Scenarios {
    }

    /**
     * What the API does, whatever the database. The seeded catalogue is only read before anything is added. The
     * Spring annotations sit here rather than on the outer class, so no context is ever started on the
     * application's own file database.
     */
    @SpringBootTest
    @AutoMigrate(singleHead = true, entitiesMatch = true, stairway = true)
    @ExtendWith(FreshDatabase.Available.class)
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    // Each database's context is closed after its class, which drops the fresh database.
    @DirtiesContext
    abstract static class Scenarios {

        @Autowired
        WebApplicationContext context;

        @Autowired
        MigrationRunner migrations;

        MockMvcTester api;

        @BeforeEach
        void api() {
            api = MockMvcTester.from(context);
        }

        @Test
        @Order(1)
        void theDatabaseIsAtHead() {
            assertThat(migrations.current()).containsExactly(HEAD);
        }

        @Test
        @Order(2)
        void booksListsTheThreeSeededBooks() {
            assertThat(api.get().uri("/books")).hasStatusOk().bodyJson()
                    .extractingPath("$[*].title").asArray()
                    .containsExactlyInAnyOrder("A Wizard of Earthsea", "The Dispossessed", "Invisible Cities");
            assertThat(api.get().uri("/books")).bodyJson()
                    .extractingPath("$[?(@.title == 'Invisible Cities')].author").asArray()
                    .containsExactly("Italo Calvino");
        }

        @Test
        @Order(3)
        void aNewBookOfANewAuthorIsListed() {
            long author = id(created(api.post().uri("/authors").contentType(MediaType.APPLICATION_JSON)
                    .content("{\"name\": \"Octavia E. Butler\"}").exchange()));
            MvcTestResult book = created(api.post().uri("/books").contentType(MediaType.APPLICATION_JSON)
                    .content("{\"title\": \"Kindred\", \"isbn\": \"9780807083697\", \"authorId\": " + author
                            + ", \"publishedYear\": 1979}")
                    .exchange());

            assertThat(book).bodyJson().extractingPath("$.author").isEqualTo("Octavia E. Butler");
            assertThat(api.get().uri("/books")).bodyJson().extractingPath("$[*].title").asArray()
                    .contains("Kindred").hasSize(4);
        }

        @Test
        @Order(4)
        void aMemberBorrowsASeededBookAndGivesItBack() {
            long member = id(created(api.post().uri("/members").contentType(MediaType.APPLICATION_JSON)
                    .content("{\"email\": \"ged@roke.example\", \"name\": \"Ged\"}").exchange()));
            long book = bookIdOf("A Wizard of Earthsea");

            MvcTestResult loan = created(api.post().uri("/loans").contentType(MediaType.APPLICATION_JSON)
                    .content("{\"bookId\": " + book + ", \"memberId\": " + member + "}").exchange());
            long loanId = id(loan);
            assertThat(loan).bodyJson().extractingPath("$.dueOn").asString()
                    .isIn(LocalDate.now().plusDays(21).toString(), LocalDate.now().plusDays(22).toString());

            assertThat(api.get().uri("/members/{id}/loans", member)).hasStatusOk().bodyJson()
                    .extractingPath("$[*].title").asArray().containsExactly("A Wizard of Earthsea");

            assertThat(api.post().uri("/loans/{id}/return", loanId)).hasStatusOk().bodyJson()
                    .extractingPath("$.returnedAt").isNotNull();
            assertThat(api.get().uri("/members/{id}/loans", member)).hasStatusOk().bodyJson()
                    .extractingPath("$").asArray().isEmpty();
        }

        @Test
        @Order(5)
        void lendingABookThatDoesNotExistIsNotFound() {
            long member = id(created(api.post().uri("/members").contentType(MediaType.APPLICATION_JSON)
                    .content("{\"email\": \"shevek@anarres.example\", \"name\": \"Shevek\"}").exchange()));

            assertThat(api.post().uri("/loans").contentType(MediaType.APPLICATION_JSON)
                    .content("{\"bookId\": 999999, \"memberId\": " + member + "}"))
                    .hasStatus(HttpStatus.NOT_FOUND);
        }

        private long bookIdOf(String title) {
            List<Number> ids = JsonPath.read(body(api.get().uri("/books").exchange()), "$[?(@.title == '" + title + "')].id");
            assertThat(ids).hasSize(1);
            return ids.get(0).longValue();
        }

        private static MvcTestResult created(MvcTestResult result) {
            assertThat(result).hasStatus(HttpStatus.CREATED);
            return result;
        }

        private static long id(MvcTestResult result) {
            return ((Number) JsonPath.read(body(result), "$.id")).longValue();
        }

        private static String body(MvcTestResult result) {
            try {
                return result.getResponse().getContentAsString();
            } catch (UnsupportedEncodingException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /**
     * Adds the database's name, {@code [H2]}, {@code [PostgreSQL]} or {@code [MariaDB]}, to each test's name, so
     * the reports (and the CI's count of tests per database) say where it ran.
     */
    static final class NamedAfterTheDatabase extends DisplayNameGenerator.Standard {

        @Override
        public String generateDisplayNameForMethod(List<Class<?>> enclosingInstanceTypes, Class<?> testClass,
                Method testMethod) {
            String name = super.generateDisplayNameForMethod(enclosingInstanceTypes, testClass, testMethod);
            DisplayName database = testClass.getAnnotation(DisplayName.class);
            return database == null ? name : name + " " + database.value();
        }
    }
}
