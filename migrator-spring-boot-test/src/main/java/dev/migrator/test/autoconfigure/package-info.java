/**
 * Test support for applications that use Migrator: {@link dev.migrator.test.autoconfigure.AutoMigrate @AutoMigrate}
 * migrates the database of a {@code @SpringBootTest}, {@code @DataJpaTest} or {@code @JdbcTest} and can check the
 * migrations (one head, entities matched, every revision reversible).
 */
package dev.migrator.test.autoconfigure;
