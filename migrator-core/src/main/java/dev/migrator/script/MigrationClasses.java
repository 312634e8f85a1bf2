package dev.migrator.script;

import dev.migrator.Migration;
import dev.migrator.Revision;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;

/**
 * Loads, checks and constructs the classes of Java migrations, turning every way that can fail into an
 * {@link InvalidMigrationClassException} that says what to change.
 */
final class MigrationClasses {

    private MigrationClasses() {
    }

    /** Loads a class without running its static initializer, for reading its annotation. */
    static Class<?> loadWithoutInitializing(String className, ClassLoader loader) {
        try {
            return Class.forName(className, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new InvalidMigrationClassException(className, "could not be loaded from the script location ("
                    + e + "). Check that its dependencies are on the classpath, or move it out of the location.", e);
        }
    }

    /**
     * Checks that {@code type} can be constructed as a migration.
     *
     * @throws InvalidMigrationClassException if it does not implement Migration, is abstract or not public, or has
     *         no public no-argument constructor
     */
    static Constructor<? extends Migration> constructorOf(Class<?> type) {
        String name = type.getName();
        if (!Migration.class.isAssignableFrom(type)) {
            throw new InvalidMigrationClassException(name, "is annotated with @Revision but does not implement "
                    + Migration.class.getName() + ". Implement it, or remove the annotation.");
        }
        if (type.isInterface() || Modifier.isAbstract(type.getModifiers())) {
            throw new InvalidMigrationClassException(name, "is abstract, so it cannot be run. Make it a concrete"
                    + " class, or move @Revision to a concrete subclass.");
        }
        if (!Modifier.isPublic(type.getModifiers()) || isInnerClass(type)) {
            throw new InvalidMigrationClassException(name, "must be a public top-level or public static nested"
                    + " class so it can be constructed. Make it public (and static if nested).");
        }
        try {
            return type.asSubclass(Migration.class).getConstructor();
        } catch (NoSuchMethodException e) {
            throw new InvalidMigrationClassException(name, "has no public no-argument constructor. Add one, for"
                    + " example 'public " + type.getSimpleName() + "() { }'.");
        }
    }

    /**
     * Loads, initializes and constructs the migration class an index entry named, checking that the class still
     * declares the revision the index says it does.
     */
    static Migration instantiate(String className, String revisionId, ClassLoader loader) {
        Class<?> type;
        try {
            type = Class.forName(className, true, loader);
        } catch (ClassNotFoundException e) {
            throw new InvalidMigrationClassException(className, "was listed for revision " + revisionId
                    + " but is not on the classpath. Rebuild the project.", e);
        } catch (ExceptionInInitializerError e) {
            throw new InvalidMigrationClassException(className, "failed in its static initializer: "
                    + e.getCause() + ". Fix the initializer.", e);
        } catch (LinkageError e) {
            throw new InvalidMigrationClassException(className, "could not be loaded (" + e + "). Check that its"
                    + " dependencies are on the classpath.", e);
        }
        Revision revision = type.getAnnotation(Revision.class);
        if (revision == null || !revision.id().equals(revisionId)) {
            throw new InvalidMigrationClassException(className, "no longer declares @Revision(id = \"" + revisionId
                    + "\") although the revision index says so. The index is out of date; rebuild the project"
                    + " (for example 'mvn clean compile').");
        }
        return instantiate(constructorOf(type));
    }

    static Migration instantiate(Constructor<? extends Migration> constructor) {
        String name = constructor.getDeclaringClass().getName();
        try {
            return constructor.newInstance();
        } catch (InvocationTargetException e) {
            throw new InvalidMigrationClassException(name, "threw from its constructor: " + e.getCause()
                    + ". Fix the constructor; a migration should do its work in upgrade and downgrade.", e.getCause());
        } catch (ExceptionInInitializerError e) {
            throw new InvalidMigrationClassException(name, "failed in its static initializer: " + e.getCause()
                    + ". Fix the initializer.", e);
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new InvalidMigrationClassException(name, "could not be constructed (" + e + ").", e);
        }
    }

    private static boolean isInnerClass(Class<?> type) {
        return type.isMemberClass() && !Modifier.isStatic(type.getModifiers()) || type.isLocalClass()
                || type.isAnonymousClass();
    }
}
