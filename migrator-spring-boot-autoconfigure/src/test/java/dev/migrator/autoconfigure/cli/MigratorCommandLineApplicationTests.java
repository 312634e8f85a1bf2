package dev.migrator.autoconfigure.cli;

import static dev.migrator.autoconfigure.TestDatabaseChecks.hasTable;
import static org.assertj.core.api.Assertions.assertThat;

import dev.migrator.autoconfigure.cli.testapp.CatalogTestApplication;
import dev.migrator.testsupport.AllDatabasesTest;
import dev.migrator.testsupport.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.ClassUtils;

/**
 * {@code java -jar app.jar migrator <command>} on every database: a JPA web application started with the command runs
 * it against its own configuration and entities, prints the result and exits with the command's code, without its
 * web server and without the start-up upgrade.
 */
@ExtendWith(OutputCaptureExtension.class)
class MigratorCommandLineApplicationTests {

    private static final String FIRST = "0c1d2e3f4a5b";
    private static final String HEAD = "1d2e3f4a5b6c";

    @TempDir
    Path sources;

    private CapturedOutput output;

    @AllDatabasesTest
    void runsEachCommandAgainstTheApplicationsDatabaseAndEntities(TestDatabase db, CapturedOutput output)
            throws IOException {
        this.output = output;

        Run current = run(db, "current");
        assertThat(current.exitCode()).isZero();
        assertThat(current.out()).contains("<base> (nothing applied)");
        assertThat(ClassUtils.isPresent("org.apache.catalina.startup.Tomcat", null))
                .as("a web server on the class path, or not starting one proves nothing").isTrue();
        assertThat(current.webServer()).as("command mode starts no web server").isFalse();
        assertThat(hasTable(db.dataSource(), "migrator_version")).as("no start-up upgrade in command mode").isFalse();
        assertThat(hasTable(db.dataSource(), "publisher")).isFalse();

        Run heads = run(db, "heads");
        assertThat(heads.exitCode()).isZero();
        assertThat(heads.out()).contains(HEAD + " (head)");

        Run history = run(db, "history");
        assertThat(history.exitCode()).isZero();
        assertThat(history.out()).contains(FIRST + " -> " + HEAD + " (head), index publisher names")
                .contains("<base> -> " + FIRST + ", create publisher");

        Run checkAtBase = run(db, "check");
        assertThat(checkAtBase.exitCode()).isEqualTo(1);
        assertThat(checkAtBase.out()).contains("create table publisher");

        Run upgrade = run(db, "upgrade", "head");
        assertThat(upgrade.exitCode()).isZero();
        assertThat(upgrade.out()).contains("Running upgrade <base> -> " + FIRST + ", create publisher")
                .contains("Running upgrade " + FIRST + " -> " + HEAD + ", index publisher names")
                .contains("Database upgraded to " + HEAD);
        assertThat(hasTable(db.dataSource(), "publisher")).isTrue();

        Run currentAtHead = run(db, "current");
        assertThat(currentAtHead.out()).contains(HEAD + " (head)");

        Run checkAtHead = run(db, "check");
        assertThat(checkAtHead.exitCode()).as(checkAtHead.out()).isZero();
        assertThat(checkAtHead.out()).contains("No new upgrade operations detected.");

        Run nothingToGenerate = run(db, "revision", "--autogenerate", "-m", "nothing");
        assertThat(nothingToGenerate.exitCode()).isZero();
        assertThat(nothingToGenerate.out()).contains("No changes in schema detected");
        assertThat(files(sources)).isEmpty();

        Run checkWithReview = run(db, withReviewEntity("check"));
        assertThat(checkWithReview.exitCode()).isEqualTo(1);
        assertThat(checkWithReview.out()).contains("1 pending operation(s)").contains("create table review");

        Run generate = run(db, withReviewEntity("revision", "--autogenerate", "-m", "add review", "--rev-id",
                "2e3f4a5b6c7d"));
        assertThat(generate.exitCode()).isZero();
        assertThat(generate.out()).contains("Generated ").contains("(revision 2e3f4a5b6c7d)");
        assertThat(files(sources)).singleElement().satisfies(file -> assertThat(Files.readString(file))
                .contains("package " + CatalogTestApplication.MIGRATIONS + ";")
                .contains("down = \"" + HEAD + "\"")
                .contains("op.createTable(\"review\""));

        Run downgrade = run(db, "downgrade", "base");
        assertThat(downgrade.exitCode()).isZero();
        assertThat(downgrade.out()).contains("Running downgrade " + HEAD + " -> " + FIRST)
                .contains("Database downgraded to <base>");
        assertThat(hasTable(db.dataSource(), "publisher")).isFalse();
    }

    @AllDatabasesTest
    void usageAndCommandErrorsExitWithTheirCodes(TestDatabase db, CapturedOutput output) {
        this.output = output;

        Run unknown = run(db, "nonsense");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("Unmatched argument at index 0: 'nonsense'").contains("Did you mean");

        Run badTarget = run(db, "upgrade", "ffff0000");
        assertThat(badTarget.exitCode()).isEqualTo(1);
        assertThat(badTarget.err()).contains("Error: No such revision or branch 'ffff0000'");

        Run unknownInstance = run(db, "--instance", "reporting", "current");
        assertThat(unknownInstance.exitCode()).isEqualTo(1);
        assertThat(unknownInstance.err()).contains("'reporting'").contains("'default'");
    }

    private String[] withReviewEntity(String... command) {
        List<String> all = new ArrayList<>(List.of("--spring.migrator.entity-packages="
                + CatalogTestApplication.class.getPackageName() + "," + CatalogTestApplication.EXTRA_ENTITIES));
        all.addAll(List.of(command));
        return all.toArray(String[]::new);
    }

    /** Starts the application as {@code java -jar app.jar migrator <command>} would, the connection set in properties. */
    private Run run(TestDatabase db, String... command) {
        List<String> arguments = new ArrayList<>(List.of("migrator"));
        arguments.addAll(List.of(command));
        int outBefore = output.getOut().length();
        int errBefore = output.getErr().length();
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(CatalogTestApplication.class,
                RecordedExit.class).properties(properties(db)).run(arguments.toArray(String[]::new))) {
            return new Run(context.getBean(RecordedExit.class).code, output.getOut().substring(outBefore),
                    output.getErr().substring(errBefore), context instanceof WebServerApplicationContext);
        }
    }

    private String[] properties(TestDatabase db) {
        List<String> properties = new ArrayList<>(List.of("spring.datasource.url=" + db.jdbcUrl(),
                "spring.migrator.migration-package=" + CatalogTestApplication.MIGRATIONS,
                "spring.migrator.source-directory=" + sources, "spring.jpa.open-in-view=false"));
        if (db.user() != null) {
            properties.add("spring.datasource.username=" + db.user());
        }
        if (db.password() != null) {
            properties.add("spring.datasource.password=" + db.password());
        }
        return properties.toArray(String[]::new);
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    private record Run(Integer exitCode, String out, String err, boolean webServer) {
    }

    /** Records the exit code instead of ending the JVM. */
    @Configuration(proxyBeanMethods = false)
    static class RecordedExit {

        Integer code;

        @Bean
        MigratorCommandLineExit recordingExit() {
            return exitCode -> code = exitCode;
        }
    }
}
