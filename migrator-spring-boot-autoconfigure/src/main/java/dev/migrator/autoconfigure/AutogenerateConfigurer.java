package dev.migrator.autoconfigure;

import dev.migrator.autogenerate.CompareOptions;
import dev.migrator.command.MigratorConfiguration;
import javax.sql.DataSource;

/**
 * Gives each instance's engine what autogenerate ({@code compare}, {@code check}, {@code revision --autogenerate})
 * needs: the schema the application expects, from its entities when it has JPA, and what to compare
 * ({@code spring.migrator.autogenerate.*}). Customizers run afterwards and may change both.
 */
final class AutogenerateConfigurer {

    private final MigratorProperties.Autogenerate properties;
    private final EntityTargetSchemas entityTargetSchemas;

    /** @param entityTargetSchemas the entities' schemas, or {@code null} without JPA */
    AutogenerateConfigurer(MigratorProperties.Autogenerate properties, EntityTargetSchemas entityTargetSchemas) {
        this.properties = properties;
        this.entityTargetSchemas = entityTargetSchemas;
    }

    void configure(InstanceSettings settings, DataSource dataSource, MigratorConfiguration.Builder builder) {
        builder.compareOptions(compareOptions(properties));
        if (entityTargetSchemas != null && dataSource != null) {
            entityTargetSchemas.forInstance(settings, dataSource).ifPresent(builder::targetSchema);
        }
    }

    static CompareOptions compareOptions(MigratorProperties.Autogenerate properties) {
        return CompareOptions.defaults()
                .includeTables(properties.getInclude().toArray(String[]::new))
                .excludeTables(properties.getExclude().toArray(String[]::new))
                .compareTypes(properties.isCompareType())
                .compareServerDefaults(properties.isCompareServerDefault());
    }
}
