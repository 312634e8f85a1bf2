package dev.migrator.runtime;

import static dev.migrator.operations.TableElements.column;
import static dev.migrator.schema.Types.integer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.migrator.schema.QualifiedName;
import dev.migrator.testsupport.AllDatabasesTest;
import dev.migrator.testsupport.DatabaseKind;
import dev.migrator.testsupport.TestDatabase;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** Concurrency, failures and locks: what keeps a database safe when things go wrong. */
class RuntimeSafetyTest {

    private static final int RACERS = 8;

    @AllDatabasesTest
    void instancesRacingToUpgradeApplyEachMigrationExactlyOnce(TestDatabase db) throws Exception {
        for (int round = 0; round < Integer.getInteger("race.rounds", 1); round++) {
            race(round == 0 ? db : dev.migrator.testsupport.TestDatabases.fresh(db.kind()));
        }
    }

    private void race(TestDatabase db) throws Exception {
        Map<String, AtomicInteger> runs = new ConcurrentHashMap<>();
        TestMigrations migrations = new TestMigrations();
        String previous = null;
        for (int i = 0; i < 5; i++) {
            String id = "r" + i + "0000000";
            String table = "t" + i;
            migrations.revision(id, previous == null ? List.of() : List.of(previous), op -> {
                runs.computeIfAbsent(id, key -> new AtomicInteger()).incrementAndGet();
                op.createTable(table, column("id", integer()));
            }, op -> op.dropTable(table));
            previous = id;
        }
        ExecutorService pool = Executors.newFixedThreadPool(RACERS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<RunResult>> results = new ArrayList<>();
        try {
            for (int i = 0; i < RACERS; i++) {
                MigrationExecutor instance = migrations.executor(db);
                results.add(pool.submit(() -> {
                    start.await();
                    return instance.upgrade("head");
                }));
            }
            start.countDown();
            int stepsRun = 0;
            for (Future<RunResult> result : results) {
                stepsRun += result.get(2, TimeUnit.MINUTES).steps().size();
            }
            assertThat(stepsRun).isEqualTo(5);
        } finally {
            pool.shutdownNow();
        }
        assertThat(runs).hasSize(5).allSatisfy((id, count) -> assertThat(count.get()).as(id).isEqualTo(1));
        MigrationExecutor any = migrations.executor(db);
        assertThat(any.currentRevisions()).containsExactly("r40000000");
        assertThat(any.history()).hasSize(5).allMatch(HistoryEntry::success);
    }

    /** Revision 2 creates a table, then fails; the fixed version of it succeeds. */
    private static TestMigrations failingSecondRevision(boolean fixed) {
        return new TestMigrations()
                .revision("f1000000", List.of(), op -> op.createTable("first", column("id", integer())),
                        op -> op.dropTable("first"))
                .revision("f2000000", List.of("f1000000"), op -> {
                    op.createTable("later", column("id", integer()));
                    op.execute(fixed ? "INSERT INTO later (id) VALUES (1)" : "INSERT INTO later (missing) VALUES (1)");
                }, op -> op.dropTable("later"));
    }

    @AllDatabasesTest
    void aMigrationFailingMidwayIsReportedWithWhatStayedAppliedAndARerunAfterTheFixSucceeds(TestDatabase db)
            throws Exception {
        MigrationExecutor broken = failingSecondRevision(false).executor(db);

        MigrationFailedException failure = catchThrowableOfType(() -> broken.upgrade("head"),
                MigrationFailedException.class);

        assertThat(failure.revision()).isEqualTo("f2000000");
        assertThat(failure.sql()).isEqualTo("INSERT INTO later (missing) VALUES (1)");
        assertThat(failure.databaseRevisions()).containsExactly("f1000000");
        assertThat(broken.currentRevisions()).containsExactly("f1000000");
        boolean transactionalDdl = db.kind() == DatabaseKind.POSTGRESQL;
        assertThat(failure.possiblyHalfApplied()).isEqualTo(!transactionalDdl);
        if (transactionalDdl) {
            assertThat(SchemaSnapshot.userTables(db)).extracting(String::toLowerCase).containsExactly("first");
            assertThat(failure.getMessage()).contains("rolled back").contains("still at f1000000");
        } else {
            assertThat(SchemaSnapshot.userTables(db)).extracting(String::toLowerCase).containsExactly("first", "later");
            assertThat(failure.statementsApplied()).singleElement().asString().containsIgnoringCase("CREATE TABLE later");
            assertThat(failure.getMessage()).contains("half-applied").contains("CREATE TABLE later")
                    .contains("still says f1000000");
            try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
                statement.execute("DROP TABLE later");
            }
        }

        MigrationExecutor fixed = failingSecondRevision(true).executor(db);
        fixed.upgrade("head");

        assertThat(fixed.currentRevisions()).containsExactly("f2000000");
        assertThat(fixed.history()).extracting(entry -> entry.revision() + " " + entry.success())
                .containsExactly("f1000000 true", "f2000000 false", "f2000000 true");
    }

    @AllDatabasesTest
    void oneTransactionForTheWholeRunUndoesEveryMigrationWhereDdlIsTransactional(TestDatabase db) {
        RuntimeSettings wholeRun = RuntimeSettings.defaults().withTransactionMode(TransactionMode.ALL);
        MigrationExecutor executor = failingSecondRevision(false).executor(db, wholeRun, MigrationListener.NONE);

        catchThrowableOfType(() -> executor.upgrade("head"), MigrationFailedException.class);

        if (db.kind() == DatabaseKind.POSTGRESQL) {
            assertThat(executor.currentRevisions()).isEmpty();
            assertThat(SchemaSnapshot.userTables(db)).isEmpty();
        } else {
            assertThat(executor.currentRevisions()).containsExactly("f1000000");
        }
    }

    @AllDatabasesTest
    void aSecondRunWaitsForTheLockAndGivesUpWithAClearErrorAfterTheTimeout(TestDatabase db) throws Exception {
        MigrationLock lock = MigrationLocks.forDialect(TestMigrations.dialectOf(db), QualifiedName.of("migrator_version"));
        try (MigrationLock.Held held = lock.acquire(db.dataSource(), Duration.ofSeconds(5))) {
            LockTimeoutException timeout = catchThrowableOfType(
                    () -> lock.acquire(db.dataSource(), Duration.ofMillis(300)), LockTimeoutException.class);
            assertThat(timeout.getMessage()).contains("another instance is migrating").contains("lock timeout");

            RuntimeSettings impatient = RuntimeSettings.defaults().withLockTimeout(Duration.ofMillis(300));
            MigrationExecutor executor = MigrationExecutorTest.library().executor(db, impatient, MigrationListener.NONE);
            catchThrowableOfType(() -> executor.upgrade("head"), LockTimeoutException.class);
            assertThat(executor.currentRevisions()).isEmpty();
        }
        try (MigrationLock.Held again = lock.acquire(db.dataSource(), Duration.ofMillis(300))) {
            assertThat(again).isNotNull();
        }
    }

    @AllDatabasesTest
    void migratorsOfDifferentSchemasOnOneServerDoNotWaitForEachOther(TestDatabase db) throws Exception {
        MigrationLock lock = MigrationLocks.forDialect(TestMigrations.dialectOf(db), QualifiedName.of("migrator_version"));
        try (TestDatabase neighbour = dev.migrator.testsupport.TestDatabases.fresh(db.kind());
                MigrationLock.Held mine = lock.acquire(db.dataSource(), Duration.ofSeconds(5));
                MigrationLock.Held theirs = lock.acquire(neighbour.dataSource(), Duration.ofMillis(300))) {
            assertThat(theirs).isNotNull();
        }
    }

    @AllDatabasesTest
    void aLockWhoseSessionDiesIsReleasedWithoutAnyoneUnlockingIt(TestDatabase db) throws Exception {
        MigrationLock lock = MigrationLocks.forDialect(TestMigrations.dialectOf(db), QualifiedName.of("migrator_version"));
        List<Connection> opened = new ArrayList<>();
        javax.sql.DataSource remembering = new RememberingDataSource(db.dataSource(), opened);

        lock.acquire(remembering, Duration.ofSeconds(5));
        // The holder "crashes": its connection goes away without unlocking.
        for (Connection connection : opened) {
            connection.close();
        }

        try (MigrationLock.Held next = lock.acquire(db.dataSource(), Duration.ofSeconds(5))) {
            assertThat(next).isNotNull();
        }
    }
}
