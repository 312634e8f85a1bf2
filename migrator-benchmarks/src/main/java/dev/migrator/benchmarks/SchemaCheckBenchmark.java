package dev.migrator.benchmarks;

import com.zaxxer.hikari.HikariDataSource;
import dev.migrator.autogenerate.SchemaDiff;
import dev.migrator.autogenerate.TargetSchemaSource;
import dev.migrator.command.Migrator;
import dev.migrator.testsupport.DatabaseKind;
import dev.migrator.testsupport.TestDatabase;
import dev.migrator.testsupport.TestDatabases;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.hibernate.tool.schema.spi.SchemaManagementException;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The schema check of an application with 1,000 entities on PostgreSQL: Migrator's compare beside Hibernate's
 * {@code validate}, each from the entity classes to a verdict, on a database that matches the entities and on one
 * with scattered drift (see {@link ScatteredDifferences}).
 *
 * <ul>
 *   <li>{@code migratorCompare}: {@link Migrator#compare()}, which builds the target schema from the entities
 *       through Hibernate's boot metamodel, inspects the live schema and compares; it finds every difference.</li>
 *   <li>{@code migratorCompareBuiltTarget}: the same with the entities' schema built once, as the starter keeps it
 *       for an application's later checks ({@code /actuator/migrations}, the health indicator): inspect and
 *       compare only.</li>
 *   <li>{@code hibernateValidate}: what {@code hbm2ddl.auto=validate} runs, minus the rest of a SessionFactory:
 *       Hibernate's service registry and metadata for the same classes and settings, then
 *       {@code SchemaManagementToolCoordinator} with the validate action. It stops at the first difference.</li>
 * </ul>
 * Both take connections from the same HikariCP pool, as in a Spring Boot application.
 *
 * Hibernate's validate checks only that tables and columns exist with fitting types; the compare also checks
 * nullability, keys, foreign keys, unique and check constraints, indexes, comments and sequences.
 *
 * <p>Each side is mostly Hibernate building its metadata for 1,000 entities, which the JIT needs about 15 runs
 * to warm up to; hence the long warm-up. Setup writes and compiles the entities (a JDK is needed) and lets
 * Hibernate create the schema, under a minute per fork; it also checks that the compare finds nothing in the
 * matching database and at least the 28 differences in the drifted one, and that validate agrees. PostgreSQL comes
 * from the {@code MIGRATOR_TEST_POSTGRES_*} variables. Run:
 * {@code java -jar migrator-benchmarks/target/benchmarks.jar SchemaCheckBenchmark}
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "-Dorg.jboss.logging.provider=slf4j"})
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 20)
@Measurement(iterations = 20)
public class SchemaCheckBenchmark {

    private static final int ENTITIES = 1000;

    /** MATCHING: the schema Hibernate creates; DRIFTED: the same with {@link ScatteredDifferences} applied. */
    @Param({"MATCHING", "DRIFTED"})
    public String database;

    private Path workDirectory;
    private List<Class<?>> entities;
    private ClassLoader entityLoader;
    private TestDatabase db;
    private HikariDataSource pool;
    private Migrator migrator;
    private Migrator migratorWithBuiltTarget;

    @Setup(Level.Trial)
    public void prepare() throws IOException, SQLException {
        workDirectory = Files.createTempDirectory("migrator-schema-check");
        entities = GeneratedEntityModel.compile(ENTITIES, workDirectory);
        entityLoader = entities.get(0).getClassLoader();
        db = TestDatabases.fresh(DatabaseKind.POSTGRESQL);
        pool = ConnectionPools.of(db);
        withEntityLoader(() -> hibernate("create"));
        if (database.equals("DRIFTED")) {
            try (Connection connection = pool.getConnection()) {
                ScatteredDifferences.apply(connection, ENTITIES);
            }
        }
        TargetSchemaSource fromEntities = EntityChecks.fromEntities(entities, pool);
        migrator = EntityChecks.migrator(pool, fromEntities);
        migratorWithBuiltTarget = EntityChecks.migrator(pool, EntityChecks.kept(fromEntities));
        int expected = database.equals("DRIFTED") ? ScatteredDifferences.ALTERED_COLUMNS
                + ScatteredDifferences.MISSING_INDEXES + ScatteredDifferences.MISSING_TABLES : 0;
        SchemaDiff diff = migratorCompare();
        if (diff.operations().size() < expected || (expected == 0 && !diff.isEmpty())) {
            throw new IllegalStateException("Expected " + expected + " differences in the " + database
                    + " database, found " + diff.operations().size() + ":\n" + diff.describe());
        }
        boolean validated = hibernateValidate();
        if (validated != (expected == 0)) {
            throw new IllegalStateException("Hibernate's validate " + (validated ? "accepted" : "rejected")
                    + " the " + database + " database");
        }
    }

    @TearDown(Level.Trial)
    public void release() throws IOException {
        pool.close();
        db.close();
        CatalogVacuum.after(db);
        try (Stream<Path> files = Files.walk(workDirectory)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        }
    }

    @Benchmark
    public SchemaDiff migratorCompare() {
        return withEntityLoader(migrator::compare);
    }

    @Benchmark
    public SchemaDiff migratorCompareBuiltTarget() {
        return withEntityLoader(migratorWithBuiltTarget::compare);
    }

    @Benchmark
    public boolean hibernateValidate() {
        return withEntityLoader(() -> {
            try {
                hibernate("validate");
                return true;
            } catch (SchemaManagementException mismatch) {
                return false;
            }
        });
    }

    private Void hibernate(String action) {
        HibernateSchemaTool.run(action, entities, pool);
        return null;
    }

    /** Hibernate and Migrator resolve entity classes by name, too: through the loader that compiled them. */
    private <T> T withEntityLoader(java.util.function.Supplier<T> work) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(entityLoader);
        try {
            return work.get();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

}
