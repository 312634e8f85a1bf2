package dev.migrator.script;

import static dev.migrator.script.MigrationSources.migration;
import static org.assertj.core.api.Assertions.assertThat;

import dev.migrator.script.InTestCompiler.Processing;
import dev.migrator.script.InTestCompiler.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RevisionIndexProcessorTest {

    private static final String PACKAGE = "com.example.db";

    @TempDir
    Path sources;

    @TempDir
    Path output;

    private Path index() {
        return output.resolve(RevisionIndexFormat.resourcePath(PACKAGE));
    }

    private List<RevisionIndexFormat.Entry> indexEntries() throws IOException {
        return RevisionIndexFormat.read(Files.readString(index())).orElseThrow();
    }

    private List<String> indexedClasses() throws IOException {
        return indexEntries().stream().map(RevisionIndexFormat.Entry::className).toList();
    }

    private Result compile(Map<String, String> classes) {
        return InTestCompiler.compileWithProcessor(sources, output, classes);
    }

    /** Compiles only {@code classes} into the previous output, as an incremental build does. */
    private Result compileIncrementally(Map<String, String> classes) {
        return InTestCompiler.compile(sources, output, classes, Processing.INDEX_PROCESSOR, output);
    }

    @Test
    void writesTheMetadataOfEveryRevisionClassInThePackageIndex() throws IOException {
        Result result = compile(Map.of(
                PACKAGE + ".Base", migration(PACKAGE + ".Base", "id = \"a0a0a0a0a0a0\", created = \"2026-01-01T00:00:00Z\""),
                PACKAGE + ".Merge", migration(PACKAGE + ".Merge", "id = \"m1\", down = {\"a0a0a0a0a0a0\", \"b1\"},"
                        + " branchLabels = \"reporting\", dependsOn = \"x9\","
                        + " message = \"Tab\\there, line\\nbreak, \\\"quotes\\\" and \u00fcn\u00efc\u00f8d\u00e9\"")));

        assertThat(result.success()).as(result.diagnostics().toString()).isTrue();
        assertThat(indexEntries()).containsExactly(
                new RevisionIndexFormat.Entry(PACKAGE + ".Base", new RevisionMetadata("a0a0a0a0a0a0", List.of(),
                        List.of(), List.of(), "", "2026-01-01T00:00:00Z")),
                new RevisionIndexFormat.Entry(PACKAGE + ".Merge", new RevisionMetadata("m1",
                        List.of("a0a0a0a0a0a0", "b1"), List.of("reporting"), List.of("x9"),
                        "Tab\there, line\nbreak, \"quotes\" and \u00fcn\u00efc\u00f8d\u00e9", "")));
    }

    @Test
    void indexesStaticNestedClassesByBinaryName() throws IOException {
        String source = "package com.example.db;\n"
                + "public class Holder {\n"
                + migration(PACKAGE + ".Inner", "id = \"n1\"").replaceFirst("(?s)^.*?@Revision", "@Revision")
                        .replace("public class", "public static class")
                + "}\n";
        String imports = "import dev.migrator.Migration;\nimport dev.migrator.Revision;\n"
                + "import dev.migrator.operations.Operations;\n";
        Result result = compile(Map.of(PACKAGE + ".Holder", source.replace("package com.example.db;\n",
                "package com.example.db;\n" + imports)));

        assertThat(result.success()).as(result.diagnostics().toString()).isTrue();
        assertThat(indexedClasses()).containsExactly(PACKAGE + ".Holder$Inner");
    }

    @Test
    void runsForProjectsThatCompileAgainstMigratorCoreThroughTheServicesFile() throws IOException {
        Result result = InTestCompiler.compile(sources, output,
                Map.of(PACKAGE + ".Base", migration(PACKAGE + ".Base", "id = \"a0\"")), Processing.DISCOVERED, null);

        assertThat(result.success()).as(result.diagnostics().toString()).isTrue();
        assertThat(indexedClasses()).containsExactly(PACKAGE + ".Base");
    }

    @Test
    void incrementalCompilationKeepsTheEntriesOfClassesNotRecompiled() throws IOException {
        compile(Map.of(PACKAGE + ".A", migration(PACKAGE + ".A", "id = \"a1\""),
                PACKAGE + ".B", migration(PACKAGE + ".B", "id = \"b1\", down = \"a1\"")));

        Result result = compileIncrementally(Map.of(PACKAGE + ".C", migration(PACKAGE + ".C", "id = \"c1\", down = \"b1\"")));

        assertThat(result.success()).as(result.diagnostics().toString()).isTrue();
        assertThat(indexedClasses()).containsExactly(PACKAGE + ".A", PACKAGE + ".B", PACKAGE + ".C");
    }

    @Test
    void incrementalCompilationReplacesTheEntryOfARecompiledClass() throws IOException {
        compile(Map.of(PACKAGE + ".A", migration(PACKAGE + ".A", "id = \"a1\", message = \"old\""),
                PACKAGE + ".B", migration(PACKAGE + ".B", "id = \"b1\"")));

        compileIncrementally(Map.of(PACKAGE + ".A", migration(PACKAGE + ".A", "id = \"a1\", message = \"new\"")));

        assertThat(indexEntries()).extracting(entry -> entry.metadata().message()).containsExactly("new", "");
    }

    @Test
    void incrementalCompilationDropsEntriesOfDeletedClasses() throws IOException {
        compile(Map.of(PACKAGE + ".A", migration(PACKAGE + ".A", "id = \"a1\""),
                PACKAGE + ".B", migration(PACKAGE + ".B", "id = \"b1\"")));
        Files.delete(output.resolve("com/example/db/B.class"));

        compileIncrementally(Map.of(PACKAGE + ".C", migration(PACKAGE + ".C", "id = \"c1\"")));

        assertThat(indexedClasses()).containsExactly(PACKAGE + ".A", PACKAGE + ".C");
    }

    @Test
    void incrementalCompilationDropsEntriesOfClassesThatLostTheAnnotation() throws IOException {
        compile(Map.of(PACKAGE + ".A", migration(PACKAGE + ".A", "id = \"a1\""),
                PACKAGE + ".B", migration(PACKAGE + ".B", "id = \"b1\"")));

        compileIncrementally(Map.of(PACKAGE + ".A", "package com.example.db; public class A { }",
                PACKAGE + ".C", migration(PACKAGE + ".C", "id = \"c1\"")));

        assertThat(indexedClasses()).containsExactly(PACKAGE + ".B", PACKAGE + ".C");
    }

    @Test
    void rejectsAClassThatDoesNotImplementMigration() {
        assertRejected("package com.example.db; @dev.migrator.Revision(id = \"a1\") public class Bad { }",
                "does not implement dev.migrator.Migration");
    }

    @Test
    void rejectsAnAbstractClass() {
        assertRejected(migration(PACKAGE + ".Bad", "id = \"a1\"").replace("public class", "public abstract class"),
                "is abstract");
    }

    @Test
    void rejectsAClassWithoutPublicNoArgumentConstructor() {
        assertRejected(migration(PACKAGE + ".Bad", "id = \"a1\"", "  public Bad(String table) { }"),
                "has no public no-argument constructor");
        assertRejected(migration(PACKAGE + ".Bad", "id = \"a1\"", "  Bad() { }"),
                "has no public no-argument constructor");
    }

    @Test
    void rejectsAClassThatIsNotPublic() {
        assertRejected(migration(PACKAGE + ".Bad", "id = \"a1\"").replace("public class", "class"),
                "must be a public top-level or public static nested class");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a@b", "a-b", "a+b", "a:b", "a b", ""})
    void rejectsIdsWithTargetSyntaxOrWhitespace(String id) {
        assertRejected(migration(PACKAGE + ".Bad", "id = \"" + id + "\""), "revision id");
    }

    @Test
    void rejectsInvalidBranchLabelsDownRevisionsAndCreatedTimes() {
        assertRejected(migration(PACKAGE + ".Bad", "id = \"a1\", branchLabels = \"my-branch\""), "branch label");
        assertRejected(migration(PACKAGE + ".Bad", "id = \"a1\", down = \"x+1\""), "down revision");
        assertRejected(migration(PACKAGE + ".Bad", "id = \"a1\", created = \"yesterday\""), "created 'yesterday'");
    }

    private void assertRejected(String badSource, String expectedError) {
        Result result = compile(Map.of(PACKAGE + ".Bad", badSource,
                PACKAGE + ".Good", migration(PACKAGE + ".Good", "id = \"g1\"")));

        assertThat(result.success()).isFalse();
        assertThat(result.errors()).singleElement().asString().contains(expectedError);
        Diagnostic<?> error = result.diagnostics().stream()
                .filter(d -> d.getKind() == Diagnostic.Kind.ERROR).findFirst().orElseThrow();
        assertThat(error.getSource()).asString().contains("Bad.java");
        assertThat(error.getLineNumber()).isPositive();
        assertThat(index()).as("no index is written for a failed compilation").doesNotExist();
    }
}
