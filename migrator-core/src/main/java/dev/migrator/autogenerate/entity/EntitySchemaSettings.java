package dev.migrator.autogenerate.entity;

import dev.migrator.dialect.Dialect;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What {@link EntitySchemaBuilder} needs to know: which entities, which database, and the Hibernate settings
 * the application's own persistence unit uses. Immutable; every {@code with...} method returns a copy.
 *
 * <pre>{@code
 * EntitySchemaSettings settings = EntitySchemaSettings.springBootDefaults()
 *         .withPackages("com.example.library.domain")
 *         .withDialect(Dialects.forName("postgresql"))
 *         .withSetting("hibernate.default_schema", "library");
 * }</pre>
 *
 * <p>The Hibernate settings are passed to Hibernate unchanged, so anything the application sets under
 * {@code spring.jpa.properties} (naming strategies, {@code hibernate.default_schema},
 * {@code jakarta.persistence.validation.mode}, ...) belongs here too.
 */
public final class EntitySchemaSettings {

    /**
     * Spring Boot 4's default physical naming strategy (Hibernate's own class since Hibernate 6.5):
     * {@code createdAt} becomes {@code created_at}.
     */
    public static final String SPRING_PHYSICAL_NAMING_STRATEGY =
            "org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl";

    /**
     * Spring Boot 4's default implicit naming strategy, in its {@code spring-boot-hibernate} module. When that
     * module is not on the class path, {@link #springBootDefaults()} uses an equivalent of its own.
     */
    public static final String SPRING_IMPLICIT_NAMING_STRATEGY =
            "org.springframework.boot.hibernate.SpringImplicitNamingStrategy";

    static final String PHYSICAL_NAMING_STRATEGY = "hibernate.physical_naming_strategy";
    static final String IMPLICIT_NAMING_STRATEGY = "hibernate.implicit_naming_strategy";
    static final String DATABASE_MAJOR_VERSION = "jakarta.persistence.database-major-version";
    static final String DATABASE_MINOR_VERSION = "jakarta.persistence.database-minor-version";

    private final List<Class<?>> entityClasses;
    private final List<String> packages;
    private final Dialect dialect;
    private final Map<String, Object> hibernateSettings;
    private final ClassLoader classLoader;

    private EntitySchemaSettings(List<Class<?>> entityClasses, List<String> packages, Dialect dialect,
            Map<String, Object> hibernateSettings, ClassLoader classLoader) {
        this.entityClasses = List.copyOf(entityClasses);
        this.packages = List.copyOf(packages);
        this.dialect = dialect;
        this.hibernateSettings = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(hibernateSettings));
        this.classLoader = classLoader;
    }

    /** No entities, no dialect, and Hibernate's own defaults (names as written in the entities). */
    public static EntitySchemaSettings hibernateDefaults() {
        return new EntitySchemaSettings(List.of(), List.of(), null, Map.of(), null);
    }

    /**
     * Hibernate configured the way Spring Boot configures it when the application sets nothing: the
     * snake-case physical naming strategy ({@code createdAt} → {@code created_at}, {@code BookLoan} →
     * {@code book_loan}) and Spring's implicit naming strategy, which names join tables after the owning
     * entity's table rather than its entity name. Explicit settings added later win.
     */
    public static EntitySchemaSettings springBootDefaults() {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put(PHYSICAL_NAMING_STRATEGY, SPRING_PHYSICAL_NAMING_STRATEGY);
        settings.put(IMPLICIT_NAMING_STRATEGY, SpringBootNaming.implicitNamingStrategy());
        return new EntitySchemaSettings(List.of(), List.of(), null, settings, null);
    }

    /** Adds entity, embeddable, mapped-superclass or converter classes to map. */
    public EntitySchemaSettings withEntityClasses(Class<?>... classes) {
        List<Class<?>> all = new ArrayList<>(entityClasses);
        for (Class<?> type : classes) {
            all.add(Objects.requireNonNull(type, "entity class"));
        }
        return new EntitySchemaSettings(all, packages, dialect, hibernateSettings, classLoader);
    }

    /**
     * Adds packages whose classes annotated {@code @Entity}, {@code @Embeddable}, {@code @MappedSuperclass} or
     * {@code @Converter} are mapped, sub-packages included. Only these packages are scanned.
     */
    public EntitySchemaSettings withPackages(String... packageNames) {
        List<String> all = new ArrayList<>(packages);
        for (String name : packageNames) {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("an entity package name must not be blank");
            }
            all.add(name.trim());
        }
        return new EntitySchemaSettings(entityClasses, all, dialect, hibernateSettings, classLoader);
    }

    /** The database the schema is for; Hibernate then uses its matching dialect. */
    public EntitySchemaSettings withDialect(Dialect targetDialect) {
        return new EntitySchemaSettings(entityClasses, packages, Objects.requireNonNull(targetDialect, "dialect"),
                hibernateSettings, classLoader);
    }

    /**
     * The version of the target database. Hibernate's choice of types depends on it (MariaDB has a native
     * {@code uuid} type from 10.7 on, for example); without it Hibernate assumes the oldest version it
     * supports, because this builder never connects to ask.
     */
    public EntitySchemaSettings withDatabaseVersion(int major, int minor) {
        return withSetting(DATABASE_MAJOR_VERSION, major).withSetting(DATABASE_MINOR_VERSION, minor);
    }

    /** Sets one Hibernate or Jakarta Persistence setting, e.g. {@code hibernate.default_schema}. */
    public EntitySchemaSettings withSetting(String name, Object value) {
        Map<String, Object> all = new LinkedHashMap<>(hibernateSettings);
        all.put(Objects.requireNonNull(name, "setting name"), Objects.requireNonNull(value, () -> "value of " + name));
        return new EntitySchemaSettings(entityClasses, packages, dialect, all, classLoader);
    }

    /** Sets several Hibernate or Jakarta Persistence settings; later ones win. */
    public EntitySchemaSettings withSettings(Map<String, ?> settings) {
        Map<String, Object> all = new LinkedHashMap<>(hibernateSettings);
        all.putAll(settings);
        return new EntitySchemaSettings(entityClasses, packages, dialect, all, classLoader);
    }

    /** The class loader that sees the entities; by default the thread's context class loader. */
    public EntitySchemaSettings withClassLoader(ClassLoader loader) {
        return new EntitySchemaSettings(entityClasses, packages, dialect, hibernateSettings,
                Objects.requireNonNull(loader, "class loader"));
    }

    public List<Class<?>> entityClasses() {
        return entityClasses;
    }

    public List<String> packages() {
        return packages;
    }

    /** The target database's dialect, or null while none is set. */
    public Dialect dialect() {
        return dialect;
    }

    public Map<String, Object> hibernateSettings() {
        return hibernateSettings;
    }

    ClassLoader effectiveClassLoader() {
        if (classLoader != null) {
            return classLoader;
        }
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : EntitySchemaSettings.class.getClassLoader();
    }
}
