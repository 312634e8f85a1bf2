package dev.migrator.runtime;

import static dev.migrator.operations.TableElements.column;
import static dev.migrator.schema.Types.bigint;
import static dev.migrator.schema.Types.integer;
import static dev.migrator.schema.Types.string;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.migrator.revision.RevisionException;
import dev.migrator.revision.RevisionNode;
import dev.migrator.schema.QualifiedName;
import dev.migrator.testsupport.AllDatabasesTest;
import dev.migrator.testsupport.DatabaseKind;
import dev.migrator.testsupport.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

class MigrationExecutorTest {

    /** author, then book referencing it, then an isbn column with an index. */
    static TestMigrations library() {
        return new TestMigrations()
                .revision("a1000000", List.of(),
                        op -> op.createTable("author", column("id", bigint()).primaryKey(),
                                column("name", string(100)).notNull()),
                        op -> op.dropTable("author"))
                .revision("b2000000", List.of("a1000000"),
                        op -> op.createTable("book", column("id", bigint()).primaryKey(),
                                column("title", string(200)).notNull(),
                                column("author_id", bigint()).references("author", "id").foreignKeyName("fk_book_author")),
                        op -> op.dropTable("book"))
                .revision("c3000000", List.of("b2000000"),
                        op -> {
                            op.addColumn("book", column("isbn", string(13)));
                            op.createIndex("ix_book_isbn", "book", "isbn");
                        },
                        op -> {
                            op.dropIndex("ix_book_isbn", "book");
                            op.dropColumn("book", "isbn");
                        });
    }

    @AllDatabasesTest
    void upgradeToHeadAppliesEveryRevisionAndKeepsVersionAndHistory(TestDatabase db) {
        MigrationExecutor executor = library().executor(db);

        RunResult result = executor.upgrade("head");

        assertThat(result.steps()).extracting(step -> step.step().id()).containsExactly("a1000000", "b2000000", "c3000000");
        assertThat(executor.currentRevisions()).containsExactly("c3000000");
        assertThat(SchemaSnapshot.versionRows(db)).containsExactly("c3000000");
        assertThat(SchemaSnapshot.userTables(db)).extracting(String::toLowerCase).containsExactly("author", "book");
        assertThat(SchemaSnapshot.of(db)).anyMatch(line -> line.toLowerCase().contains("book index ix_book_isbn isbn"))
                .anyMatch(line -> line.toLowerCase().contains("book fk author_id -> author.id"));
        List<HistoryEntry> history = executor.history();
        assertThat(history).extracting(HistoryEntry::revision).containsExactly("a1000000", "b2000000", "c3000000");
        assertThat(history).allSatisfy(entry -> {
            assertThat(entry.success()).isTrue();
            assertThat(entry.action()).isEqualTo(HistoryEntry.Action.UPGRADE);
            assertThat(entry.durationMillis()).isNotNull().isGreaterThanOrEqualTo(0);
            assertThat(entry.databaseUser()).isNotBlank();
            assertThat(entry.message()).isEqualTo("revision " + entry.revision());
        });
    }

    @AllDatabasesTest
    void upgradeAtHeadRunsNothingAndTouchesNoTable(TestDatabase db) {
        MigrationExecutor executor = library().executor(db);
        executor.upgrade("head");

        RunResult again = executor.upgrade("head");

        assertThat(again.changedAnything()).isFalse();
        assertThat(executor.history()).hasSize(3);
    }

    @AllDatabasesTest
    void roundTripToBaseAndBackGivesTheSameSchema(TestDatabase db) {
        MigrationExecutor executor = library().executor(db);
        executor.upgrade("head");
        List<String> atHead = SchemaSnapshot.of(db);

        RunResult down = executor.downgrade("base");

        assertThat(down.steps()).extracting(step -> step.step().id()).containsExactly("c3000000", "b2000000", "a1000000");
        assertThat(SchemaSnapshot.userTables(db)).isEmpty();
        assertThat(executor.currentRevisions()).isEmpty();

        executor.upgrade("head");
        assertThat(SchemaSnapshot.of(db)).isEqualTo(atHead);
        assertThat(executor.currentRevisions()).containsExactly("c3000000");
    }

    @AllDatabasesTest
    void relativeTargetsMoveStepByStep(TestDatabase db) {
        MigrationExecutor executor = library().executor(db);
        executor.upgrade("+2");
        assertThat(executor.currentRevisions()).containsExactly("b2000000");
        executor.downgrade("-1");
        assertThat(executor.currentRevisions()).containsExactly("a1000000");
        assertThat(SchemaSnapshot.userTables(db)).extracting(String::toLowerCase).containsExactly("author");
    }

    /** base a; branch x (labelled "extra") and y off a; merge m of both. */
    static TestMigrations branches() {
        return new TestMigrations()
                .revision("a0000000", List.of(), op -> op.createTable("base_t", column("id", integer())),
                        op -> op.dropTable("base_t"))
                .revision("x1000000", List.of("a0000000"), op -> op.createTable("x_t", column("id", integer())),
                        op -> op.dropTable("x_t"))
                .revision(new RevisionNode("y1000000", List.of("a0000000"), Set.of("extra"), List.of()),
                        op -> op.createTable("y_t", column("id", integer())), op -> op.dropTable("y_t"))
                .revision("m2000000", List.of("x1000000", "y1000000"),
                        op -> op.addColumn("x_t", column("note", string(20))), op -> op.dropColumn("x_t", "note"));
    }

    @AllDatabasesTest
    void branchesAreUpgradedOneByOneThenMergedAndOneBranchCanBeDowngradedAlone(TestDatabase db) {
        MigrationExecutor executor = branches().executor(db);

        executor.upgrade("x1000000");
        assertThat(executor.currentRevisions()).containsExactly("x1000000");
        executor.upgrade("extra@head");
        assertThat(executor.currentRevisions()).containsExactly("m2000000");

        executor.downgrade("x1000000");
        assertThat(executor.currentRevisions()).containsExactlyInAnyOrder("x1000000", "y1000000");

        executor.downgrade("extra@-1");
        assertThat(executor.currentRevisions()).containsExactly("x1000000");
        assertThat(SchemaSnapshot.userTables(db)).extracting(String::toLowerCase).containsExactly("base_t", "x_t");

        executor.upgrade("y1000000");
        assertThat(executor.currentRevisions()).containsExactlyInAnyOrder("x1000000", "y1000000");
        executor.upgrade("heads");
        assertThat(executor.currentRevisions()).containsExactly("m2000000");
    }

    @AllDatabasesTest
    void aDatabaseAtARevisionNoScriptDefinesIsRefusedUntilStamped(TestDatabase db) throws Exception {
        MigrationExecutor executor = library().executor(db);
        executor.upgrade("a1000000");
        try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE migrator_version SET version_num = 'ffffffffffff'");
        }

        RevisionException error = catchThrowableOfType(() -> executor.upgrade("head"), RevisionException.class);

        assertThat(error.kind()).isEqualTo(RevisionException.Kind.UNKNOWN_DATABASE_REVISION);
        assertThat(error.getMessage()).contains("ffffffffffff").contains("stamp");
        assertThat(executor.stamp(List.of("a1000000"), true)).containsExactly("a1000000");
        executor.upgrade("head");
        assertThat(executor.currentRevisions()).containsExactly("c3000000");
    }

    @AllDatabasesTest
    void stampSetsTheVersionWithoutRunningMigrations(TestDatabase db) {
        MigrationExecutor executor = library().executor(db);

        assertThat(executor.stamp(List.of("head"), false)).containsExactly("c3000000");

        assertThat(SchemaSnapshot.userTables(db)).isEmpty();
        assertThat(executor.currentRevisions()).containsExactly("c3000000");
        assertThat(executor.history()).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo(HistoryEntry.Action.STAMP);
            assertThat(entry.revision()).isEqualTo("c3000000");
        });
        assertThat(executor.stamp(List.of("base"), false)).isEmpty();
        assertThat(executor.currentRevisions()).isEmpty();
    }

    @AllDatabasesTest
    void versionTableNameAndSchemaAreConfigurableAndQuotedWhereNeeded(TestDatabase db) {
        RuntimeSettings settings = RuntimeSettings.defaults()
                .withVersionTable(QualifiedName.of("Schema Version"))
                .withHistoryTable(QualifiedName.of("order"));
        MigrationExecutor executor = library().executor(db, settings, MigrationListener.NONE);

        executor.upgrade("head");

        assertThat(executor.currentRevisions()).containsExactly("c3000000");
        assertThat(executor.history()).hasSize(3);
        assertThat(SchemaSnapshot.userTables(db)).contains("Schema Version", "order");
    }

    @AllDatabasesTest
    void listenersHearEveryStepAndTheRun(TestDatabase db) {
        List<String> heard = new ArrayList<>();
        MigrationListener listener = new MigrationListener() {
            @Override
            public void runStarting(dev.migrator.revision.MigrationPlan plan) {
                heard.add("start " + plan.steps().size());
            }

            @Override
            public void stepFinished(StepResult result) {
                heard.add(result.step().id() + " " + result.succeeded());
            }

            @Override
            public void runFinished(RunResult result) {
                heard.add("finished " + result.after());
            }
        };

        library().executor(db, RuntimeSettings.defaults(), listener).upgrade("b2000000");

        assertThat(heard).containsExactly("start 2", "a1000000 true", "b2000000 true", "finished [b2000000]");
    }

    @AllDatabasesTest
    void aFailedUpgradeIsNotRecordedAsApplied(TestDatabase db) throws Exception {
        MigrationExecutor executor = library().revision("d4000000", List.of("c3000000"),
                op -> op.execute("INSERT INTO no_such_table VALUES (1)"), op -> { }).executor(db);

        MigrationFailedException failure = catchThrowableOfType(() -> executor.upgrade("head"),
                MigrationFailedException.class);

        assertThat(failure.revision()).isEqualTo("d4000000");
        assertThat(failure.sql()).isEqualTo("INSERT INTO no_such_table VALUES (1)");
        assertThat(failure.getMessage()).contains("d4000000").contains("no_such_table");
        assertThat(executor.currentRevisions()).containsExactly("c3000000");
        assertThat(executor.history()).last().satisfies(entry -> {
            assertThat(entry.revision()).isEqualTo("d4000000");
            assertThat(entry.success()).isFalse();
            assertThat(entry.error()).isNotBlank();
        });
        try (Connection connection = db.connect(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM migrator_history WHERE success = "
                        + (db.kind() == DatabaseKind.MARIADB ? "0" : "FALSE"))) {
            rows.next();
            assertThat(rows.getInt(1)).isEqualTo(1);
        }
    }

    @AllDatabasesTest
    void listenersHearAFailedRunAfterItsFailedStepAndNoFinish(TestDatabase db) {
        List<String> heard = new ArrayList<>();
        MigrationListener listener = new MigrationListener() {
            @Override
            public void stepFinished(StepResult result) {
                heard.add(result.step().id() + " " + result.succeeded());
            }

            @Override
            public void runFinished(RunResult result) {
                heard.add("finished");
            }

            @Override
            public void runFailed(dev.migrator.revision.MigrationPlan plan, Throwable failure) {
                heard.add("failed " + plan.revisionIds() + " " + failure.getClass().getSimpleName());
            }
        };
        MigrationExecutor executor = library().revision("d4000000", List.of("c3000000"),
                op -> op.execute("INSERT INTO no_such_table VALUES (1)"), op -> { })
                .executor(db, RuntimeSettings.defaults(), listener);

        assertThatThrownBy(() -> executor.upgrade("head")).isInstanceOf(MigrationFailedException.class);

        assertThat(heard).containsExactly("a1000000 true", "b2000000 true", "c3000000 true", "d4000000 false",
                "failed [a1000000, b2000000, c3000000, d4000000] MigrationFailedException");
    }

    @AllDatabasesTest
    void downgradeToATargetAboveTheDatabaseIsRefused(TestDatabase db) {
        MigrationExecutor executor = library().executor(db);
        executor.upgrade("a1000000");
        assertThatThrownBy(() -> executor.downgrade("c3000000")).isInstanceOf(RevisionException.class)
                .satisfies(e -> assertThat(((RevisionException) e).kind()).isEqualTo(RevisionException.Kind.NOT_ANCESTOR));
    }
}
