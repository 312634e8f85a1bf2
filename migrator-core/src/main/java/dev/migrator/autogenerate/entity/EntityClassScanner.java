package dev.migrator.autogenerate.entity;

import jakarta.persistence.Converter;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.MappedSuperclass;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Finds the mapped classes in the given packages and their sub-packages, in directories and jars, without
 * initialising any class. Only the named packages are looked at, never the whole class path.
 */
final class EntityClassScanner {

    private static final List<Class<? extends java.lang.annotation.Annotation>> MAPPING_ANNOTATIONS =
            List.of(Entity.class, Embeddable.class, MappedSuperclass.class, Converter.class);

    private final ClassLoader classLoader;

    EntityClassScanner(ClassLoader classLoader) {
        this.classLoader = classLoader;
    }

    /** The mapped classes of the package, sorted by name so the result does not depend on the file system. */
    List<Class<?>> mappedClasses(String packageName) {
        List<Class<?>> mapped = new ArrayList<>();
        for (String className : classNames(packageName)) {
            Class<?> type = load(className);
            if (MAPPING_ANNOTATIONS.stream().anyMatch(type::isAnnotationPresent)) {
                mapped.add(type);
            }
        }
        return mapped;
    }

    /** The {@code package-info} class of the package, which may carry package-level mapping annotations. */
    boolean hasPackageInfo(String packageName) {
        return classLoader.getResource(packageName.replace('.', '/') + "/package-info.class") != null;
    }

    private Set<String> classNames(String packageName) {
        String path = packageName.replace('.', '/');
        Set<String> names = new TreeSet<>();
        try {
            Enumeration<URL> roots = classLoader.getResources(path);
            if (!roots.hasMoreElements()) {
                throw new EntitySchemaException("The entity package '" + packageName + "' is not on the class path. "
                        + "Check its spelling, and that the classes are compiled and visible to the class loader used.");
            }
            while (roots.hasMoreElements()) {
                URL root = roots.nextElement();
                switch (root.getProtocol()) {
                    case "file" -> addFromDirectory(Path.of(root.toURI()), packageName, names);
                    case "jar" -> addFromJar((JarURLConnection) root.openConnection(), path, names);
                    default -> throw new EntitySchemaException("Cannot scan the entity package '" + packageName
                            + "' at " + root + ": only directories and jar files can be scanned. "
                            + "List the entity classes with withEntityClasses(...) instead.");
                }
            }
        } catch (IOException e) {
            throw new EntitySchemaException("Could not scan the entity package '" + packageName + "': "
                    + e.getMessage(), e);
        } catch (URISyntaxException e) {
            throw new EntitySchemaException("Could not scan the entity package '" + packageName
                    + "': its location is not a valid file URI (" + e.getMessage() + ")", e);
        }
        return names;
    }

    private static void addFromDirectory(Path directory, String packageName, Set<String> names) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            files.filter(file -> isClassFile(file.getFileName().toString())).forEach(file -> {
                String relative = directory.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".");
                names.add(packageName + "." + relative.substring(0, relative.length() - ".class".length()));
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static void addFromJar(JarURLConnection connection, String path, Set<String> names) throws IOException {
        connection.setUseCaches(false);
        try (JarFile jar = connection.getJarFile()) {
            for (JarEntry entry : java.util.Collections.list(jar.entries())) {
                String name = entry.getName();
                if (name.startsWith(path + "/") && isClassFile(name.substring(name.lastIndexOf('/') + 1))) {
                    names.add(name.substring(0, name.length() - ".class".length()).replace('/', '.'));
                }
            }
        }
    }

    private static boolean isClassFile(String fileName) {
        return fileName.endsWith(".class") && !fileName.equals("package-info.class")
                && !fileName.equals("module-info.class");
    }

    private Class<?> load(String className) {
        try {
            return Class.forName(className, false, classLoader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new EntitySchemaException("Could not load " + className + " while scanning for entities: " + e
                    + ". Make sure its dependencies are on the class path.", e);
        }
    }
}
