package dev.migrator.test.autoconfigure;

import dev.migrator.autoconfigure.MigratorAutoConfiguration;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;

/**
 * Migrates the test database with Migrator before the tests run, and optionally checks the migrations themselves.
 * Put it next to {@code @SpringBootTest}, {@code @DataJpaTest} or {@code @JdbcTest}:
 *
 * <pre>{@code
 * @DataJpaTest
 * @AutoMigrate(singleHead = true, entitiesMatch = true, stairway = true)
 * class BookRepositoryTests { ... }
 * }</pre>
 *
 * <p>The database is the one the test's context uses: the embedded database a slice puts in place of the
 * application's, the database of {@code spring.datasource.*} with {@code @AutoConfigureTestDatabase(replace = NONE)},
 * or a Testcontainers database through {@code @ServiceConnection}. It is upgraded to {@link #target()} while the
 * context starts (whatever {@code spring.migrator.enabled} says), before JPA and the other DataSource users, and
 * Hibernate is told not to create or change the schema ({@code spring.jpa.hibernate.ddl-auto=none}, whatever the
 * application configures): the tests see exactly the schema the migrations build.
 *
 * <p>The checks run once per application context, after it started and before its first test. A failing check
 * fails the test class with a {@link MigrationCheckFailedError} that names the revisions or objects at fault and
 * what to do. Each check looks at every Migrator instance of the application.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
// Slices (@DataJpaTest, @JdbcTest) already import it through AutoConfigureDataSourceInitialization; this makes it
// explicit and brings it into any other slice that has a DataSource.
@ImportAutoConfiguration(MigratorAutoConfiguration.class)
public @interface AutoMigrate {

    /**
     * What the default instance is upgraded to ({@code spring.migrator.target} for the test). Defaults to
     * {@code heads}, every branch, which is {@code head} when the graph has one head; so a graph with several heads
     * still starts, and {@link #singleHead()} can say which they are.
     */
    String target() default "heads";

    /**
     * Checks that the revision graph has exactly one head, as {@code upgrade head} needs. On failure the report
     * lists the heads and says how to merge them.
     */
    boolean singleHead() default false;

    /**
     * Checks that the migrated database matches the JPA entities: Migrator's {@code compare} finds nothing to do.
     * The entities are those the starter gives the instance as its target schema: the instance's
     * {@code entity-packages}, else those the application's EntityManagerFactory maps, else the {@code @Entity}
     * classes under the application's package. On failure the report lists the missing operations and says to write
     * them with {@code revision --autogenerate}; an instance without entities fails the check too.
     */
    boolean entitiesMatch() default false;

    /**
     * Checks every revision, from base to the heads one at a time: it upgrades, downgrades and upgrades again, and
     * after its downgrade the schema is the one before its upgrade. The database ends at {@link #target()} again.
     * Data is not kept: this check starts by downgrading to base. On failure the report names the revision and
     * what its downgrade left behind or failed on.
     */
    boolean stairway() default false;
}
