package dev.migrator.benchmarks;

import static dev.migrator.operations.TableElements.column;
import static dev.migrator.schema.Types.integer;
import static dev.migrator.schema.Types.string;

import dev.migrator.Migration;
import dev.migrator.dialect.Dialect;
import dev.migrator.dialect.Dialects;
import dev.migrator.operations.Operations;
import dev.migrator.revision.RevisionGraph;
import dev.migrator.revision.RevisionNode;
import dev.migrator.runtime.MigrationExecutor;
import dev.migrator.runtime.MigrationListener;
import dev.migrator.runtime.RunResult;
import dev.migrator.runtime.RuntimeSettings;
import dev.migrator.script.MigrationScript;
import dev.migrator.script.ScriptSet;
import dev.migrator.testsupport.DatabaseKind;
import dev.migrator.testsupport.TestDatabase;
import dev.migrator.testsupport.TestDatabases;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
 * The runtime against a real database. {@code applyAll} applies 1,000 small migrations (one table
 * each) to an empty schema; {@code plainJdbc} runs the same DDL through plain JDBC, one commit per
 * statement, as the floor to compare with. {@code checkAtHead} is what every application start pays
 * once the database is at head: 1,000 revisions, nothing to apply.
 *
 * <p>Connections come from a HikariCP pool, as in a Spring Boot application, so the figures are not
 * connection set-up times. PostgreSQL and MariaDB need the {@code MIGRATOR_TEST_*} variables that {@code .ci/run} sets.
 */
@State(Scope.Benchmark)
@Fork(1)
public class RuntimeBenchmark {

    private static final int REVISIONS = 1000;

    @Param({"H2", "POSTGRESQL"})
    public DatabaseKind database;

    private TestDatabase db;
    private HikariDataSource pool;
    private HikariDataSource atHeadPool;
    private Dialect dialect;
    private RevisionGraph graph;
    private ScriptSet scripts;
    private MigrationExecutor atHead;
    private TestDatabase atHeadDb;

    @Setup(Level.Trial)
    public void prepare() {
        dialect = Dialects.forName(database == DatabaseKind.H2 ? "h2" : database == DatabaseKind.POSTGRESQL
                ? "postgresql" : "mariadb");
        List<MigrationScript> list = new ArrayList<>();
        for (int i = 0; i < REVISIONS; i++) {
            String table = "t" + i;
            RevisionNode node = i == 0 ? RevisionNode.of(id(i)) : RevisionNode.of(id(i), id(i - 1));
            list.add(MigrationScript.of(node, "create " + table, Instant.EPOCH.plusSeconds(i), new Migration() {
                @Override
                public void upgrade(Operations op) {
                    op.createTable(table, column("id", integer()).primaryKey(), column("name", string(50)));
                }

                @Override
                public void downgrade(Operations op) {
                    op.dropTable(table);
                }
            }));
        }
        scripts = ScriptSet.of(list);
        graph = RevisionGraph.of(scripts.nodes());
        atHeadDb = TestDatabases.fresh(database);
        atHeadPool = ConnectionPools.of(atHeadDb);
        atHead = executor(atHeadPool);
        atHead.upgrade("head");
    }

    @TearDown(Level.Trial)
    public void dropAtHead() {
        atHeadPool.close();
        atHeadDb.close();
    }

    @Setup(Level.Iteration)
    public void freshSchema() {
        db = TestDatabases.fresh(database);
        pool = ConnectionPools.of(db);
    }

    @TearDown(Level.Iteration)
    public void dropSchema() {
        pool.close();
        db.close();
        CatalogVacuum.after(db);
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 2)
    @Measurement(iterations = 5)
    public RunResult applyAll() {
        return executor(pool).upgrade("head");
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 2)
    @Measurement(iterations = 5)
    public int plainJdbc() throws SQLException {
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            for (int i = 0; i < REVISIONS; i++) {
                statement.execute("CREATE TABLE t" + i + " (id INTEGER NOT NULL, name VARCHAR(50), PRIMARY KEY (id))");
                connection.commit();
            }
        }
        return REVISIONS;
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 5, time = 1)
    @Measurement(iterations = 5, time = 1)
    public RunResult checkAtHead() {
        return atHead.upgrade("head");
    }

    private MigrationExecutor executor(javax.sql.DataSource target) {
        return new MigrationExecutor(target, dialect, graph, scripts, RuntimeSettings.defaults(),
                MigrationListener.NONE);
    }

    private static String id(int i) {
        return String.format("%012x", 0xa11ce0000000L + i);
    }
}
