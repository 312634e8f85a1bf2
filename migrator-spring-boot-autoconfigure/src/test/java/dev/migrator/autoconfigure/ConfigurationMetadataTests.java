package dev.migrator.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The configuration processor documents every property for IDE completion. */
class ConfigurationMetadataTests {

    @Test
    void everyPropertyIsDocumentedWithItsDefault() throws IOException {
        try (InputStream json = getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
            assertThat(json).as("META-INF/spring-configuration-metadata.json").isNotNull();
            List<Map<String, Object>> properties = JsonPath.read(json, "$.properties");
            assertThat(properties).extracting(property -> property.get("name")).contains("spring.migrator.enabled",
                    "spring.migrator.migration-package", "spring.migrator.fail-on-missing-location",
                    "spring.migrator.source-directory", "spring.migrator.target", "spring.migrator.version-table",
                    "spring.migrator.version-table-schema", "spring.migrator.history-table",
                    "spring.migrator.transaction-mode", "spring.migrator.lock-timeout", "spring.migrator.dialect",
                    "spring.migrator.on-schema-mismatch", "spring.migrator.entity-packages", "spring.migrator.url",
                    "spring.migrator.user", "spring.migrator.password", "spring.migrator.instances",
                    "spring.migrator.autogenerate.include", "spring.migrator.autogenerate.exclude",
                    "spring.migrator.autogenerate.compare-type", "spring.migrator.autogenerate.compare-server-default",
                    "spring.migrator.endpoint.write-operations-enabled", "spring.migrator.endpoint.diff-time-to-live",
                    "spring.migrator.health.check-schema");
            assertThat(properties).allSatisfy(property -> assertThat((String) property.get("description"))
                    .as("description of %s", property.get("name")).isNotBlank());
            assertThat(properties).filteredOn(property -> property.get("name").equals("spring.migrator.lock-timeout"))
                    .singleElement().satisfies(property -> assertThat(property.get("defaultValue")).isEqualTo("1m"));
        }
    }
}
