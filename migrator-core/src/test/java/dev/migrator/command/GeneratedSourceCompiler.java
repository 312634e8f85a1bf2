package dev.migrator.command;

import dev.migrator.Migration;
import java.io.IOException;
import java.io.UncheckedIOException;
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

/** Compiles a generated source file against migrator-core and loads the class, as a user's build would. */
final class GeneratedSourceCompiler {

    private GeneratedSourceCompiler() {
    }

    static Class<?> compileAndLoad(Path sourceFile, String className, Path output) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
            Files.createDirectories(output);
            List<String> options = List.of("-d", output.toString(), "-classpath", coreClasses(), "-proc:none",
                    "-Xlint:all", "-Werror");
            boolean compiled = javac.getTask(null, files, diagnostics, options, null,
                    files.getJavaFileObjectsFromPaths(List.of(sourceFile))).call();
            if (!compiled) {
                throw new AssertionError("Generated source does not compile:\n" + diagnostics.getDiagnostics().stream()
                        .map(d -> d.getKind() + " line " + d.getLineNumber() + ": " + d.getMessage(Locale.ROOT))
                        .reduce("", (a, b) -> a + b + "\n") + Files.readString(sourceFile));
            }
            @SuppressWarnings("resource") // the class must stay loadable for the test's assertions
            URLClassLoader loader = new URLClassLoader(new URL[] {output.toUri().toURL()},
                    GeneratedSourceCompiler.class.getClassLoader());
            return loader.loadClass(className);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
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
