package dev.migrator.autoconfigure.actuate;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import dev.migrator.autoconfigure.MigratorConfigurationCustomizer;
import dev.migrator.autoconfigure.testapp.LibraryTestApplication;
import dev.migrator.testsupport.AllDatabasesTest;
import dev.migrator.testsupport.DatabaseKind;
import dev.migrator.testsupport.TestDatabase;
import dev.migrator.testsupport.TestDatabases;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The endpoint, health indicator and meters of a running web application, through HTTP, on every database. */
class MigratorActuatorApplicationTests {

    private static final String FIRST = "1a2b3c4d5e6f";
    private static final String HEAD = "2b3c4d5e6f7a";

    private final HttpClient http = HttpClient.newHttpClient();

    @AllDatabasesTest
    void theEndpointHealthAndMetricsFollowTheDatabaseFromPendingToHead(TestDatabase db) throws Exception {
        try (ConfigurableApplicationContext context = start(db,
                "spring.migrator.endpoint.write-operations-enabled=true",
                "management.endpoint.migrations.access=unrestricted")) {
            String base = "http://localhost:" + context.getEnvironment().getProperty("local.server.port") + "/actuator";
            assertThat(get(base + "/health").status()).isEqualTo(200);

            Response downgrade = post(base + "/migrations/default/downgrade", "{\"target\": \"" + FIRST + "\"}");
            assertThat(downgrade.status()).as(downgrade.body()).isEqualTo(200);
            assertThat(downgrade.json().read("$.before", List.class)).containsExactly(HEAD);
            assertThat(downgrade.json().read("$.after", List.class)).containsExactly(FIRST);

            Response health = get(base + "/health");
            assertThat(health.status()).isEqualTo(503);
            assertThat(health.json().read("$.components.migrator.status", String.class)).isEqualTo("DOWN");
            assertThat(health.json().read("$.components.migrator.details.default.pending", Integer.class)).isEqualTo(1);

            Response all = get(base + "/migrations");
            assertThat(all.status()).isEqualTo(200);
            Map<String, Object> contexts = all.json().read("$.contexts");
            assertThat(contexts).hasSize(1);
            String instance = "$.contexts['" + contexts.keySet().iterator().next() + "'].instances.default";
            DocumentContext json = all.json();
            assertThat(json.read(instance + ".target", String.class)).isEqualTo("head");
            assertThat(json.read(instance + ".current", List.class)).containsExactly(FIRST);
            assertThat(json.read(instance + ".heads", List.class)).containsExactly(HEAD);
            assertThat(json.read(instance + ".pending[*].id", List.class)).containsExactly(HEAD);
            assertThat(json.read(instance + ".pending[0].message", String.class)).isNotBlank();
            // The whole graph, newest first, joined with what the history table recorded.
            assertThat(json.read(instance + ".history[*].id", List.class)).containsExactly(HEAD, FIRST);
            assertThat(json.read(instance + ".history[0].applied", Boolean.class)).isFalse();
            assertThat(json.read(instance + ".history[0].lastRecorded.action", String.class)).isEqualTo("DOWNGRADE");
            assertThat(json.read(instance + ".history[0].downRevisions", List.class)).containsExactly(FIRST);
            assertThat(json.read(instance + ".history[1].applied", Boolean.class)).isTrue();
            assertThat(json.read(instance + ".history[1].message", String.class)).isEqualTo("create book");
            assertThat(json.read(instance + ".history[1].created", String.class)).isEqualTo("2026-11-01T10:00:00Z");
            assertThat(json.read(instance + ".history[1].lastRecorded.action", String.class)).isEqualTo("UPGRADE");
            assertThat(json.read(instance + ".history[1].lastRecorded.success", Boolean.class)).isTrue();
            assertThat(json.read(instance + ".history[1].lastRecorded.startedAt", String.class)).isNotBlank();
            assertThat(json.read(instance + ".history[1].lastRecorded.databaseUser", String.class)).isNotBlank();
            assertThat(json.read(instance + ".history[1].lastRecorded.durationMillis", Long.class)).isNotNull();
            // The pending diff against the target schema, computed once and then cached.
            assertThat(json.read(instance + ".diff.status", String.class)).isEqualTo("COMPUTED");
            List<String> operations = json.read(instance + ".diff.operations");
            assertThat(operations).anyMatch(operation -> operation.toLowerCase().contains("loan"));
            assertThat(json.read(instance + ".diff.warnings", List.class)).isNotEmpty();
            String computedAt = json.read(instance + ".diff.computedAt");
            assertThat(get(base + "/migrations/default").json().read("$.diff.computedAt", String.class))
                    .isEqualTo(computedAt);

            Response diff = get(base + "/migrations/default/diff");
            assertThat(diff.status()).isEqualTo(200);
            assertThat(diff.json().read("$.status", String.class)).isEqualTo("COMPUTED");
            assertThat(diff.json().read("$.computedAt", String.class)).isGreaterThanOrEqualTo(computedAt);
            assertThat(get(base + "/migrations/nosuchinstance").status()).isEqualTo(404);

            assertThat(get(base + "/metrics/migrator.pending.revisions?tag=instance:default").json()
                    .read("$.measurements[0].value", Double.class)).isEqualTo(1.0);
            assertThat(get(base + "/metrics/migrator.pending.diff.operations?tag=instance:default").json()
                    .read("$.measurements[0].value", Double.class)).isEqualTo(operations.size());

            Response upgrade = post(base + "/migrations/default/upgrade", "{\"target\": \"head\"}");
            assertThat(upgrade.status()).as(upgrade.body()).isEqualTo(200);
            assertThat(upgrade.json().read("$.before", List.class)).containsExactly(FIRST);
            assertThat(upgrade.json().read("$.after", List.class)).containsExactly(HEAD);
            assertThat(upgrade.json().read("$.steps[*].id", List.class)).containsExactly(HEAD);

            assertThat(get(base + "/health").status()).isEqualTo(200);
            assertThat(get(base + "/metrics/migrator.pending.revisions?tag=instance:default").json()
                    .read("$.measurements[0].value", Double.class)).isEqualTo(0.0);
            Response timers = get(base + "/metrics/migrator.migration?tag=revision:" + HEAD);
            assertThat(timers.status()).isEqualTo(200);
            assertThat(timers.json().read("$.availableTags[?(@.tag == 'outcome')].values[*]", List.class))
                    .containsExactly("success");

            Response stamp = post(base + "/migrations/default/stamp",
                    "{\"revisions\": \"" + FIRST + "\", \"purge\": true}");
            assertThat(stamp.status()).as(stamp.body()).isEqualTo(200);
            assertThat(stamp.json().read("$.after", List.class)).containsExactly(FIRST);
            assertThat(get(base + "/migrations/default").json().read("$.current", List.class)).containsExactly(FIRST);

            assertThat(post(base + "/migrations/default/downgrade", "{}").status()).isEqualTo(400);
            assertThat(post(base + "/migrations/default/frobnicate", "{}").status()).isEqualTo(400);
            assertThat(post(base + "/migrations/nosuchinstance/upgrade", "{}").status()).isEqualTo(400);
        }
    }

    @Test
    void withoutWriteOperationsEnabledTheEndpointOnlyReads() throws Exception {
        try (TestDatabase db = TestDatabases.fresh(DatabaseKind.H2);
                ConfigurableApplicationContext context = start(db,
                        "management.endpoint.migrations.access=unrestricted")) {
            String base = "http://localhost:" + context.getEnvironment().getProperty("local.server.port") + "/actuator";
            assertThat(post(base + "/migrations/default/upgrade", "{}").status()).isIn(404, 405);
            assertThat(get(base + "/migrations/default").status()).isEqualTo(200);
        }
    }

    @Test
    void enabledWriteOperationsStillNeedUnrestrictedAccess() throws Exception {
        try (TestDatabase db = TestDatabases.fresh(DatabaseKind.H2);
                ConfigurableApplicationContext context = start(db,
                        "spring.migrator.endpoint.write-operations-enabled=true")) {
            String base = "http://localhost:" + context.getEnvironment().getProperty("local.server.port") + "/actuator";
            assertThat(post(base + "/migrations/default/upgrade", "{}").status()).isIn(404, 405);
            assertThat(get(base + "/migrations/default").status()).isEqualTo(200);
        }
    }

    private Response get(String uri) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(uri)).GET().build());
    }

    private Response post(String uri, String body) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(uri)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private Response send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        return new Response(response.statusCode(), response.body());
    }

    private record Response(int status, String body) {

        DocumentContext json() {
            return JsonPath.parse(body);
        }
    }

    private static ConfigurableApplicationContext start(TestDatabase db, String... properties) {
        List<String> all = new ArrayList<>(List.of("spring.datasource.url=" + db.jdbcUrl()));
        if (db.user() != null) {
            all.add("spring.datasource.username=" + db.user());
        }
        if (db.password() != null) {
            all.add("spring.datasource.password=" + db.password());
        }
        all.add("spring.migrator.migration-package=" + LibraryTestApplication.MIGRATIONS);
        all.add("spring.jpa.open-in-view=false");
        all.add("spring.main.banner-mode=off");
        all.add("server.port=0");
        all.add("management.endpoints.web.exposure.include=migrations,health,metrics");
        all.add("management.endpoint.health.show-details=always");
        all.addAll(List.of(properties));
        return new SpringApplicationBuilder(LibraryTestApplication.class, EntitiesExpectALoanTable.class)
                .web(WebApplicationType.SERVLET).properties(all.toArray(String[]::new)).run();
    }

    @Configuration(proxyBeanMethods = false)
    static class EntitiesExpectALoanTable {

        @Bean
        MigratorConfigurationCustomizer expectALoanTable() {
            return TargetSchemas.expectingALoanTable();
        }
    }
}
