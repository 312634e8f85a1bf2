package dev.migrator.script;

import static dev.migrator.script.MigrationSources.migration;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrator.script.InTestCompiler.Processing;
import dev.migrator.script.InTestCompiler.Result;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Discovery of projects compiled in the test, with and without the revision index, from directories and jars. The
 * class loader records which classes discovery loads.
 */
class IndexedDiscoveryTest {

    private static final String PACKAGE = "com.example.db";
    private static final ScriptLocation LOCATION = ScriptLocation.of(PACKAGE);

    @TempDir
    Path work;

    private final List<RecordingClassLoader> loaders = new ArrayList<>();

    /** A class loader that remembers the classes it had to define itself. */
    static final class RecordingClassLoader extends URLClassLoader {
        final List<String> loadedClasses = Collections.synchronizedList(new ArrayList<>());

        RecordingClassLoader(URL[] urls) {
            super(urls, IndexedDiscoveryTest.class.getClassLoader());
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            loadedClasses.add(name);
            return super.findClass(name);
        }
    }

    @AfterEach
    void closeLoaders() throws IOException {
        for (RecordingClassLoader loader : loaders) {
            loader.close();
        }
    }

    private Path classes() {
        return work.resolve("classes");
    }

    private void compile(Processing processing, Map<String, String> sources) {
        Result result = InTestCompiler.compile(work.resolve("src"), classes(), sources, processing, classes());
        assertThat(result.success()).as(result.diagnostics().toString()).isTrue();
    }

    private RecordingClassLoader loaderFor(Path... roots) throws MalformedURLException {
        URL[] urls = new URL[roots.length];
        for (int i = 0; i < roots.length; i++) {
            urls[i] = roots[i].toUri().toURL();
        }
        RecordingClassLoader loader = new RecordingClassLoader(urls);
        loaders.add(loader);
        return loader;
    }

    private static void writeSql(Path root, String relativePath, String text) throws IOException {
        Path file = root.resolve(LOCATION.resourcePath()).resolve(relativePath);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private static List<String> upgrade(MigrationScript script) {
        List<String> executed = new ArrayList<>();
        script.migration().upgrade(RecordedSql.into(executed));
        return executed;
    }

    @Test
    void indexedClassesAreDiscoveredWithoutLoadingThem() throws IOException {
        compile(Processing.INDEX_PROCESSOR, Map.of(
                PACKAGE + ".A", migration(PACKAGE + ".A", "id = \"a1\", message = \"first\""),
                PACKAGE + ".sub.B", migration(PACKAGE + ".sub.B", "id = \"b1\", down = \"a1\"")));
        RecordingClassLoader loader = loaderFor(classes());

        ScriptSet scripts = new ScriptLoader(loader).load(LOCATION);

        assertThat(scripts.scripts()).extracting(MigrationScript::id).containsExactly("a1", "b1");
        assertThat(scripts.find("a1").orElseThrow().message()).isEqualTo("first");
        assertThat(loader.loadedClasses).isEmpty();
        assertThat(upgrade(scripts.find("b1").orElseThrow())).containsExactly("upgrade " + PACKAGE + ".sub.B");
        assertThat(loader.loadedClasses).containsExactly(PACKAGE + ".sub.B");
    }

    @Test
    void anIndexedClassWhoseStaticInitializerThrowsIsNotTouchedUntilItRuns() throws IOException {
        compile(Processing.INDEX_PROCESSOR, Map.of(PACKAGE + ".Boom", migration(PACKAGE + ".Boom", "id = \"b00m\"",
                "  static { if (Boolean.parseBoolean(\"true\")) throw new IllegalStateException(\"boom\"); }")));
        RecordingClassLoader loader = loaderFor(classes());

        MigrationScript script = new ScriptLoader(loader).load(LOCATION).find("b00m").orElseThrow();

        assertThat(loader.loadedClasses).doesNotContain(PACKAGE + ".Boom");
        assertThatThrownBy(script::migration)
                .isInstanceOf(InvalidMigrationClassException.class)
                .hasMessageContaining(PACKAGE + ".Boom failed in its static initializer")
                .hasCauseInstanceOf(ExceptionInInitializerError.class);
    }

    @Test
    void anIndexEntryWhoseClassFileIsGoneIsDropped() throws IOException {
        compile(Processing.INDEX_PROCESSOR, Map.of(
                PACKAGE + ".A", migration(PACKAGE + ".A", "id = \"a1\""),
                PACKAGE + ".B", migration(PACKAGE + ".B", "id = \"b1\"")));
        Files.delete(classes().resolve("com/example/db/B.class"));

        ScriptSet scripts = new ScriptLoader(loaderFor(classes())).load(LOCATION);

        assertThat(scripts.scripts()).extracting(MigrationScript::id).containsExactly("a1");
    }

    @Test
    void aClassTheIndexDoesNotListIsInspected() throws IOException {
        compile(Processing.INDEX_PROCESSOR, Map.of(PACKAGE + ".A", migration(PACKAGE + ".A", "id = \"a1\"")));
        compile(Processing.NONE, Map.of(PACKAGE + ".C", migration(PACKAGE + ".C", "id = \"c1\", down = \"a1\"")));
        RecordingClassLoader loader = loaderFor(classes());

        ScriptSet scripts = new ScriptLoader(loader).load(LOCATION);

        assertThat(scripts.scripts()).extracting(MigrationScript::id).containsExactly("a1", "c1");
        assertThat(scripts.find("c1").orElseThrow().node().downRevisions()).containsExactly("a1");
        assertThat(loader.loadedClasses).containsExactly(PACKAGE + ".C");
    }

    @Test
    void aProjectCompiledWithoutTheProcessorIsDiscoveredByInspection() throws IOException {
        compile(Processing.NONE, Map.of(PACKAGE + ".A", migration(PACKAGE + ".A", "id = \"a1\"")));

        ScriptSet scripts = new ScriptLoader(loaderFor(classes())).load(LOCATION);

        assertThat(classes().resolve("META-INF")).doesNotExist();
        assertThat(scripts.scripts()).extracting(MigrationScript::id).containsExactly("a1");
    }

    @Test
    void anIndexInAnUnknownFormatIsIgnored() throws IOException {
        compile(Processing.INDEX_PROCESSOR, Map.of(PACKAGE + ".A", migration(PACKAGE + ".A", "id = \"a1\"")));
        Files.writeString(classes().resolve(RevisionIndexFormat.resourcePath(PACKAGE)), "garbage\n");

        ScriptSet scripts = new ScriptLoader(loaderFor(classes())).load(LOCATION);

        assertThat(scripts.scripts()).extracting(MigrationScript::id).containsExactly("a1");
    }

    @Test
    void runningAClassThatNoLongerMatchesItsIndexEntrySaysToRebuild() throws IOException {
        compile(Processing.INDEX_PROCESSOR, Map.of(PACKAGE + ".A", migration(PACKAGE + ".A", "id = \"a1\"")));
        compile(Processing.NONE, Map.of(PACKAGE + ".A", migration(PACKAGE + ".A", "id = \"a2\"")));

        MigrationScript script = new ScriptLoader(loaderFor(classes())).load(LOCATION).find("a1").orElseThrow();

        assertThatThrownBy(script::migration)
                .isInstanceOf(InvalidMigrationClassException.class)
                .hasMessageContaining("no longer declares @Revision(id = \"a1\")")
                .hasMessageContaining("rebuild the project");
    }

    @Test
    void discoversIndexedClassesAndSqlFilesInsideAJar() throws IOException {
        compile(Processing.INDEX_PROCESSOR, Map.of(
                PACKAGE + ".A", migration(PACKAGE + ".A", "id = \"a1\", created = \"2026-01-01T00:00:00Z\""),
                PACKAGE + ".sub.B", migration(PACKAGE + ".sub.B", "id = \"b1\", down = \"a1\"")));
        writeSql(classes(), "sub/c1.sql", "-- migrator:revision c1\n-- migrator:down b1\n-- migrator:upgrade\n"
                + "CREATE TABLE c (note VARCHAR(10) DEFAULT ';');\n");
        Path jar = InTestCompiler.jar(classes(), work.resolve("migrations.jar"));
        RecordingClassLoader loader = loaderFor(jar);
        ScriptLoader scriptLoader = new ScriptLoader(loader);

        ScriptSet scripts = scriptLoader.load(LOCATION);

        assertThat(scriptLoader.exists(LOCATION)).isTrue();
        assertThat(scripts.scripts()).extracting(MigrationScript::id).containsExactly("a1", "b1", "c1");
        assertThat(scripts.find("c1").orElseThrow().source()).isEqualTo("com/example/db/sub/c1.sql");
        assertThat(upgrade(scripts.find("c1").orElseThrow()))
                .containsExactly("CREATE TABLE c (note VARCHAR(10) DEFAULT ';')");
        assertThat(loader.loadedClasses).isEmpty();
        assertThat(upgrade(scripts.find("a1").orElseThrow())).containsExactly("upgrade " + PACKAGE + ".A");
    }

    @Test
    void severalClasspathRootsContributeToOneLocation() throws IOException {
        compile(Processing.INDEX_PROCESSOR, Map.of(PACKAGE + ".A", migration(PACKAGE + ".A", "id = \"a1\"")));
        Path jar = InTestCompiler.jar(classes(), work.resolve("first.jar"));
        Path resources = work.resolve("resources");
        writeSql(resources, "b1.sql", "-- migrator:revision b1\n-- migrator:down a1\n-- migrator:upgrade\n");

        ScriptSet scripts = new ScriptLoader(loaderFor(jar, resources)).load(LOCATION);

        assertThat(scripts.scripts()).extracting(MigrationScript::id).containsExactly("a1", "b1");
    }

    @Test
    void theSameRevisionInTwoRootsIsADuplicate() throws IOException {
        Path first = work.resolve("first");
        Path second = work.resolve("second");
        writeSql(first, "one.sql", "-- migrator:revision r1\n-- migrator:upgrade\n");
        writeSql(second, "two.sql", "-- migrator:revision r1\n-- migrator:upgrade\n");

        assertThatThrownBy(() -> new ScriptLoader(loaderFor(first, second)).load(LOCATION))
                .isInstanceOf(DuplicateRevisionException.class)
                .hasMessageContaining("com/example/db/one.sql")
                .hasMessageContaining("com/example/db/two.sql");
    }
}
