package dev.migrator.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * Runs a test once per {@link DatabaseKind}, named {@code [H2]}, {@code [PostgreSQL]} and {@code [MariaDB]},
 * each time with a fresh {@link TestDatabase} parameter that is closed (dropped) afterwards.
 *
 * <pre>{@code
 * @AllDatabasesTest
 * void upgradeCreatesTheVersionTable(TestDatabase db) throws SQLException {
 *     try (Connection connection = db.connect()) { ... }
 * }
 * }</pre>
 *
 * <p>A database without a server is skipped, or fails if {@code MIGRATOR_TEST_REQUIRE} names it; see
 * {@link TestDatabases} for the settings.
 */
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ParameterizedTest(name = "[{0}]")
@ArgumentsSource(FreshDatabasePerKind.class)
@ExtendWith(MissingDatabaseGuard.class)
public @interface AllDatabasesTest {
}
