package dev.migrator.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrator.script.fixtures.library.CreateBookTable;
import dev.migrator.script.fixtures.throwing.ExplodingInitializer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Discovery from the test classpath's directories; the fixtures are compiled without the index processor. */
class DirectoryDiscoveryTest {

    private static final String FIXTURES = "dev.migrator.script.fixtures.";

    private final ScriptLoader loader = new ScriptLoader(getClass().getClassLoader());

    private ScriptSet load(String fixture) {
        return loader.load(ScriptLocation.of(FIXTURES + fixture));
    }

    @Test
    void findsJavaAndSqlScriptsInThePackageAndItsSubpackagesInDefinitionOrder() {
        ScriptSet scripts = load("library");

        assertThat(scripts.scripts()).extracting(MigrationScript::id)
                .containsExactly("a1b2c3d4e5f6", "b0b0b0000001", "c0ffee000002", "d00d00000003");
        assertThat(scripts.scripts()).extracting(MigrationScript::kind)
                .containsExactly(ScriptKind.JAVA, ScriptKind.SQL, ScriptKind.JAVA, ScriptKind.SQL);
        assertThat(scripts.scripts()).extracting(MigrationScript::source).containsExactly(
                CreateBookTable.class.getName(),
                "dev/migrator/script/fixtures/library/add_author.sql",
                FIXTURES + "library.reporting.AddReportView",
                "dev/migrator/script/fixtures/library/reporting/merge_reporting.sql");
    }

    @Test
    void readsTheRevisionAnnotationOfUnindexedClasses() {
        MigrationScript report = load("library").find("c0ffee000002").orElseThrow();

        assertThat(report.node().downRevisions()).containsExactly("b0b0b0000001");
        assertThat(report.node().branchLabels()).containsExactly("reporting");
        assertThat(report.message()).isEqualTo("Add report view");
        assertThat(report.created()).contains(Instant.parse("2026-01-03T00:00:00Z"));
        assertThat(load("library").find("d00d00000003").orElseThrow().node().downRevisions())
                .containsExactly("c0ffee000002", "b0b0b0000001");
    }

    @Test
    void runsAJavaMigrationFoundInTheLocation() {
        List<String> executed = new ArrayList<>();
        MigrationScript script = load("library").find("a1b2c3d4e5f6").orElseThrow();

        script.migration().upgrade(RecordedSql.into(executed));

        assertThat(script.migration()).isInstanceOf(CreateBookTable.class).isSameAs(script.migration());
        assertThat(executed).containsExactly("CREATE TABLE book (id INT PRIMARY KEY, title VARCHAR(200))");
    }

    @Test
    void aMissingLocationIsAnErrorThatSaysWhatToDo() {
        ScriptLocation missing = ScriptLocation.of("com.example.nothing.here");

        assertThat(loader.exists(missing)).isFalse();
        assertThat(loader.exists(ScriptLocation.of(FIXTURES + "library"))).isTrue();
        assertThatThrownBy(() -> loader.load(missing))
                .isInstanceOf(ScriptLocationNotFoundException.class)
                .hasMessageContaining("com.example.nothing.here")
                .hasMessageContaining("com/example/nothing/here")
                .hasMessageContaining("Create the package")
                .hasMessageContaining("configure the location");
        assertThat(loader.loadIfExists(missing).isEmpty()).isTrue();
    }

    @Test
    void aLocationMustBeAPackageName() {
        assertThatThrownBy(() -> ScriptLocation.of("db/migrations"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a Java package name");
        assertThat(ScriptLocation.of("com.example.db").resourcePath()).isEqualTo("com/example/db");
    }

    @Test
    void theSameIdInAClassAndASqlFileIsAnErrorNamingBoth() {
        assertThatThrownBy(() -> load("duplicate"))
                .isInstanceOf(DuplicateRevisionException.class)
                .hasMessageContaining("'5a5a5a5a5a5a'")
                .hasMessageContaining(FIXTURES + "duplicate.FirstDefinition")
                .hasMessageContaining("dev/migrator/script/fixtures/duplicate/second_definition.sql");
    }

    @Test
    void aMalformedSqlFileIsAnErrorNamingTheFileAndLine() {
        assertThatThrownBy(() -> load("malformed"))
                .isInstanceOf(MalformedScriptException.class)
                .hasMessageStartingWith("dev/migrator/script/fixtures/malformed/no_revision.sql:1:");
    }

    @Test
    void anAnnotatedClassThatIsNotAMigrationIsAnError() {
        assertThatThrownBy(() -> load("notmigration"))
                .isInstanceOf(InvalidMigrationClassException.class)
                .hasMessageContaining(FIXTURES + "notmigration.AnnotatedHelper")
                .hasMessageContaining("does not implement dev.migrator.Migration");
    }

    @Test
    void anAnnotatedClassWithoutNoArgumentConstructorIsAnError() {
        assertThatThrownBy(() -> load("noconstructor"))
                .isInstanceOf(InvalidMigrationClassException.class)
                .hasMessageContaining("NeedsArgument has no public no-argument constructor")
                .hasMessageContaining("public NeedsArgument() { }");
    }

    @Test
    void inspectingAnUnindexedClassDoesNotRunItsStaticInitializerButRunningItReportsTheFailure() {
        MigrationScript script = load("throwing").find("bbbbbbbbbbbb").orElseThrow();

        assertThatThrownBy(script::migration)
                .isInstanceOf(InvalidMigrationClassException.class)
                .hasMessageContaining(ExplodingInitializer.class.getName())
                .hasMessageContaining("static initializer")
                .hasMessageContaining("static initializer ran");
    }
}
