package dev.migrator.sample;

import dev.migrator.testsupport.DatabaseKind;
import dev.migrator.testsupport.TestDatabase;
import dev.migrator.testsupport.TestDatabases;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.opentest4j.TestAbortedException;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestContextAnnotationUtils;

/**
 * Gives a test context a fresh database of one kind from our test fixture, as {@code spring.datasource.*}, and
 * drops it when the context closes. Name the subclass of the kind in {@code @ContextConfiguration(initializers)}.
 */
abstract class FreshDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private final DatabaseKind kind;

    FreshDatabase(DatabaseKind kind) {
        this.kind = kind;
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestDatabase db = TestDatabases.fresh(kind);
        TestPropertyValues.of(
                "spring.datasource.url=" + db.jdbcUrl(),
                "spring.datasource.username=" + (db.user() == null ? "" : db.user()),
                "spring.datasource.password=" + (db.password() == null ? "" : db.password()))
                .applyTo(context);
        context.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent) {
                db.close();
            }
        });
    }

    static final class H2 extends FreshDatabase {
        H2() {
            super(DatabaseKind.H2);
        }
    }

    static final class PostgreSQL extends FreshDatabase {
        PostgreSQL() {
            super(DatabaseKind.POSTGRESQL);
        }
    }

    static final class MariaDB extends FreshDatabase {
        MariaDB() {
            super(DatabaseKind.MARIADB);
        }
    }

    /**
     * Skips a test class whose database has no server here, as the fixture's {@code @AllDatabasesTest} does, before
     * Spring tries to start a context on it; fails it instead when {@code MIGRATOR_TEST_REQUIRE} names the database.
     */
    static final class Available implements ExecutionCondition {

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            Optional<DatabaseKind> kind = context.getTestClass().flatMap(Available::kindOf);
            if (kind.isEmpty() || TestDatabases.available().contains(kind.get())) {
                return ConditionEvaluationResult.enabled("no database, or one that is available");
            }
            // Not available: fresh() says why, and fails rather than skips when the database is required.
            try (TestDatabase ignored = TestDatabases.fresh(kind.get())) {
                return ConditionEvaluationResult.enabled(kind.get().displayName() + " is available");
            } catch (TestAbortedException skipped) {
                return ConditionEvaluationResult.disabled(skipped.getMessage());
            }
        }

        private static Optional<DatabaseKind> kindOf(Class<?> testClass) {
            ContextConfiguration configuration = TestContextAnnotationUtils.findMergedAnnotation(testClass,
                    ContextConfiguration.class);
            if (configuration == null) {
                return Optional.empty();
            }
            return Arrays.stream(configuration.initializers())
                    .filter(FreshDatabase.class::isAssignableFrom)
                    .findFirst()
                    .map(initializer -> {
                        try {
                            var constructor = initializer.getDeclaredConstructor();
                            return ((FreshDatabase) constructor.newInstance()).kind;
                        } catch (ReflectiveOperationException e) {
                            throw new IllegalStateException(e);
                        }
                    });
        }
    }
}
