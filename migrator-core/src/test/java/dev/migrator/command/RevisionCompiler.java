package dev.migrator.command;

import dev.migrator.Migration;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Locale;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles written revisions against migrator-core alone, warnings as errors, as a user's build would, into one class
 * directory, and loads them from there. A Migrator reads its revision graph when created, so a test that adds
 * revisions one by one takes a new {@link #loader()} for each new Migrator.
 */
public final class RevisionCompiler {

    private final Path classes;

    /** @param classes where the compiled revisions go; created when missing */
    public RevisionCompiler(Path classes) {
        this.classes = classes;
    }

    /** Fails the test with javac's diagnostics and the source when the revision does not compile. */
    public void compile(WrittenRevision written) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
            Files.createDirectories(classes);
            List<String> options = List.of("-d", classes.toString(), "-classpath", coreClasses(), "-proc:none",
                    "-Xlint:all", "-Werror");
            boolean compiled = javac.getTask(null, files, diagnostics, options, null,
                    files.getJavaFileObjectsFromPaths(List.of(written.path()))).call();
            if (!compiled) {
                throw new AssertionError("Generated source does not compile:\n" + diagnostics.getDiagnostics().stream()
                        .map(d -> d.getKind() + " line " + d.getLineNumber() + ": " + d.getMessage(Locale.ROOT))
                        .reduce("", (a, b) -> a + b + "\n") + Files.readString(written.path()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Compiles the revision and loads its class. */
    public Class<?> compileAndLoad(WrittenRevision written) {
        compile(written);
        try {
            @SuppressWarnings("resource") // the class must stay loadable for the test
            URLClassLoader loader = loader();
            return loader.loadClass(written.className());
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }

    /** Compiles the revision and creates its migration, as Migrator does with the revisions it finds. */
    public Migration compileAndCreate(WrittenRevision written) {
        try {
            return (Migration) compileAndLoad(written).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    /** A loader over every revision compiled so far; the test's class loader supplies the rest. */
    public URLClassLoader loader() {
        try {
            return new URLClassLoader(new URL[] {classes.toUri().toURL()}, RevisionCompiler.class.getClassLoader());
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** migrator-core's own classes, not the surefire class path: a revision must compile against the API alone. */
    private static String coreClasses() {
        try {
            return Paths.get(Migration.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
