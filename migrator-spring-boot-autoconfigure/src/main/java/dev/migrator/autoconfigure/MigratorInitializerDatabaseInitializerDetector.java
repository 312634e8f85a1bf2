package dev.migrator.autoconfigure;

import java.util.Set;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDatabaseInitializerDetector;

/**
 * Tells Boot's database-initialization ordering that {@link MigratorInitializer} beans initialize databases, so that
 * the beans its {@code DependsOnDatabaseInitializationDetector}s find (the JPA EntityManagerFactory, JdbcTemplate,
 * jOOQ, {@code @DependsOnDatabaseInitialization} beans ...) are created after them. Listed in
 * {@code META-INF/spring.factories}.
 */
class MigratorInitializerDatabaseInitializerDetector extends AbstractBeansOfTypeDatabaseInitializerDetector {

    @Override
    protected Set<Class<?>> getDatabaseInitializerBeanTypes() {
        return Set.of(MigratorInitializer.class);
    }

    /** After schema migration tools' own beans, before script initializers (schema.sql, data.sql). */
    @Override
    public int getOrder() {
        return 1;
    }
}
