package dev.migrator.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * A large entity model written as Java source and compiled in-process, so that the schema check is measured on
 * real annotated classes, as an application has them. Entity {@code i} ({@code Item0000} ... {@code Item0999},
 * table {@code item0000} ...) varies with {@code i}:
 * <ul>
 *   <li>always: an identity key, a required {@code label} of length {@code 20 + 7i mod 200}, an {@code int
 *       quantity} (NOT NULL), a {@code boolean active} and a {@code created_at} timestamp;</li>
 *   <li>even {@code i}: a {@code note varchar(500)} and an index {@code ix_itemNNNN_label};</li>
 *   <li>{@code i} divisible by 3: a {@code numeric(12,2) amount}; otherwise (from 1) a many-to-one {@code parent}
 *       to entity {@code i - 1};</li>
 *   <li>divisible by 4: a required {@code valid_from} date; by 5: a unique {@code ref} uuid; by 7 (from 10): a
 *       required many-to-one {@code owner} to entity {@code i - 10}; by 10: a two-column index.</li>
 * </ul>
 */
final class GeneratedEntityModel {

    static final String PACKAGE = "dev.migrator.benchmarks.generated";

    private GeneratedEntityModel() {
    }

    static String tableName(int i) {
        return String.format(Locale.ROOT, "item%04d", i);
    }

    static String labelIndex(int i) {
        return "ix_" + tableName(i) + "_label";
    }

    /** Writes and compiles {@code count} entities under {@code root}; returns them loaded by one class loader. */
    static List<Class<?>> compile(int count, Path root) {
        try {
            Path sources = root.resolve("src/" + PACKAGE.replace('.', '/'));
            Path classes = root.resolve("classes");
            Files.createDirectories(sources);
            Files.createDirectories(classes);
            List<Path> files = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                Path file = sources.resolve(className(i) + ".java");
                Files.writeString(file, source(i));
                files.add(file);
            }
            javac(files, classes);
            @SuppressWarnings("resource") // the classes stay loaded for the whole benchmark
            URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                    GeneratedEntityModel.class.getClassLoader());
            List<Class<?>> loaded = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                loaded.add(loader.loadClass(PACKAGE + "." + className(i)));
            }
            return loaded;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void javac(List<Path> files, Path classes) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new IllegalStateException("The benchmark compiles its entities and needs a JDK, not a JRE.");
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager manager = javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
            List<String> options = List.of("-d", classes.toString(), "-classpath",
                    System.getProperty("java.class.path"), "-proc:none", "-nowarn");
            if (!javac.getTask(null, manager, diagnostics, options, null,
                    manager.getJavaFileObjectsFromPaths(files)).call()) {
                throw new IllegalStateException("The generated entities do not compile: "
                        + diagnostics.getDiagnostics().stream().limit(5).map(d -> d.getMessage(Locale.ROOT)).toList());
            }
        }
    }

    private static String className(int i) {
        return String.format(Locale.ROOT, "Item%04d", i);
    }

    static String source(int i) {
        StringBuilder indexes = new StringBuilder();
        if (i % 2 == 0) {
            indexes.append("@Index(name = \"").append(labelIndex(i)).append("\", columnList = \"label\")");
        }
        if (i % 10 == 0) {
            indexes.append(", @Index(name = \"ix_").append(tableName(i))
                    .append("_quantity\", columnList = \"quantity, createdAt\")");
        }
        StringBuilder s = new StringBuilder();
        s.append("package ").append(PACKAGE).append(";\n\n")
                .append("import jakarta.persistence.*;\n")
                .append("import java.math.BigDecimal;\nimport java.time.LocalDate;\nimport java.time.LocalDateTime;\n")
                .append("import java.util.UUID;\n\n")
                .append("@Entity\n@Table(name = \"").append(tableName(i)).append("\"");
        if (!indexes.isEmpty()) {
            s.append(", indexes = {").append(indexes).append("}");
        }
        s.append(")\npublic class ").append(className(i)).append(" {\n\n")
                .append("    @Id @GeneratedValue(strategy = GenerationType.IDENTITY)\n    private Long id;\n\n")
                .append("    @Column(nullable = false, length = ").append(20 + (7 * i) % 200)
                .append(")\n    private String label;\n\n")
                .append("    private int quantity;\n\n    private boolean active;\n\n")
                .append("    private LocalDateTime createdAt;\n\n");
        if (i % 2 == 0) {
            s.append("    @Column(length = 500)\n    private String note;\n\n");
        }
        if (i % 3 == 0) {
            s.append("    @Column(precision = 12, scale = 2)\n    private BigDecimal amount;\n\n");
        } else {
            s.append("    @ManyToOne\n    private ").append(className(i - 1)).append(" parent;\n\n");
        }
        if (i % 4 == 0) {
            s.append("    @Column(nullable = false)\n    private LocalDate validFrom;\n\n");
        }
        if (i % 5 == 0) {
            s.append("    @Column(unique = true)\n    private UUID ref;\n\n");
        }
        if (i % 7 == 0 && i >= 10) {
            s.append("    @ManyToOne(optional = false)\n    private ").append(className(i - 10)).append(" owner;\n\n");
        }
        return s.append("}\n").toString();
    }
}
