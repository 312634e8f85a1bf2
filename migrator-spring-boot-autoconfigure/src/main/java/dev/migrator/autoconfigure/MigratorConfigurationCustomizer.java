package dev.migrator.autoconfigure;

import dev.migrator.command.MigratorConfiguration;

/**
 * Adjusts the engine configuration of a Migrator instance after the properties were applied and before the
 * {@link dev.migrator.command.Migrator} is created. Every bean of this type is called, in {@code @Order}, for every
 * instance.
 */
@FunctionalInterface
public interface MigratorConfigurationCustomizer {

    /**
     * @param instanceName {@value MigratorInstances#DEFAULT_INSTANCE} or the name under
     *     {@code spring.migrator.instances}
     * @param configuration the builder, already holding the data source and the settings from the properties;
     *     note that {@code settings(..)} replaces all runtime settings at once
     */
    void customize(String instanceName, MigratorConfiguration.Builder configuration);
}
