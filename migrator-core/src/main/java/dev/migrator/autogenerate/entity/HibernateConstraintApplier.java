package dev.migrator.autogenerate.entity;

import jakarta.validation.Validation;
import jakarta.validation.ValidationException;
import jakarta.validation.ValidatorFactory;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.util.Collection;
import java.util.Map;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.classloading.spi.ClassLoaderService;
import org.hibernate.boot.spi.ClassLoaderAccess;
import org.hibernate.dialect.Dialect;
import org.hibernate.engine.jdbc.spi.JdbcServices;

/**
 * Calls the code Hibernate itself runs at startup to turn Bean Validation constraints into DDL, so the result
 * is exactly what the application's Hibernate would create.
 *
 * <p>That code, {@code TypeSafeActivator.applyRelationalConstraints(ValidatorFactory, Collection<PersistentClass>,
 * Map, Dialect, ClassLoaderAccess)} in {@code org.hibernate.boot.beanvalidation}, is a public method of a
 * package-private Hibernate class: internal API, reached by reflection. If a Hibernate upgrade moves it, the
 * build fails with an explanation rather than silently producing a schema without the constraints.
 *
 * <p>Only loaded once {@link BeanValidationDdl} has seen the Bean Validation API on the class path.
 */
final class HibernateConstraintApplier {

    private static final String ACTIVATOR = "org.hibernate.boot.beanvalidation.TypeSafeActivator";
    private static final String ACTIVATOR_METHOD = "applyRelationalConstraints";
    private static final String FACTORY = "jakarta.persistence.validation.factory";
    private static final String LEGACY_FACTORY = "javax.persistence.validation.factory";

    private HibernateConstraintApplier() {
    }

    static void apply(Metadata metadata, StandardServiceRegistry registry, Map<String, Object> settings,
            boolean required) {
        Object provided = settings.getOrDefault(FACTORY, settings.get(LEGACY_FACTORY));
        if (provided != null && !(provided instanceof ValidatorFactory)) {
            throw new EntitySchemaException(FACTORY + " must be a jakarta.validation.ValidatorFactory, was "
                    + provided.getClass().getName() + ".");
        }
        ValidatorFactory factory = provided != null ? (ValidatorFactory) provided : defaultFactory(required);
        if (factory == null) {
            return;
        }
        try {
            Dialect dialect = registry.requireService(JdbcServices.class).getDialect();
            ClassLoaderAccess classes = new RegistryClassLoaderAccess(registry.requireService(ClassLoaderService.class));
            invokeHibernate(factory, metadata.getEntityBindings(), settings, dialect, classes);
        } finally {
            if (provided == null) {
                factory.close();
            }
        }
    }

    private static ValidatorFactory defaultFactory(boolean required) {
        try {
            return Validation.buildDefaultValidatorFactory();
        } catch (ValidationException e) {
            if (required) {
                throw new EntitySchemaException(BeanValidationDdl.MODE + " is 'ddl' but no Bean Validation "
                        + "provider could be started (" + e.getMessage() + "). Add hibernate-validator and an "
                        + "expression language implementation, or set the mode to 'auto'.", e);
            }
            // 'auto' means: apply constraints if a provider is there, as Hibernate does.
            return null;
        }
    }

    private static void invokeHibernate(ValidatorFactory factory, Collection<?> entityBindings,
            Map<String, Object> settings, Dialect dialect, ClassLoaderAccess classes) {
        Method method;
        try {
            Class<?> activator = Class.forName(ACTIVATOR, true, Dialect.class.getClassLoader());
            method = activator.getMethod(ACTIVATOR_METHOD, ValidatorFactory.class, Collection.class, Map.class,
                    Dialect.class, ClassLoaderAccess.class);
            method.setAccessible(true);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new EntitySchemaException("This Hibernate version (" + org.hibernate.Version.getVersionString()
                    + ") no longer offers " + ACTIVATOR + "." + ACTIVATOR_METHOD + ", through which Migrator applies "
                    + "Bean Validation constraints to the schema as Hibernate does. Use the Hibernate version of "
                    + "Spring Boot's dependency management, or set " + BeanValidationDdl.APPLY_TO_DDL
                    + "=false to build the schema without those constraints.", e);
        }
        try {
            method.invoke(null, factory, entityBindings, settings, dialect, classes);
        } catch (InvocationTargetException e) {
            throw new EntitySchemaException("Hibernate could not apply the Bean Validation constraints to the "
                    + "schema: " + e.getCause(), e.getCause());
        } catch (IllegalAccessException e) {
            throw new EntitySchemaException("Hibernate's Bean Validation support is not accessible here ("
                    + e.getMessage() + "). Set " + BeanValidationDdl.APPLY_TO_DDL + "=false to build the schema "
                    + "without Bean Validation constraints.", e);
        }
    }

    /** Hibernate's class loading service, in the shape Hibernate's Bean Validation code asks for. */
    private record RegistryClassLoaderAccess(ClassLoaderService service) implements ClassLoaderAccess {

        @Override
        public <T> Class<T> classForName(String name) {
            return service.classForName(name);
        }

        @Override
        public URL locateResource(String resourceName) {
            return service.locateResource(resourceName);
        }
    }
}
