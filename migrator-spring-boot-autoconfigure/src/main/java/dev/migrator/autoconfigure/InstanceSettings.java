package dev.migrator.autoconfigure;

import dev.migrator.runtime.TransactionMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One instance's settings with the fall-backs to the top-level properties applied, and the property prefix that
 * error messages point at.
 */
record InstanceSettings(String name, String propertyPrefix, String migrationPackage, boolean failOnMissingLocation,
        String sourceDirectory, String target, String versionTable, String versionTableSchema, String historyTable,
        TransactionMode transactionMode, Duration lockTimeout, String dialect, List<String> entityPackages,
        String url, String user, String password, String dataSourceBean) {

    static final String PREFIX = "spring.migrator";

    /** Every instance: the default one first, then the named ones in the order they were configured. */
    static List<InstanceSettings> all(MigratorProperties properties) {
        List<InstanceSettings> all = new ArrayList<>();
        all.add(defaultInstance(properties));
        for (Map.Entry<String, MigratorProperties.Instance> entry : properties.getInstances().entrySet()) {
            all.add(named(entry.getKey(), entry.getValue(), properties));
        }
        return all;
    }

    static InstanceSettings defaultInstance(MigratorProperties p) {
        return new InstanceSettings(MigratorInstances.DEFAULT_INSTANCE, PREFIX, p.getMigrationPackage(),
                p.isFailOnMissingLocation(), p.getSourceDirectory(), p.getTarget(), p.getVersionTable(),
                p.getVersionTableSchema(), p.getHistoryTable(), p.getTransactionMode(), p.getLockTimeout(),
                p.getDialect(), List.copyOf(p.getEntityPackages()), p.getUrl(), p.getUser(), p.getPassword(), null);
    }

    static InstanceSettings named(String name, MigratorProperties.Instance i, MigratorProperties p) {
        // The properties were validated when bound (PropertiesValidation): the name is not reserved and there is a
        // database.
        String prefix = propertyPrefix(name);
        return new InstanceSettings(name, prefix, or(i.getMigrationPackage(), p.getMigrationPackage()),
                or(i.getFailOnMissingLocation(), p.isFailOnMissingLocation()),
                or(i.getSourceDirectory(), p.getSourceDirectory()), or(i.getTarget(), p.getTarget()),
                or(i.getVersionTable(), p.getVersionTable()), or(i.getVersionTableSchema(), p.getVersionTableSchema()),
                or(i.getHistoryTable(), p.getHistoryTable()), or(i.getTransactionMode(), p.getTransactionMode()),
                or(i.getLockTimeout(), p.getLockTimeout()), or(i.getDialect(), p.getDialect()),
                List.copyOf(or(i.getEntityPackages(), p.getEntityPackages())), i.getUrl(), i.getUser(),
                i.getPassword(), i.getDataSource());
    }

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }

    boolean isDefault() {
        return MigratorInstances.DEFAULT_INSTANCE.equals(name);
    }

    /** Where an instance's properties are: {@code spring.migrator} or {@code spring.migrator.instances.<name>}. */
    static String propertyPrefix(String instanceName) {
        return MigratorInstances.DEFAULT_INSTANCE.equals(instanceName) ? PREFIX : PREFIX + ".instances." + instanceName;
    }

    /** The full name of one of this instance's properties, for messages. */
    String property(String key) {
        return propertyPrefix + "." + key;
    }
}
