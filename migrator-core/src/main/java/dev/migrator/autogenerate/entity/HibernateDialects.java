package dev.migrator.autogenerate.entity;

import dev.migrator.dialect.Dialect;
import java.util.Map;

/**
 * How Hibernate is told which database Migrator's dialect stands for: by the product name a JDBC driver reports,
 * so that Hibernate resolves its dialect (for the version given too) as it does when it connects at run time.
 * Naming the dialect class instead makes Hibernate warn that it need not be named (HHH90000025); it is still the way
 * when no version is known, as Hibernate then takes the oldest version it supports rather than version 0.
 */
final class HibernateDialects {

    static final String DATABASE_PRODUCT_NAME = "jakarta.persistence.database-product-name";

    private static final Map<String, String> CLASS_BY_MIGRATOR_NAME = Map.of(
            "h2", "org.hibernate.dialect.H2Dialect",
            "postgresql", "org.hibernate.dialect.PostgreSQLDialect",
            "mariadb", "org.hibernate.dialect.MariaDBDialect",
            "mysql", "org.hibernate.dialect.MySQLDialect");

    private static final Map<String, String> PRODUCT_BY_MIGRATOR_NAME = Map.of(
            "h2", "H2",
            "postgresql", "PostgreSQL",
            "mariadb", "MariaDB",
            "mysql", "MySQL");

    private HibernateDialects() {
    }

    /** The JDBC product name of this database, by which Hibernate picks its dialect. */
    static String productName(Dialect dialect) {
        return known(PRODUCT_BY_MIGRATOR_NAME, dialect);
    }

    /** The class name of Hibernate's dialect for this database. */
    static String dialectClass(Dialect dialect) {
        return known(CLASS_BY_MIGRATOR_NAME, dialect);
    }

    private static String known(Map<String, String> byMigratorName, Dialect dialect) {
        String value = byMigratorName.get(dialect.name());
        if (value == null) {
            throw new EntitySchemaException("No Hibernate dialect is known for the '" + dialect.name()
                    + "' dialect. Name one with withSetting(\"hibernate.dialect\", \"<Hibernate dialect class>\").");
        }
        return value;
    }
}
