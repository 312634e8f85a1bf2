package dev.migrator.autogenerate;

import dev.migrator.Migration;
import dev.migrator.command.RevisionFileRequest;
import dev.migrator.command.RevisionFileWriter;
import dev.migrator.command.WrittenRevision;
import dev.migrator.script.ScriptLocation;

import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

/** Writes a diff as a migration file, as revisionAutogenerate does, and compiles and loads it as a build would. */
final class GeneratedMigrations {

    static final String PACKAGE = "com.example.db.migrations";

    private GeneratedMigrations() {
    }

    static WrittenRevision write(SchemaDiff diff, Path sourceRoot, String id, String message) {
        OperationRenderer renderer = new OperationRenderer();
        RevisionFileRequest.Builder request = RevisionFileRequest.builder(ScriptLocation.of(PACKAGE), sourceRoot)
                .revisionId(id).message(message).downRevisions(List.of())
                .upgrade(renderer.upgrade(diff)).downgrade(renderer.downgrade(diff));
        OperationRenderer.staticImports().forEach(request::addStaticImport);
        return new RevisionFileWriter(Clock.fixed(Instant.parse("2026-03-01T12:00:00Z"), ZoneOffset.UTC))
                .write(request.build());
    }

    static Migration compileAndLoad(WrittenRevision written, Path output) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
            Files.createDirectories(output);
            List<String> options = List.of("-d", output.toString(), "-classpath", coreClasses(), "-proc:none",
                    "-Xlint:all", "-Werror");
            boolean compiled = javac.getTask(null, files, diagnostics, options, null,
                    files.getJavaFileObjectsFromPaths(List.of(written.path()))).call();
            if (!compiled) {
                throw new AssertionError("Generated source does not compile:\n" + diagnostics.getDiagnostics().stream()
                        .map(d -> d.getKind() + " line " + d.getLineNumber() + ": " + d.getMessage(Locale.ROOT))
                        .reduce("", (a, b) -> a + b + "\n") + Files.readString(written.path()));
            }
            @SuppressWarnings("resource") // the class must stay loadable for the test
            URLClassLoader loader = new URLClassLoader(new URL[] {output.toUri().toURL()},
                    GeneratedMigrations.class.getClassLoader());
            return (Migration) loader.loadClass(written.className()).getDeclaredConstructor().newInstance();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
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
