package dev.migrator.benchmarks;

import com.zaxxer.hikari.HikariDataSource;
import dev.migrator.autogenerate.TargetSchemaSource;
import dev.migrator.command.Migrator;
import dev.migrator.testsupport.DatabaseKind;
import dev.migrator.testsupport.TestDatabase;
import dev.migrator.testsupport.TestDatabases;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * {@link SchemaCheckBenchmark}'s three measurements, taken in turn in one JVM instead of one JMH fork each: the
 * compare from the entity classes, the compare with the entities' schema kept, and Hibernate's {@code validate}, on
 * 1,000 generated entities and the PostgreSQL schema Hibernate creates for them. Taking them in turn exposes all
 * three to the same noise of a shared machine and warms Hibernate's boot equally for all; the figures are medians.
 * Run: {@code java -cp migrator-benchmarks/target/benchmarks.jar dev.migrator.benchmarks.SchemaCheckInterleaved}
 * with the {@code MIGRATOR_TEST_POSTGRES_*} variables set.
 */
public final class SchemaCheckInterleaved {

    private static final int ENTITIES = 1000;
    private static final int WARM_UP_ROUNDS = 20;
    private static final int MEASURED_ROUNDS = 40;

    private SchemaCheckInterleaved() {
    }

    public static void main(String[] args) throws IOException, SQLException {
        Path work = Files.createTempDirectory("migrator-schema-check");
        List<Class<?>> entities = GeneratedEntityModel.compile(ENTITIES, work);
        Thread.currentThread().setContextClassLoader(entities.get(0).getClassLoader());
        try (TestDatabase db = TestDatabases.fresh(DatabaseKind.POSTGRESQL); HikariDataSource pool = ConnectionPools.of(db)) {
            HibernateSchemaTool.run("create", entities, pool);
            TargetSchemaSource fromEntities = EntityChecks.fromEntities(entities, pool);
            Migrator cold = EntityChecks.migrator(pool, fromEntities);
            Migrator warm = EntityChecks.migrator(pool, EntityChecks.kept(fromEntities));
            List<Long> compare = new ArrayList<>();
            List<Long> compareKept = new ArrayList<>();
            List<Long> validate = new ArrayList<>();
            for (int round = 0; round < WARM_UP_ROUNDS + MEASURED_ROUNDS; round++) {
                boolean measured = round >= WARM_UP_ROUNDS;
                time(measured, compare, () -> cold.compare().operations().size());
                time(measured, compareKept, () -> warm.compare().operations().size());
                time(measured, validate, () -> {
                    HibernateSchemaTool.run("validate", entities, pool);
                    return 0;
                });
            }
            System.out.println(String.format(Locale.ROOT, "Medians of %d rounds, %d entities, PostgreSQL:%n"
                    + "  compare from the entity classes     %s%n"
                    + "  compare with the entities' schema kept %s%n"
                    + "  Hibernate validate                  %s",
                    MEASURED_ROUNDS, ENTITIES, summary(compare), summary(compareKept), summary(validate)));
        }
    }

    private static void time(boolean measured, List<Long> into, LongSupplier work) {
        long start = System.nanoTime();
        long differences = work.getAsLong();
        long took = System.nanoTime() - start;
        if (differences != 0) {
            throw new IllegalStateException("The database matches the entities, yet " + differences
                    + " differences were found");
        }
        if (measured) {
            into.add(took);
        }
    }

    private static String summary(List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return String.format(Locale.ROOT, "%4d ms (p10 %d, p90 %d)", ms(sorted.get(sorted.size() / 2)),
                ms(sorted.get(sorted.size() / 10)), ms(sorted.get(sorted.size() * 9 / 10)));
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }
}
