package dev.migrator.autoconfigure;

import dev.migrator.dialect.Dialects;
import dev.migrator.dialect.UnknownDialectException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.lang.model.SourceVersion;
import org.springframework.validation.Errors;

/**
 * Checks the bound {@code spring.migrator.*} values. Boot runs it because {@link MigratorProperties} is a
 * {@link org.springframework.validation.Validator}; each rejected value appears in the start-up failure report with
 * its value, origin and the reason given here. Reasons start with the property's name as users write it, because the
 * report's own "Property:" line shows the Java field path ({@code instances[reporting].lockTimeout}).
 */
final class PropertiesValidation {

    private final Errors errors;
    private final String prefix;

    private PropertiesValidation(Errors errors, String prefix) {
        this.errors = errors;
        this.prefix = prefix;
    }

    static void validate(MigratorProperties properties, Errors errors) {
        PropertiesValidation top = new PropertiesValidation(errors, InstanceSettings.PREFIX);
        top.packageName("migrationPackage", properties.getMigrationPackage(), true);
        top.notBlank("sourceDirectory", properties.getSourceDirectory(), "a directory such as src/main/java");
        top.notBlank("target", properties.getTarget(), "a target such as head");
        top.notBlank("versionTable", properties.getVersionTable(), "a table name");
        top.notBlank("historyTable", properties.getHistoryTable(), "a table name");
        top.tablesDiffer(properties.getVersionTable(), properties.getHistoryTable());
        top.lockTimeout(properties.getLockTimeout(), true);
        top.dialect(properties.getDialect());
        top.packageNames(properties.getEntityPackages());
        for (Map.Entry<String, MigratorProperties.Instance> entry : properties.getInstances().entrySet()) {
            errors.pushNestedPath("instances[" + entry.getKey() + "]");
            try {
                new PropertiesValidation(errors, InstanceSettings.PREFIX + ".instances." + entry.getKey())
                        .instance(entry.getKey(), entry.getValue(), properties);
            } finally {
                errors.popNestedPath();
            }
        }
    }

    private void instance(String name, MigratorProperties.Instance instance, MigratorProperties top) {
        if (MigratorInstances.DEFAULT_INSTANCE.equals(name)) {
            reject("url", "reserved", "the instance name '" + name + "' is reserved for the instance the top-level"
                    + " spring.migrator.* properties configure; set those, or choose another name.");
            return;
        }
        if (instance.getUrl() == null && instance.getDataSource() == null) {
            reject("url", "required", "instance '" + name + "' has no database: set " + prefix + ".url (with user"
                    + " and password) or " + prefix + ".data-source (the name of a DataSource bean).");
        } else if (instance.getUrl() != null && instance.getDataSource() != null) {
            reject("dataSource", "ambiguous", "instance '" + name + "' sets both url and data-source; remove one so"
                    + " that it is clear which database to migrate.");
        }
        packageName("migrationPackage", instance.getMigrationPackage(), false);
        optionalNotBlank("sourceDirectory", instance.getSourceDirectory(), "a directory such as src/main/java");
        optionalNotBlank("target", instance.getTarget(), "a target such as head");
        optionalNotBlank("versionTable", instance.getVersionTable(), "a table name");
        optionalNotBlank("historyTable", instance.getHistoryTable(), "a table name");
        tablesDiffer(or(instance.getVersionTable(), top.getVersionTable()),
                or(instance.getHistoryTable(), top.getHistoryTable()));
        lockTimeout(instance.getLockTimeout(), false);
        dialect(instance.getDialect());
        packageNames(instance.getEntityPackages());
    }

    private void packageName(String field, String value, boolean required) {
        if (value == null && !required) {
            return;
        }
        if (value == null || value.isBlank()) {
            reject(field, "blank", "the migration package must not be blank. Give the Java package that holds the"
                    + " migrations, for example com.example.db.migrations.");
        } else if (!SourceVersion.isName(value.trim())) {
            reject(field, "invalid", "'" + value + "' is not a Java package name. Give a package such as"
                    + " com.example.db.migrations, with dots, not a path with slashes.");
        }
    }

    private void packageNames(List<String> values) {
        if (values == null) {
            return;
        }
        for (String value : values) {
            if (value == null || !SourceVersion.isName(value.trim())) {
                reject("entityPackages", "invalid", "'" + value + "' is not a Java package name. List entity"
                        + " packages such as com.example.model.");
                return;
            }
        }
    }

    private void notBlank(String field, String value, String expected) {
        if (value == null || value.isBlank()) {
            reject(field, "blank", "must not be blank; give " + expected + ".");
        }
    }

    private void optionalNotBlank(String field, String value, String expected) {
        if (value != null) {
            notBlank(field, value, expected);
        }
    }

    private void tablesDiffer(String versionTable, String historyTable) {
        if (versionTable != null && historyTable != null
                && Objects.equals(versionTable.trim(), historyTable.trim())) {
            reject("historyTable", "same", "the version table and the history table are both named '"
                    + versionTable + "'; give them different names.");
        }
    }

    private void lockTimeout(Duration value, boolean required) {
        if ((value == null && required) || (value != null && value.isNegative())) {
            reject("lockTimeout", "negative", "the lock timeout must be zero or positive, for example 30s or 2m.");
        }
    }

    private void dialect(String value) {
        if (value == null) {
            return;
        }
        try {
            Dialects.forName(value);
        } catch (UnknownDialectException unknown) {
            reject("dialect", "unknown", unknown.getMessage());
        }
    }

    private void reject(String field, String code, String reason) {
        errors.rejectValue(field, "migrator." + code, prefix + "." + dashed(field) + ": " + reason);
    }

    /** {@code lockTimeout} as users write it: {@code lock-timeout}. */
    private static String dashed(String field) {
        return field.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }
}
