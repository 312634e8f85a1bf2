package dev.migrator.script;

import dev.migrator.Migration;
import dev.migrator.Revision;
import java.lang.reflect.Constructor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Discovers the migration scripts of a {@link ScriptLocation}: {@code @Revision} classes and {@code .sql} files in
 * the location's package and its subpackages, in directories and jars alike.
 *
 * <p>Classes are found through the revision index written at compile time by {@link RevisionIndexProcessor}, which
 * is checked against the class files actually present (names only): an indexed class whose class file is gone is
 * dropped, and a top-level class the index does not list is loaded, without running its static initializer, and
 * inspected. A project compiled without the processor therefore works too, only with a slower start-up. Indexed
 * classes are not loaded until their migration runs.
 */
public final class ScriptLoader {

    private final ClassLoader classLoader;
    private final LocationScanner scanner;
    private final RevisionIndexReader indexReader;

    /** @param classLoader the class loader that sees the location, usually the application's */
    public ScriptLoader(ClassLoader classLoader) {
        this.classLoader = Objects.requireNonNull(classLoader, "classLoader");
        this.scanner = new LocationScanner(classLoader);
        this.indexReader = new RevisionIndexReader(classLoader);
    }

    /** Whether anything on the classpath exists at the location's path. */
    public boolean exists(ScriptLocation location) {
        return scanner.exists(location);
    }

    /**
     * @throws ScriptLocationNotFoundException if the location does not exist
     * @throws ScriptException if a script is malformed or two scripts share an id
     */
    public ScriptSet load(ScriptLocation location) {
        LocationContents contents = scanner.scan(location);
        List<MigrationScript> scripts = new ArrayList<>();
        Map<String, RevisionIndexFormat.Entry> index = indexReader.read(contents.packagesWithClasses());
        for (String className : contents.classNames()) {
            RevisionIndexFormat.Entry entry = index.get(className);
            if (entry != null) {
                scripts.add(indexed(entry));
            } else if (isInspectable(className)) {
                inspect(className).ifPresent(scripts::add);
            }
        }
        for (LocationContents.SqlFile file : contents.sqlFiles()) {
            scripts.add(SqlScriptParser.parse(file.path(), file.text()));
        }
        return ScriptSet.of(scripts);
    }

    /**
     * Like {@link #load(ScriptLocation)}, but a location that does not exist yields an empty set, for applications
     * that have no migrations yet.
     */
    public ScriptSet loadIfExists(ScriptLocation location) {
        return exists(location) ? load(location) : ScriptSet.empty();
    }

    private MigrationScript indexed(RevisionIndexFormat.Entry entry) {
        RevisionMetadata metadata = entry.metadata();
        String className = entry.className();
        return MigrationScript.java(metadata.toNode(), metadata.message(), CreatedTimestamps.parse(metadata.created()),
                className, () -> MigrationClasses.instantiate(className, metadata.id(), classLoader));
    }

    /** Nested classes are only found through the index; package and module descriptors are never migrations. */
    private static boolean isInspectable(String className) {
        String simpleName = className.substring(className.lastIndexOf('.') + 1);
        return !simpleName.contains("$") && !simpleName.equals("package-info") && !simpleName.equals("module-info");
    }

    private Optional<MigrationScript> inspect(String className) {
        Class<?> type = MigrationClasses.loadWithoutInitializing(className, classLoader);
        Revision revision = type.getAnnotation(Revision.class);
        if (revision == null) {
            return Optional.empty();
        }
        Constructor<? extends Migration> constructor = MigrationClasses.constructorOf(type);
        RevisionMetadata metadata = new RevisionMetadata(revision.id(), List.of(revision.down()),
                List.of(revision.branchLabels()), List.of(revision.dependsOn()), revision.message(), revision.created());
        metadata.problem().ifPresent(problem -> {
            throw new InvalidMigrationClassException(className, "has an invalid @Revision: " + problem);
        });
        return Optional.of(MigrationScript.java(metadata.toNode(), metadata.message(),
                CreatedTimestamps.parse(metadata.created()), className,
                () -> MigrationClasses.instantiate(constructor)));
    }
}
