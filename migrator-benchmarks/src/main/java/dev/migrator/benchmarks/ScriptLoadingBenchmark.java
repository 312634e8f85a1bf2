package dev.migrator.benchmarks;

import dev.migrator.revision.RevisionGraph;
import dev.migrator.script.ScriptLoader;
import dev.migrator.script.ScriptLocation;
import dev.migrator.script.ScriptSet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The whole start-up cost of finding the revisions: discovering the scripts of a location and building
 * the validated graph. {@code indexed}: Java migrations listed in the build-time index (discovery lists
 * class-file names only and loads no class, so the class files here are empty stand-ins);
 * {@code sql}: plain SQL migrations whose headers are parsed.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ScriptLoadingBenchmark {

    private static final String PACKAGE = "bench.migrations";

    @Param({"1000", "10000"})
    public int revisions;

    @Param({"indexed", "sql"})
    public String kind;

    private Path root;
    private URLClassLoader classLoader;

    @Setup(Level.Trial)
    public void writeLocation() throws IOException {
        root = Files.createTempDirectory("migrator-bench");
        Path location = Files.createDirectories(root.resolve(PACKAGE.replace('.', '/')));
        if ("indexed".equals(kind)) {
            StringBuilder index = new StringBuilder("# migrator revision index 1\n");
            for (int i = 0; i < revisions; i++) {
                String className = "M" + id(i);
                Files.createFile(location.resolve(className + ".class"));
                index.append(PACKAGE).append('.').append(className).append('\t').append(id(i)).append('\t')
                        .append(i == 0 ? "" : id(i - 1)).append("\t\t\t\t").append("step ").append(i).append('\n');
            }
            Path indexFile = root.resolve("META-INF/migrator/revisions/" + PACKAGE + ".idx");
            Files.createDirectories(indexFile.getParent());
            Files.writeString(indexFile, index, StandardCharsets.UTF_8);
        } else {
            for (int i = 0; i < revisions; i++) {
                Files.writeString(location.resolve("V" + id(i) + ".sql"), "-- migrator:revision " + id(i) + "\n"
                        + (i == 0 ? "" : "-- migrator:down " + id(i - 1) + "\n") + "-- migrator:message step " + i
                        + "\n-- migrator:upgrade\nCREATE TABLE t" + i + " (id INT);\n-- migrator:downgrade\nDROP TABLE t"
                        + i + ";\n", StandardCharsets.UTF_8);
            }
        }
        classLoader = new URLClassLoader(new URL[] {root.toUri().toURL()}, null);
    }

    @TearDown(Level.Trial)
    public void deleteLocation() throws IOException {
        classLoader.close();
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    @Benchmark
    public RevisionGraph discoverAndBuildGraph() {
        ScriptSet scripts = new ScriptLoader(classLoader).load(ScriptLocation.of(PACKAGE));
        if (scripts.size() != revisions) {
            throw new IllegalStateException("found " + scripts.size() + " of " + revisions + " revisions");
        }
        return RevisionGraph.of(scripts.nodes());
    }

    private static String id(int i) {
        return String.format("%012x", 0xbe9c00000000L + i);
    }
}
