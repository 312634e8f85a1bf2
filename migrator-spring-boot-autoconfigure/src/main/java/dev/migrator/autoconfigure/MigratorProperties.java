package dev.migrator.autoconfigure;

import dev.migrator.runtime.TransactionMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * Configuration of Migrator ({@code spring.migrator.*}). The top-level properties configure the instance named
 * {@value MigratorInstances#DEFAULT_INSTANCE}, which migrates the application's DataSource; every entry of
 * {@code spring.migrator.instances} configures one more instance with its own database.
 *
 * <p>The properties validate themselves once bound ({@link PropertiesValidation}), so that a wrong value fails start-up
 * with Boot's report naming the property, its value and where it was set.
 */
@ConfigurationProperties("spring.migrator")
public class MigratorProperties implements Validator {

    // Defaults are literals (equal to the engine's RuntimeSettings defaults) so that the configuration processor can
    // show them in IDE completion.

    /** The package migrations are read from when {@code spring.migrator.migration-package} is not set. */
    public static final String DEFAULT_MIGRATION_PACKAGE = "db.migrations";

    /** Whether to run Migrator at all. */
    private boolean enabled = true;

    /**
     * Java package holding the migrations: the @Revision classes and, at the same resource path, the .sql scripts.
     * Subpackages are included.
     */
    private String migrationPackage = DEFAULT_MIGRATION_PACKAGE;

    /**
     * Whether start-up fails when the migration package does not exist. When false, a missing package counts as
     * having no migrations.
     */
    private boolean failOnMissingLocation = true;

    /** Source root that new revisions are written to by the revision and merge commands. */
    private String sourceDirectory = "src/main/java";

    /**
     * Revision to upgrade to at start-up: 'head', 'heads' (every branch), a revision id, a branch label such as
     * 'reporting@head', or a relative target such as '+1'.
     */
    private String target = "head";

    /** Name of the table that records the revisions the database is at. */
    private String versionTable = "migrator_version";

    /**
     * Schema of the version and history tables. By default, the connection's current schema.
     */
    private String versionTableSchema;

    /** Name of the append-only table that records every migration step that ran. */
    private String historyTable = "migrator_history";

    /**
     * How migrations are grouped into transactions: one per migration, or one for the whole run (only databases with
     * transactional DDL can honour 'all').
     */
    private TransactionMode transactionMode = TransactionMode.PER_MIGRATION;

    /** How long to wait for another instance of the application that is migrating the same database. */
    private Duration lockTimeout = Duration.ofMinutes(1);

    /**
     * SQL dialect: 'h2', 'postgresql', 'mariadb' or 'mysql'. By default, detected from the database.
     */
    private String dialect;

    /**
     * What start-up does when the database, after the upgrade, does not match the application's entities: ignore,
     * warn or fail. Instances whose schema no entity describes are not compared. Ignore by default, because the
     * comparison builds Hibernate's metamodel a second time, and a start with nothing to apply should cost
     * milliseconds; turn it on where a slower start is worth the check (or use 'check' in CI, or the health
     * indicator).
     */
    private SchemaMismatchAction onSchemaMismatch = SchemaMismatchAction.IGNORE;

    /**
     * Packages of the JPA entities that describe the schema this instance's database should have. By default, the
     * application's own entities (those its JPA setup scans).
     */
    private List<String> entityPackages = new ArrayList<>();

    /**
     * JDBC URL of a database to migrate instead of the application's DataSource, for example to migrate as a user
     * with DDL rights.
     */
    private String url;

    /**
     * Login user of the database to migrate. With no url, connects to the application's database as this user.
     */
    private String user;

    /** Login password of the database to migrate. */
    private String password;

    private final Autogenerate autogenerate = new Autogenerate();

    private final Endpoint endpoint = new Endpoint();

    private final Health health = new Health();

    /**
     * Further databases to migrate, by instance name. Each runs at start-up after the default instance; a property
     * an instance does not set falls back to the top-level property of the same name.
     */
    private Map<String, Instance> instances = new LinkedHashMap<>();

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public String getMigrationPackage() {
        return migrationPackage;
    }

    public void setMigrationPackage(String migrationPackage) {
        this.migrationPackage = migrationPackage;
    }

    public boolean isFailOnMissingLocation() {
        return failOnMissingLocation;
    }

    public void setFailOnMissingLocation(boolean failOnMissingLocation) {
        this.failOnMissingLocation = failOnMissingLocation;
    }

    public String getSourceDirectory() {
        return sourceDirectory;
    }

    public void setSourceDirectory(String sourceDirectory) {
        this.sourceDirectory = sourceDirectory;
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }

    public String getVersionTable() {
        return versionTable;
    }

    public void setVersionTable(String versionTable) {
        this.versionTable = versionTable;
    }

    public String getVersionTableSchema() {
        return versionTableSchema;
    }

    public void setVersionTableSchema(String versionTableSchema) {
        this.versionTableSchema = blankAsNull(versionTableSchema);
    }

    public String getHistoryTable() {
        return historyTable;
    }

    public void setHistoryTable(String historyTable) {
        this.historyTable = historyTable;
    }

    public TransactionMode getTransactionMode() {
        return transactionMode;
    }

    public void setTransactionMode(TransactionMode transactionMode) {
        this.transactionMode = transactionMode;
    }

    public Duration getLockTimeout() {
        return lockTimeout;
    }

    public void setLockTimeout(Duration lockTimeout) {
        this.lockTimeout = lockTimeout;
    }

    public String getDialect() {
        return dialect;
    }

    public void setDialect(String dialect) {
        this.dialect = dialect;
    }

    public SchemaMismatchAction getOnSchemaMismatch() {
        return onSchemaMismatch;
    }

    public void setOnSchemaMismatch(SchemaMismatchAction onSchemaMismatch) {
        this.onSchemaMismatch = onSchemaMismatch;
    }

    public List<String> getEntityPackages() {
        return entityPackages;
    }

    public void setEntityPackages(List<String> entityPackages) {
        this.entityPackages = entityPackages;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = blankAsNull(url);
    }

    public String getUser() {
        return user;
    }

    public void setUser(String user) {
        this.user = blankAsNull(user);
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public Autogenerate getAutogenerate() {
        return autogenerate;
    }

    public Endpoint getEndpoint() {
        return endpoint;
    }

    public Health getHealth() {
        return health;
    }

    public Map<String, Instance> getInstances() {
        return instances;
    }

    public void setInstances(Map<String, Instance> instances) {
        this.instances = instances;
    }

    @Override
    public boolean supports(Class<?> type) {
        return MigratorProperties.class.isAssignableFrom(type);
    }

    @Override
    public void validate(Object target, Errors errors) {
        PropertiesValidation.validate((MigratorProperties) target, errors);
    }

    private static String blankAsNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** What autogenerate compares: for the schema check at start-up, check, and revision --autogenerate. */
    public static class Autogenerate {

        /** Table name patterns autogenerate looks at ('*' matches any run of characters). Empty: every table. */
        private List<String> include = new ArrayList<>();

        /** Table name patterns autogenerate leaves alone, applied after include. The version tables are always left alone. */
        private List<String> exclude = new ArrayList<>();

        /** Whether a column whose type differs counts as a difference. */
        private boolean compareType = true;

        /** Whether a column whose server default differs counts as a difference. */
        private boolean compareServerDefault = false;

        public List<String> getInclude() {
            return include;
        }

        public void setInclude(List<String> include) {
            this.include = include;
        }

        public List<String> getExclude() {
            return exclude;
        }

        public void setExclude(List<String> exclude) {
            this.exclude = exclude;
        }

        public boolean isCompareType() {
            return compareType;
        }

        public void setCompareType(boolean compareType) {
            this.compareType = compareType;
        }

        public boolean isCompareServerDefault() {
            return compareServerDefault;
        }

        public void setCompareServerDefault(boolean compareServerDefault) {
            this.compareServerDefault = compareServerDefault;
        }
    }

    /** The actuator endpoint's settings. */
    public static class Endpoint {

        /**
         * Whether the 'migrations' endpoint offers operations that change the database (upgrade, downgrade, stamp).
         * They also need management.endpoint.migrations.access=unrestricted, since the endpoint is read-only by
         * default.
         */
        private boolean writeOperationsEnabled = false;

        /**
         * How long a pending diff (what it takes to bring a database to the entities' schema) is reused by the
         * endpoint and the 'migrator.pending.diff.operations' gauge before it is computed again.
         */
        private Duration diffTimeToLive = Duration.ofMinutes(10);

        public boolean isWriteOperationsEnabled() {
            return writeOperationsEnabled;
        }

        public void setWriteOperationsEnabled(boolean writeOperationsEnabled) {
            this.writeOperationsEnabled = writeOperationsEnabled;
        }

        public Duration getDiffTimeToLive() {
            return diffTimeToLive;
        }

        public void setDiffTimeToLive(Duration diffTimeToLive) {
            this.diffTimeToLive = diffTimeToLive;
        }
    }

    /** The 'migrator' health indicator's settings. */
    public static class Health {

        /**
         * Whether the health indicator also compares each database with the entities and reports DOWN when they
         * differ. Off by default: a comparison reads the whole schema on every health check.
         */
        private boolean checkSchema = false;

        public boolean isCheckSchema() {
            return checkSchema;
        }

        public void setCheckSchema(boolean checkSchema) {
            this.checkSchema = checkSchema;
        }
    }

    /**
     * One further database to migrate. Every property left unset falls back to the top-level property of the same
     * name, except the connection: an instance needs its own url or data-source.
     */
    // Repeats the top-level settings instead of sharing a base class with them: here every setting is null until set,
    // which is how InstanceSettings knows to fall back, while the top-level ones need their defaults as field
    // initializers, the only place the configuration processor reads defaults from. A shared field cannot be both.
    public static class Instance {

        /** JDBC URL of this instance's database. Either this or data-source is required. */
        private String url;

        /** Login user of this instance's database. */
        private String user;

        /** Login password of this instance's database. */
        private String password;

        /** Name of the DataSource bean to migrate. Either this or url is required. */
        private String dataSource;

        /** Java package holding this instance's migrations. */
        private String migrationPackage;

        /** Whether start-up fails when this instance's migration package does not exist. */
        private Boolean failOnMissingLocation;

        /** Source root that new revisions of this instance are written to. */
        private String sourceDirectory;

        /** Revision to upgrade this instance to at start-up. */
        private String target;

        /** Name of this instance's version table. */
        private String versionTable;

        /** Schema of this instance's version and history tables. */
        private String versionTableSchema;

        /** Name of this instance's history table. */
        private String historyTable;

        /** How this instance's migrations are grouped into transactions. */
        private TransactionMode transactionMode;

        /** How long this instance waits for another application instance migrating the same database. */
        private Duration lockTimeout;

        /** SQL dialect of this instance's database. By default, detected. */
        private String dialect;

        /** Packages of the JPA entities that describe this instance's schema. */
        private List<String> entityPackages;

        public String getUrl() {
            return url;
        }

        public void setUrl(String url) {
            this.url = blankAsNull(url);
        }

        public String getUser() {
            return user;
        }

        public void setUser(String user) {
            this.user = blankAsNull(user);
        }

        public String getPassword() {
            return password;
        }

        public void setPassword(String password) {
            this.password = password;
        }

        public String getDataSource() {
            return dataSource;
        }

        public void setDataSource(String dataSource) {
            this.dataSource = blankAsNull(dataSource);
        }

        public String getMigrationPackage() {
            return migrationPackage;
        }

        public void setMigrationPackage(String migrationPackage) {
            this.migrationPackage = migrationPackage;
        }

        public Boolean getFailOnMissingLocation() {
            return failOnMissingLocation;
        }

        public void setFailOnMissingLocation(Boolean failOnMissingLocation) {
            this.failOnMissingLocation = failOnMissingLocation;
        }

        public String getSourceDirectory() {
            return sourceDirectory;
        }

        public void setSourceDirectory(String sourceDirectory) {
            this.sourceDirectory = sourceDirectory;
        }

        public String getTarget() {
            return target;
        }

        public void setTarget(String target) {
            this.target = target;
        }

        public String getVersionTable() {
            return versionTable;
        }

        public void setVersionTable(String versionTable) {
            this.versionTable = versionTable;
        }

        public String getVersionTableSchema() {
            return versionTableSchema;
        }

        public void setVersionTableSchema(String versionTableSchema) {
            this.versionTableSchema = blankAsNull(versionTableSchema);
        }

        public String getHistoryTable() {
            return historyTable;
        }

        public void setHistoryTable(String historyTable) {
            this.historyTable = historyTable;
        }

        public TransactionMode getTransactionMode() {
            return transactionMode;
        }

        public void setTransactionMode(TransactionMode transactionMode) {
            this.transactionMode = transactionMode;
        }

        public Duration getLockTimeout() {
            return lockTimeout;
        }

        public void setLockTimeout(Duration lockTimeout) {
            this.lockTimeout = lockTimeout;
        }

        public String getDialect() {
            return dialect;
        }

        public void setDialect(String dialect) {
            this.dialect = dialect;
        }

        public List<String> getEntityPackages() {
            return entityPackages;
        }

        public void setEntityPackages(List<String> entityPackages) {
            this.entityPackages = entityPackages;
        }
    }
}
