package dev.migrator.script;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the revision indexes of some packages on the classpath. An index is a cache: one that cannot be read is
 * skipped with a warning, and its classes are then inspected one by one instead.
 */
final class RevisionIndexReader {

    private static final Logger log = LoggerFactory.getLogger(RevisionIndexReader.class);

    private final ClassLoader classLoader;

    RevisionIndexReader(ClassLoader classLoader) {
        this.classLoader = classLoader;
    }

    /** The indexed entries of the given packages by class name; when several roots list a class, the first wins. */
    Map<String, RevisionIndexFormat.Entry> read(Collection<String> packageNames) {
        Map<String, RevisionIndexFormat.Entry> entries = new HashMap<>();
        for (String packageName : packageNames) {
            for (URL url : indexesOf(packageName)) {
                readIndex(url).forEach(entry -> entries.putIfAbsent(entry.className(), entry));
            }
        }
        return entries;
    }

    private List<URL> indexesOf(String packageName) {
        try {
            return Collections.list(classLoader.getResources(RevisionIndexFormat.resourcePath(packageName)));
        } catch (IOException e) {
            log.warn("Cannot look up the revision index of package {}; its classes will be inspected instead", packageName, e);
            return List.of();
        }
    }

    private List<RevisionIndexFormat.Entry> readIndex(URL url) {
        Optional<List<RevisionIndexFormat.Entry>> entries;
        try {
            URLConnection connection = url.openConnection();
            connection.setUseCaches(false);
            try (InputStream in = connection.getInputStream()) {
                entries = RevisionIndexFormat.read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            log.warn("Cannot read the revision index {}; its classes will be inspected instead", url, e);
            return List.of();
        }
        if (entries.isEmpty()) {
            log.warn("Ignoring the revision index {}: it is not in a format this version of Migrator reads. Rebuild"
                    + " the project to regenerate it; until then its classes are inspected one by one", url);
        }
        return entries.orElse(List.of());
    }
}
