package dev.migrator.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.palantir.javapoet.CodeBlock;
import dev.migrator.Migration;
import dev.migrator.Revision;
import dev.migrator.script.InvalidRevisionIdException;
import dev.migrator.script.ScriptLocation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RevisionFileWriterTest {

    private static final ScriptLocation LOCATION = ScriptLocation.of("com.example.db.migrations");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T10:15:30.123Z"), ZoneOffset.UTC);

    @TempDir
    Path root;

    private final RevisionFileWriter writer = new RevisionFileWriter(CLOCK);

    private RevisionFileRequest.Builder request() {
        return RevisionFileRequest.builder(LOCATION, root.resolve("src/main/java"));
    }

    @Test
    void baseRevisionReadsAsWrittenByHand() throws IOException {
        WrittenRevision written = writer.write(request().message("Create account table").revisionId("1975ea83b712")
                .build());

        assertThat(written.revisionId()).isEqualTo("1975ea83b712");
        assertThat(written.className()).isEqualTo("com.example.db.migrations.V1975ea83b712_CreateAccountTable");
        assertThat(written.path()).isEqualTo(
                root.resolve("src/main/java/com/example/db/migrations/V1975ea83b712_CreateAccountTable.java"));
        assertThat(Files.readString(written.path())).isEqualTo("""
                package com.example.db.migrations;

                import dev.migrator.Migration;
                import dev.migrator.Revision;
                import dev.migrator.operations.Operations;

                /**
                 * Create account table
                 *
                 * <p>Revision ID: 1975ea83b712<br>
                 * Revises: none (a base revision)<br>
                 * Create Date: 2026-11-29T10:15:30Z
                 */
                @Revision(
                        id = "1975ea83b712",
                        message = "Create account table",
                        created = "2026-11-29T10:15:30Z"
                )
                public class V1975ea83b712_CreateAccountTable implements Migration {
                    @Override
                    public void upgrade(Operations op) {
                        // nothing to do yet
                    }

                    @Override
                    public void downgrade(Operations op) {
                        // nothing to do yet
                    }
                }
                """);
    }

    @Test
    void plainRevisionNamesItsParentWithoutBracesAndCarriesTheGivenBodies() throws IOException {
        WrittenRevision written = writer.write(request().message("Add email to account").revisionId("27c6a30d7c24")
                .downRevisions(List.of("1975ea83b712"))
                .upgrade(CodeBlock.of("op.execute($S);\n", "ALTER TABLE account ADD email VARCHAR(200)"))
                .downgrade(CodeBlock.of("op.execute($S);\n", "ALTER TABLE account DROP COLUMN email"))
                .build());

        assertThat(Files.readString(written.path())).contains("""
                /**
                 * Add email to account
                 *
                 * <p>Revision ID: 27c6a30d7c24<br>
                 * Revises: 1975ea83b712<br>
                 * Create Date: 2026-11-29T10:15:30Z
                 */
                @Revision(
                        id = "27c6a30d7c24",
                        down = "1975ea83b712",
                        message = "Add email to account",
                        created = "2026-11-29T10:15:30Z"
                )
                public class V27c6a30d7c24_AddEmailToAccount implements Migration {
                    @Override
                    public void upgrade(Operations op) {
                        op.execute("ALTER TABLE account ADD email VARCHAR(200)");
                    }

                    @Override
                    public void downgrade(Operations op) {
                        op.execute("ALTER TABLE account DROP COLUMN email");
                    }
                }
                """);
    }

    @Test
    void mergeListsAllParentsInBraces() throws IOException {
        WrittenRevision written = writer.write(request().message("merge heads").revisionId("3b1c9e0d2a4f")
                .downRevisions(List.of("27c6a30d7c24", "ae1027a6acf0")).branchLabels(List.of("reporting"))
                .dependsOn(List.of("networking")).build());

        assertThat(Files.readString(written.path())).contains("""
                 * <p>Revision ID: 3b1c9e0d2a4f<br>
                 * Revises: 27c6a30d7c24, ae1027a6acf0<br>
                """, """
                @Revision(
                        id = "3b1c9e0d2a4f",
                        down = {"27c6a30d7c24", "ae1027a6acf0"},
                        branchLabels = "reporting",
                        dependsOn = "networking",
                        message = "merge heads",
                        created = "2026-11-29T10:15:30Z"
                )
                public class V3b1c9e0d2a4f_MergeHeads implements Migration {
                """);
    }

    @Test
    void generatedSourceCompilesAndCarriesTheRevision() {
        WrittenRevision written = writer.write(request().message("Merge \"a\" & <b> */ @since \\u0022 branches")
                .revisionId("3b1c9e0d2a4f").downRevisions(List.of("27c6a30d7c24", "ae1027a6acf0"))
                .branchLabels(List.of("reporting")).dependsOn(List.of("networking", "9c8b7a6d5e4f"))
                .upgrade(CodeBlock.of("op.execute($S);\n", "CREATE TABLE report (id INT)"))
                .build());

        Class<?> compiled = new RevisionCompiler(root.resolve("classes")).compileAndLoad(written);

        assertThat(Migration.class).isAssignableFrom(compiled);
        Revision revision = compiled.getAnnotation(Revision.class);
        assertThat(revision.id()).isEqualTo("3b1c9e0d2a4f");
        assertThat(revision.down()).containsExactly("27c6a30d7c24", "ae1027a6acf0");
        assertThat(revision.branchLabels()).containsExactly("reporting");
        assertThat(revision.dependsOn()).containsExactly("networking", "9c8b7a6d5e4f");
        assertThat(revision.message()).isEqualTo("Merge \"a\" & <b> */ @since \\u0022 branches");
        assertThat(revision.created()).isEqualTo("2026-11-29T10:15:30Z");
    }

    @Test
    void baseRevisionWithoutMessageCompilesWithOnlyIdAndCreated() {
        WrittenRevision written = writer.write(request().revisionId("a1").build());

        Class<?> compiled = new RevisionCompiler(root.resolve("classes")).compileAndLoad(written);

        assertThat(compiled.getSimpleName()).isEqualTo("Va1");
        Revision revision = compiled.getAnnotation(Revision.class);
        assertThat(revision.down()).isEmpty();
        assertThat(revision.message()).isEmpty();
    }

    @Test
    void generatesAnIdWhenNoneIsGiven() {
        WrittenRevision written = writer.write(request().message("x").build());

        assertThat(written.revisionId()).matches("[0-9a-f]{12}");
        assertThat(written.path().getFileName().toString()).isEqualTo("V" + written.revisionId() + "_X.java");
    }

    @Test
    void refusesToOverwriteAnExistingFile() throws IOException {
        RevisionFileRequest same = request().message("Add account").revisionId("1975ea83b712").build();
        WrittenRevision first = writer.write(same);
        String before = Files.readString(first.path());

        assertThatThrownBy(() -> writer.write(same))
                .isInstanceOf(CommandException.class)
                .hasMessageContaining("V1975ea83b712_AddAccount.java exists already")
                .satisfies(e -> assertThat(((CommandException) e).kind()).isEqualTo(CommandException.Kind.FILE_EXISTS));
        assertThat(Files.readString(first.path())).isEqualTo(before);
    }

    @Test
    void refusesAnInvalidRevisionId() {
        assertThatThrownBy(() -> writer.write(request().revisionId("a:b").build()))
                .isInstanceOf(InvalidRevisionIdException.class)
                .hasMessageContaining("'a:b'");
    }
}
