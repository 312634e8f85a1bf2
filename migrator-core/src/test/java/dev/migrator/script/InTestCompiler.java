package dev.migrator.script;

import dev.migrator.Migration;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** Compiles small sources during a test, the way a project depending on migrator-core is compiled. */
final class InTestCompiler {

    /** What javac said, and the errors among it. */
    record Result(boolean success, List<Diagnostic<? extends JavaFileObject>> diagnostics) {
        List<String> errors() {
            return diagnostics.stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                    .map(d -> d.getMessage(Locale.ROOT)).toList();
        }
    }

    /** How javac finds annotation processors. */
    enum Processing {
        /** Runs a new RevisionIndexProcessor, whatever the classpath registers. */
        INDEX_PROCESSOR,
        /** Runs what the classpath registers in META-INF/services, as a build tool would. */
        DISCOVERED,
        /** -proc:none, like a project that does not run the processor. */
        NONE
    }

    private InTestCompiler() {
    }

    /**
     * @param sources class name to source text
     * @param extraClasspath earlier output to compile against, or null
     */
    static Result compile(Path sourceDir, Path output, Map<String, String> sources,
            Processing processing, Path extraClasspath) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
            List<Path> sourceFiles = new ArrayList<>();
            for (Map.Entry<String, String> source : sources.entrySet()) {
                Path file = sourceDir.resolve(source.getKey().replace('.', '/') + ".java");
                Files.createDirectories(file.getParent());
                Files.writeString(file, source.getValue());
                sourceFiles.add(file);
            }
            Files.createDirectories(output);
            List<String> options = new ArrayList<>(List.of("-d", output.toString(), "-classpath", classpath(extraClasspath)));
            if (processing == Processing.NONE) {
                options.add("-proc:none");
            }
            JavaCompiler.CompilationTask task = javac.getTask(null, files, diagnostics, options, null,
                    files.getJavaFileObjectsFromPaths(sourceFiles));
            if (processing == Processing.INDEX_PROCESSOR) {
                task.setProcessors(List.of(new RevisionIndexProcessor()));
            }
            return new Result(task.call(), diagnostics.getDiagnostics());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Result compileWithProcessor(Path sourceDir, Path output, Map<String, String> sources) {
        return compile(sourceDir, output, sources, Processing.INDEX_PROCESSOR, null);
    }

    /** migrator-core's own classes (the API and the processor with its services file), not the surefire jar. */
    private static String classpath(Path extra) {
        try {
            String core = Paths.get(Migration.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
            return extra == null ? core : core + java.io.File.pathSeparator + extra;
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Packs a directory into a jar with explicit directory entries, as Maven and javac's jar tool write them. */
    static Path jar(Path directory, Path jarFile) {
        try (OutputStream out = Files.newOutputStream(jarFile); JarOutputStream jar = new JarOutputStream(out);
                Stream<Path> paths = Files.walk(directory)) {
            for (Path path : (Iterable<Path>) paths.sorted()::iterator) {
                String name = directory.relativize(path).toString().replace('\\', '/');
                if (name.isEmpty()) {
                    continue;
                }
                if (Files.isDirectory(path)) {
                    jar.putNextEntry(new JarEntry(name + "/"));
                } else {
                    jar.putNextEntry(new JarEntry(name));
                    Files.copy(path, jar);
                }
                jar.closeEntry();
            }
            return jarFile;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
