package dev.migrator.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ServerUrlsTest {

    @Test
    void mariaDbUrlsGetTheFreshDatabaseWhateverTheyNamedBefore() {
        assertThat(MariaDbDatabases.withDatabase("jdbc:mariadb://127.0.0.1:3306/", "mt_1"))
                .isEqualTo("jdbc:mariadb://127.0.0.1:3306/mt_1");
        assertThat(MariaDbDatabases.withDatabase("jdbc:mariadb://127.0.0.1:3306", "mt_1"))
                .isEqualTo("jdbc:mariadb://127.0.0.1:3306/mt_1");
        assertThat(MariaDbDatabases.withDatabase("jdbc:mariadb://db:3306/test?useSsl=false&a=b/c", "mt_1"))
                .isEqualTo("jdbc:mariadb://db:3306/mt_1?useSsl=false&a=b/c");
        assertThat(MariaDbDatabases.withDatabase("jdbc:mariadb://h1,h2:3307?x=1", "mt_1"))
                .isEqualTo("jdbc:mariadb://h1,h2:3307/mt_1?x=1");
    }

    @Test
    void postgresUrlsNameTheFreshSchemaAsCurrentSchema() {
        assertThat(PostgresSchemas.withCurrentSchema("jdbc:postgresql://127.0.0.1:5432/migrator_test", "mt_1"))
                .isEqualTo("jdbc:postgresql://127.0.0.1:5432/migrator_test?currentSchema=mt_1");
        assertThat(PostgresSchemas.withCurrentSchema("jdbc:postgresql://db/x?ssl=false", "mt_1"))
                .isEqualTo("jdbc:postgresql://db/x?ssl=false&currentSchema=mt_1");
    }

    @Test
    void freshNamesAreLowerCaseIdentifiersThatDoNotRepeat() {
        String first = FreshNames.next();

        assertThat(first).matches("mt_[0-9a-f]{16}");
        assertThat(FreshNames.next()).isNotEqualTo(first);
    }
}
