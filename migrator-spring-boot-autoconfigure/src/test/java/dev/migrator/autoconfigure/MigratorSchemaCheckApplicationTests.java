package dev.migrator.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.migrator.autoconfigure.cli.testapp.CatalogTestApplication;
import dev.migrator.testsupport.AllDatabasesTest;
import dev.migrator.testsupport.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/** spring.migrator.on-schema-mismatch in a whole JPA application, comparing with its own entities, on every database. */
@ExtendWith(OutputCaptureExtension.class)
class MigratorSchemaCheckApplicationTests {

    private static final String WITH_REVIEW = "spring.migrator.entity-packages="
            + CatalogTestApplication.class.getPackageName() + "," + CatalogTestApplication.EXTRA_ENTITIES;

    @AllDatabasesTest
    void migrationsThatMatchTheEntitiesPassTheCheck(TestDatabase db, CapturedOutput output) {
        try (ConfigurableApplicationContext context = start(db, "spring.migrator.on-schema-mismatch=fail")) {
            assertThat(context.getBean(MigrationRunner.class).compare().describe()).isEmpty();
        }
        assertThat(output).doesNotContain("does not match the expected schema");
    }

    @AllDatabasesTest
    void failStopsStartupWithAReportListingWhatTheMigrationsLack(TestDatabase db) {
        Throwable failure = catchThrowable(() -> start(db, "spring.migrator.on-schema-mismatch=fail", WITH_REVIEW));

        FailureAnalysis analysis = BootFailureReport.analyze(failure);
        assertThat(analysis.getDescription()).contains("Migrator instance 'default' failed at start-up",
                "does not match the expected schema", "create table review");
        assertThat(analysis.getAction()).contains("Write a migration for the differences");
    }

    @AllDatabasesTest
    void warnStartsAndLogsTheDifferencesInOneBlock(TestDatabase db, CapturedOutput output) {
        try (ConfigurableApplicationContext context = start(db, "spring.migrator.on-schema-mismatch=warn",
                WITH_REVIEW)) {
            assertThat(context.getBean(MigrationRunner.class).current()).containsExactly("1d2e3f4a5b6c");
        }
        assertThat(output).containsPattern("WARN .*Migrator instance 'default': The database does not match the"
                + " expected schema: 1 pending operation\\(s\\)\\R  - create table review\\R");
    }

    private static ConfigurableApplicationContext start(TestDatabase db, String... properties) {
        List<String> all = new ArrayList<>(List.of("spring.datasource.url=" + db.jdbcUrl(),
                "spring.migrator.migration-package=" + CatalogTestApplication.MIGRATIONS,
                "spring.jpa.open-in-view=false", "spring.main.banner-mode=off"));
        if (db.user() != null) {
            all.add("spring.datasource.username=" + db.user());
        }
        if (db.password() != null) {
            all.add("spring.datasource.password=" + db.password());
        }
        all.addAll(List.of(properties));
        return new SpringApplicationBuilder(CatalogTestApplication.class).web(WebApplicationType.NONE)
                .properties(all.toArray(String[]::new)).run();
    }
}
