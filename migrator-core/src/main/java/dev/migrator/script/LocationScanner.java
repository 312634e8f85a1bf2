package dev.migrator.script;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Lists the class files and reads the SQL files of one script location, in every classpath root (directory or jar)
 * that contributes to it. Only the location's own path is looked at, never the whole classpath.
 */
final class LocationScanner {

    private static final String CLASS_SUFFIX = ".class";
    private static final String SQL_SUFFIX = ".sql";

    private final ClassLoader classLoader;

    LocationScanner(ClassLoader classLoader) {
        this.classLoader = classLoader;
    }

    boolean exists(ScriptLocation location) {
        return !roots(location).isEmpty();
    }

    /** @throws ScriptLocationNotFoundException if no classpath root has the location's path */
    LocationContents scan(ScriptLocation location) {
        List<URL> roots = roots(location);
        if (roots.isEmpty()) {
            throw new ScriptLocationNotFoundException(location);
        }
        Found found = new Found(location);
        for (URL root : roots) {
            switch (root.getProtocol()) {
                case "file" -> scanDirectory(root, found);
                case "jar" -> scanJar(root, found);
                default -> throw new ScriptLocationUnreadableException("Cannot list the migration scripts location '"
                        + location + "' at " + root + ": only directories and jar files are supported. Put the"
                        + " migrations in a directory or a jar on the classpath.", null);
            }
        }
        return new LocationContents(new ArrayList<>(found.classNames), new ArrayList<>(found.sqlFiles.values()));
    }

    private List<URL> roots(ScriptLocation location) {
        try {
            Enumeration<URL> urls = classLoader.getResources(location.resourcePath());
            return new ArrayList<>(new LinkedHashSet<>(Collections.list(urls)));
        } catch (IOException e) {
            throw unreadable(location.packageName(), e);
        }
    }

    private void scanDirectory(URL root, Found found) {
        Path directory;
        try {
            directory = Paths.get(root.toURI());
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw unreadable(root.toString(), e);
        }
        if (!Files.isDirectory(directory)) {
            return;
        }
        // find() hands over the attributes the walk read anyway, where filtering a walk stats every file again;
        // and names sort faster as strings than as paths. Both count with 10,000 revisions.
        int prefixLength = directory.toString().length() + 1;
        String separator = directory.getFileSystem().getSeparator();
        Map<String, Path> byRelativeName = new TreeMap<>();
        try (Stream<Path> files = Files.find(directory, Integer.MAX_VALUE,
                (file, attributes) -> attributes.isRegularFile())) {
            files.forEach(file -> byRelativeName.put(file.toString().substring(prefixLength).replace(separator, "/"),
                    file));
            for (Map.Entry<String, Path> file : byRelativeName.entrySet()) {
                found.add(file.getKey(), () -> Files.readString(file.getValue(), StandardCharsets.UTF_8));
            }
        } catch (IOException | UncheckedIOException e) {
            throw unreadable(root.toString(), e);
        }
    }

    private void scanJar(URL root, Found found) {
        try {
            URLConnection connection = root.openConnection();
            if (!(connection instanceof JarURLConnection jarConnection)) {
                throw unreadable(root.toString(), null);
            }
            // Our own JarFile, closed below, so that scanning never keeps a jar open or locked.
            jarConnection.setUseCaches(false);
            String prefix = jarConnection.getEntryName() == null ? "" : jarConnection.getEntryName();
            prefix = prefix.isEmpty() || prefix.endsWith("/") ? prefix : prefix + "/";
            try (JarFile jar = jarConnection.getJarFile()) {
                List<JarEntry> entries = new ArrayList<>();
                for (JarEntry entry : Collections.list(jar.entries())) {
                    if (!entry.isDirectory() && entry.getName().startsWith(prefix)) {
                        entries.add(entry);
                    }
                }
                entries.sort((a, b) -> a.getName().compareTo(b.getName()));
                for (JarEntry entry : entries) {
                    found.add(entry.getName().substring(prefix.length()), () -> read(jar, entry));
                }
            }
        } catch (IOException e) {
            throw unreadable(root.toString(), e);
        }
    }

    private static String read(JarFile jar, JarEntry entry) throws IOException {
        try (InputStream in = jar.getInputStream(entry)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static ScriptLocationUnreadableException unreadable(String where, Exception cause) {
        return new ScriptLocationUnreadableException("Cannot read the migration scripts location at " + where
                + (cause == null ? "" : " (" + cause + ")") + ". Check that it is a readable directory or jar.", cause);
    }

    private interface TextReader {
        String read() throws IOException;
    }

    /** What the roots have contributed so far; the first root that has a path wins, as in class loading. */
    private static final class Found {
        private final ScriptLocation location;
        private final Set<String> classNames = new LinkedHashSet<>();
        private final Map<String, LocationContents.SqlFile> sqlFiles = new LinkedHashMap<>();

        Found(ScriptLocation location) {
            this.location = location;
        }

        void add(String relativePath, TextReader text) throws IOException {
            if (relativePath.endsWith(CLASS_SUFFIX)) {
                String relativeName = relativePath.substring(0, relativePath.length() - CLASS_SUFFIX.length());
                classNames.add(location.packageName() + "." + relativeName.replace('/', '.'));
            } else if (relativePath.endsWith(SQL_SUFFIX) && !sqlFiles.containsKey(relativePath)) {
                String path = location.resourcePath() + "/" + relativePath;
                sqlFiles.put(relativePath, new LocationContents.SqlFile(path, text.read()));
            }
        }
    }
}
