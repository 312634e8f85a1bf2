package dev.migrator.test.autoconfigure;

import dev.migrator.autoconfigure.MigratorInstance;
import dev.migrator.autoconfigure.MigratorInstances;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.context.ApplicationContext;

/**
 * The checks of one test context: runs those {@link AutoMigrate @AutoMigrate} switched on, once, and remembers the
 * outcome for every test class that shares the context.
 */
final class MigrationChecks {

    static final String BEAN_NAME = "dev.migrator.test.autoconfigure.migrationChecks";

    private final AutoMigrateSettings settings;
    private boolean done;
    private MigrationCheckFailedError failure;

    MigrationChecks(AutoMigrateSettings settings) {
        this.settings = settings;
    }

    /**
     * Runs the checks the first time; afterwards only repeats their outcome.
     *
     * @throws MigrationCheckFailedError with the report of every check that failed
     */
    synchronized void verify(ApplicationContext context) {
        if (!done) {
            failure = run(context);
            done = true;
        }
        if (failure != null) {
            throw failure;
        }
    }

    private MigrationCheckFailedError run(ApplicationContext context) {
        MigratorInstances instances = context.getBeanProvider(MigratorInstances.class).getIfAvailable();
        if (instances == null) {
            return new MigrationCheckFailedError(List.of("@AutoMigrate(" + String.join(" = true, ",
                    settings.checkNames()) + " = true) has nothing to check: the test's context has no Migrator."
                    + " Migrator needs a database: give the test a DataSource (spring.datasource.*,"
                    + " @AutoConfigureTestDatabase, @ServiceConnection) or set spring.migrator.url."), null);
        }
        List<String> problems = new ArrayList<>();
        List<Throwable> causes = new ArrayList<>();
        for (MigratorInstance instance : instances.all()) {
            String about = instances.all().size() == 1 ? "" : "[instance '" + instance.name() + "'] ";
            if (settings.singleHead()) {
                run("singleHead", () -> new SingleHeadCheck().check(instance), about, problems, causes);
            }
            if (settings.entitiesMatch()) {
                run("entitiesMatch", () -> new EntitiesMatchCheck().check(instance), about, problems, causes);
            }
            if (settings.stairway()) {
                run("stairway", () -> new StairwayCheck().check(instance), about, problems, causes);
            }
        }
        if (problems.isEmpty()) {
            return null;
        }
        MigrationCheckFailedError error = new MigrationCheckFailedError(problems, causes.isEmpty() ? null
                : causes.get(0));
        causes.stream().skip(1).forEach(error::addSuppressed);
        return error;
    }

    private static void run(String check, Supplier<Optional<String>> body, String about, List<String> problems,
            List<Throwable> causes) {
        try {
            body.get().ifPresent(problem -> problems.add(about + problem));
        } catch (RuntimeException unexpected) {
            // Not a finding of the check but a reason it could not run (no connection, a broken entity, ...).
            problems.add(about + check + ": could not run: " + unexpected.getMessage());
            causes.add(unexpected);
        }
    }
}
