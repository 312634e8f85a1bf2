package dev.migrator.autoconfigure;

import dev.migrator.runtime.MigrationListener;

/**
 * Gives each Migrator instance a {@link MigrationListener} of its own, for listeners that need to know which instance
 * they hear (the engine's events do not say). Every bean of this type is asked once per instance, when the instance's
 * engine is created; its listeners hear that instance only, after the {@link MigrationListener} beans, which hear every
 * instance.
 *
 * <pre>{@code
 * @Bean
 * MigrationListenerFactory auditListeners(AuditLog audit) {
 *     return instanceName -> new AuditingListener(audit, instanceName);
 * }
 * }</pre>
 */
@FunctionalInterface
public interface MigrationListenerFactory {

    /**
     * @param instanceName {@value MigratorInstances#DEFAULT_INSTANCE} or the name of a configured instance
     * @return the listener for that instance; {@link MigrationListener#NONE} for none
     */
    MigrationListener listenerFor(String instanceName);
}
