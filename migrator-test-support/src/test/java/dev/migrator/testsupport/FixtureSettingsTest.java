package dev.migrator.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class FixtureSettingsTest {

    @Test
    void systemPropertyNamesAreTheVariablesInLowerCaseDottedForm() {
        assertThat(FixtureSettings.propertyName("MIGRATOR_TEST_POSTGRES_URL")).isEqualTo("migrator.test.postgres.url");
        assertThat(FixtureSettings.propertyName("MIGRATOR_TEST_REQUIRE")).isEqualTo("migrator.test.require");
    }

    @Test
    void aConfiguredServerTakesUrlUserAndPasswordFromItsKindsVariables() {
        FixtureSettings settings = new FixtureSettings(Map.of(
                "MIGRATOR_TEST_MARIADB_URL", "jdbc:mariadb://127.0.0.1:3306/ \n",
                "MIGRATOR_TEST_MARIADB_USER", "root",
                "MIGRATOR_TEST_POSTGRES_URL", "jdbc:postgresql://db/x")::get);

        assertThat(settings.server(DatabaseKind.MARIADB))
                .contains(new ServerAddress("jdbc:mariadb://127.0.0.1:3306/", "root", null));
        assertThat(settings.server(DatabaseKind.POSTGRESQL))
                .contains(new ServerAddress("jdbc:postgresql://db/x", null, null));
        assertThat(settings.server(DatabaseKind.H2)).isEmpty();
    }

    @Test
    void aBlankUrlCountsAsNotConfigured() {
        FixtureSettings settings = new FixtureSettings(Map.of("MIGRATOR_TEST_POSTGRES_URL", " ")::get);

        assertThat(settings.server(DatabaseKind.POSTGRESQL)).isEmpty();
    }

    @Test
    void requireAcceptsPostgresOrPostgresqlInAnyCaseWithSpacesAndEmptyEntries() {
        assertThat(FixtureSettings.parseRequired("postgres,mariadb"))
                .containsExactly(DatabaseKind.POSTGRESQL, DatabaseKind.MARIADB);
        assertThat(FixtureSettings.parseRequired(" PostgreSQL , ,MariaDB,"))
                .containsExactly(DatabaseKind.POSTGRESQL, DatabaseKind.MARIADB);
        assertThat(FixtureSettings.parseRequired("h2")).containsExactly(DatabaseKind.H2);
    }

    @Test
    void requireAbsentOrEmptyRequiresNothing() {
        assertThat(FixtureSettings.parseRequired(null)).isEmpty();
        assertThat(FixtureSettings.parseRequired("")).isEmpty();
        assertThat(new FixtureSettings(name -> null).required()).isEmpty();
    }

    @Test
    void requireRejectsAnUnknownNameSoATypoCannotTurnIntoASkip() {
        assertThatThrownBy(() -> FixtureSettings.parseRequired("postgres,mysql"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("MIGRATOR_TEST_REQUIRE")
                .hasMessageContaining("'mysql'")
                .hasMessageContaining("h2, postgres, mariadb");
    }
}
