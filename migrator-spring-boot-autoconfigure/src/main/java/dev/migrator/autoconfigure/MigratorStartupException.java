package dev.migrator.autoconfigure;

/**
 * A Migrator instance failed while the application started: its migrations could not be loaded, its upgrade failed,
 * or its schema check found differences. Wraps the engine's exception, adding which instance it was, so that
 * {@link MigratorFailureAnalyzer} can point at the instance's properties.
 */
public final class MigratorStartupException extends RuntimeException {

    private final String instanceName;
    private final String propertyPrefix;

    MigratorStartupException(InstanceSettings settings, String what, Throwable cause) {
        this(settings.name(), settings.propertyPrefix(), what, cause);
    }

    MigratorStartupException(String instanceName, String propertyPrefix, String what, Throwable cause) {
        super("Migrator instance '" + instanceName + "': " + what + ": " + cause.getMessage(), cause);
        this.instanceName = instanceName;
        this.propertyPrefix = propertyPrefix;
    }

    /** {@value MigratorInstances#DEFAULT_INSTANCE} or the name under {@code spring.migrator.instances}. */
    public String instanceName() {
        return instanceName;
    }

    /** {@code spring.migrator} or {@code spring.migrator.instances.<name>}. */
    public String propertyPrefix() {
        return propertyPrefix;
    }
}
