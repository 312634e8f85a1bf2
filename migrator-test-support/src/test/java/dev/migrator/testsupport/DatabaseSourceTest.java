package dev.migrator.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

class DatabaseSourceTest {

    @Test
    void aConfiguredServerIsUsedEvenWhenDockerIsReachable() {
        assertThat(DatabaseSource.choose(true, true, false)).isEqualTo(DatabaseSource.CONFIGURED_SERVER);
        assertThat(DatabaseSource.choose(true, false, true)).isEqualTo(DatabaseSource.CONFIGURED_SERVER);
    }

    @Test
    void withoutAConfiguredServerAContainerIsStartedWhenDockerIsReachable() {
        assertThat(DatabaseSource.choose(false, true, false)).isEqualTo(DatabaseSource.CONTAINER);
        assertThat(DatabaseSource.choose(false, true, true)).isEqualTo(DatabaseSource.CONTAINER);
    }

    @Test
    void withNeitherTheTestIsSkippedUnlessTheDatabaseIsRequired() {
        assertThat(DatabaseSource.choose(false, false, false)).isEqualTo(DatabaseSource.SKIP);
        assertThat(DatabaseSource.choose(false, false, true)).isEqualTo(DatabaseSource.FAIL);
    }

    @Test
    void aSkipIsATestAbortedExceptionThatSaysWhichVariableToSet() {
        RuntimeException skip = DatabaseSource.noServer(DatabaseKind.POSTGRESQL, false);

        assertThat(skip).isInstanceOf(TestAbortedException.class)
                .hasMessageContaining("MIGRATOR_TEST_POSTGRES_URL")
                .hasMessageContaining("-Dmigrator.test.postgres.url");
    }

    @Test
    void aMissingRequiredDatabaseIsAFailureThatSaysWhichVariableToSet() {
        RuntimeException failure = DatabaseSource.noServer(DatabaseKind.MARIADB, true);

        assertThat(failure).isNotInstanceOf(TestAbortedException.class)
                .hasMessageContaining("MariaDB is required by MIGRATOR_TEST_REQUIRE")
                .hasMessageContaining("MIGRATOR_TEST_MARIADB_URL");
    }
}
