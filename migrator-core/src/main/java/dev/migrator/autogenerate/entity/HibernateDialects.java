package dev.migrator.autogenerate.entity;

import dev.migrator.dialect.Dialect;
import java.util.Map;

/** Which Hibernate dialect speaks for each of Migrator's dialects. */
final class HibernateDialects {

    private static final Map<String, String> BY_MIGRATOR_NAME = Map.of(
            "h2", "org.hibernate.dialect.H2Dialect",
            "postgresql", "org.hibernate.dialect.PostgreSQLDialect",
            "mariadb", "org.hibernate.dialect.MariaDBDialect",
            "mysql", "org.hibernate.dialect.MySQLDialect");

    private HibernateDialects() {
    }

    /** The class name of Hibernate's dialect for this database. */
    static String forDialect(Dialect dialect) {
        String hibernateDialect = BY_MIGRATOR_NAME.get(dialect.name());
        if (hibernateDialect == null) {
            throw new EntitySchemaException("No Hibernate dialect is known for the '" + dialect.name()
                    + "' dialect. Name one with withSetting(\"hibernate.dialect\", \"<Hibernate dialect class>\").");
        }
        return hibernateDialect;
    }
}
