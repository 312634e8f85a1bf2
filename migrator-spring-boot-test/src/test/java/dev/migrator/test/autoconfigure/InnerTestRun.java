package dev.migrator.test.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrator.testsupport.TestDatabase;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/**
 * Test classes run by JUnit Jupiter from inside a test, through the JUnit Platform test kit, so that a test can show
 * what a user's test class would report, failures included.
 */
final class InnerTestRun {

    private final EngineExecutionResults results;

    private InnerTestRun(EngineExecutionResults results) {
        this.results = results;
    }

    /** Runs the classes, in their {@code @Order}, on {@code db} (see {@link CurrentDatabase}). */
    static InnerTestRun on(TestDatabase db, Class<?>... testClasses) {
        CurrentDatabase.use(db);
        try {
            return of(testClasses);
        } finally {
            CurrentDatabase.clear();
        }
    }

    /** Runs the classes, in their {@code @Order}, on whatever database they configure themselves. */
    static InnerTestRun of(Class<?>... testClasses) {
        DiscoverySelector[] selectors = Arrays.stream(testClasses).map(DiscoverySelectors::selectClass)
                .toArray(DiscoverySelector[]::new);
        return new InnerTestRun(EngineTestKit.engine("junit-jupiter")
                .configurationParameter("junit.jupiter.testclass.order.default",
                        "org.junit.jupiter.api.ClassOrderer$OrderAnnotation")
                .selectors(selectors)
                .execute());
    }

    /** Every class started and every one of its {@code tests} test methods passed. */
    void assertAllPassed(int tests) {
        List<Event> failures = results.allEvents().failed().list();
        if (!failures.isEmpty()) {
            AssertionError error = new AssertionError("Expected every test to pass, but:\n" + failures.stream()
                    .map(event -> "- " + event.getTestDescriptor().getDisplayName() + ": " + throwable(event))
                    .collect(Collectors.joining("\n")));
            failures.forEach(event -> event.getPayload(TestExecutionResult.class)
                    .flatMap(TestExecutionResult::getThrowable).ifPresent(error::addSuppressed));
            throw error;
        }
        assertThat(results.testEvents().succeeded().count()).as("tests passed").isEqualTo(tests);
    }

    /**
     * The failure of the class as a whole, as JUnit reports it when something fails before its first test; asserts
     * that none of its tests ran.
     */
    Throwable failureOf(Class<?> testClass) {
        assertThat(results.testEvents().started().count()).as("tests started").isZero();
        return results.containerEvents().failed().stream()
                .filter(event -> event.getTestDescriptor().getSource()
                        .filter(source -> source instanceof ClassSource classSource
                                && classSource.getJavaClass().equals(testClass))
                        .isPresent())
                .findFirst()
                .flatMap(event -> event.getPayload(TestExecutionResult.class))
                .flatMap(TestExecutionResult::getThrowable)
                .orElseThrow(() -> new AssertionError(testClass.getSimpleName() + " did not fail"));
    }

    private static String throwable(Event event) {
        return event.getPayload(TestExecutionResult.class).flatMap(TestExecutionResult::getThrowable)
                .map(Throwable::toString).orElse("(no exception)");
    }
}
