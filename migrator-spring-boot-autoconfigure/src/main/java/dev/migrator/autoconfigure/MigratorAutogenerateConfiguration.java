package dev.migrator.autoconfigure;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;

/**
 * Autogenerate in the application: each instance compares with the schema its entities describe, and start-up
 * checks the migrated database against it ({@code spring.migrator.on-schema-mismatch}).
 */
@Configuration(proxyBeanMethods = false)
class MigratorAutogenerateConfiguration {

    @Bean
    @ConditionalOnMissingBean
    MigratorSchemaCheck migratorSchemaCheck() {
        return new TargetSchemaCheck();
    }

    @Bean
    @ConditionalOnMissingBean
    AutogenerateConfigurer migratorAutogenerateConfigurer(MigratorProperties properties,
            ObjectProvider<EntityTargetSchemas> entityTargetSchemas) {
        return new AutogenerateConfigurer(properties.getAutogenerate(), entityTargetSchemas.getIfAvailable());
    }

    /** The target schema from the JPA entities, when the application has JPA with Hibernate. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = {"jakarta.persistence.Entity", "org.hibernate.boot.MetadataSources",
            "org.springframework.orm.jpa.persistenceunit.PersistenceManagedTypesScanner",
            "org.springframework.boot.persistence.autoconfigure.EntityScanPackages"})
    static class EntityTargetSchemaConfiguration {

        @Bean
        @ConditionalOnMissingBean
        EntityTargetSchemas migratorEntityTargetSchemas(ListableBeanFactory beans, ResourceLoader resourceLoader,
                Environment environment) {
            ApplicationHibernateSettings settings = new ApplicationHibernateSettings(beans, environment);
            return new EntityTargetSchemas(beans, resourceLoader, settings::resolve);
        }
    }
}
