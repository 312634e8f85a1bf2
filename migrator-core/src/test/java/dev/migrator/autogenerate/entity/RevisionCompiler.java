package dev.migrator.autogenerate.entity;

import dev.migrator.Migration;
import dev.migrator.command.WrittenRevision;
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
 * Compiles written revisions into one class directory, warnings as errors, as a user's build would, and gives a
 * class loader that sees every revision compiled so far: a Migrator reads its revision graph when created, so
 * each new revision needs a new loader.
 */
final class RevisionCompiler {

    private final Path classes;

    RevisionCompiler(Path classes) {
        this.classes = classes;
    }

    void compile(WrittenRevision written) {
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

    /** A loader over every revision compiled so far; the test's class loader supplies the rest. */
    URLClassLoader loader() {
        try {
            return new URLClassLoader(new URL[] {classes.toUri().toURL()}, RevisionCompiler.class.getClassLoader());
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String coreClasses() {
        try {
            return Paths.get(Migration.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
