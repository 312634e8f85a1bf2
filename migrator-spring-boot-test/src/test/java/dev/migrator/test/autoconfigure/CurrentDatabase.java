package dev.migrator.test.autoconfigure;

import dev.migrator.testsupport.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The fixture's database of the running {@code @AllDatabasesTest}, handed to the test classes it runs through the
 * JUnit Platform test kit; they pick it up as Spring properties, in one of the two ways a user's test would.
 */
final class CurrentDatabase {

    private static volatile TestDatabase current;

    private CurrentDatabase() {
    }

    static void use(TestDatabase db) {
        current = db;
    }

    static void clear() {
        current = null;
    }

    static TestDatabase get() {
        return Objects.requireNonNull(current, "no current test database: run this class through AutoMigrateTests");
    }

    /** For {@code @DynamicPropertySource}: slices keep such a database instead of putting an embedded one in. */
    static void register(DynamicPropertyRegistry registry) {
        TestDatabase db = get();
        registry.add("spring.datasource.url", db::jdbcUrl);
        registry.add("spring.datasource.username", () -> db.user() == null ? "" : db.user());
        registry.add("spring.datasource.password", () -> db.password() == null ? "" : db.password());
    }

    /**
     * Plain {@code spring.datasource.*} properties, as in an application.properties: a slice needs
     * {@code @AutoConfigureTestDatabase(replace = NONE)} to keep this database.
     */
    static final class AsProperties implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestPropertyValues.of(properties()).applyTo(context);
        }

        static List<String> properties() {
            TestDatabase db = get();
            List<String> properties = new ArrayList<>();
            properties.add("spring.datasource.url=" + db.jdbcUrl());
            properties.add("spring.datasource.username=" + (db.user() == null ? "" : db.user()));
            properties.add("spring.datasource.password=" + (db.password() == null ? "" : db.password()));
            return properties;
        }
    }
}
