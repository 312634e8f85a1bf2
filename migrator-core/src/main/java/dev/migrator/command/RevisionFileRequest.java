package dev.migrator.command;

import com.palantir.javapoet.CodeBlock;
import dev.migrator.script.ScriptLocation;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What {@link RevisionFileWriter} writes: a migration class in {@code packageName} under {@code sourceRoot}. Build
 * one with {@link #builder(ScriptLocation, Path)}.
 *
 * @param message what the revision does, in one line; may be empty
 * @param revisionId the id, or {@code null} to generate one
 * @param packageName the package of the migration class, usually the script location
 * @param sourceRoot the source directory the package lives in, for example {@code src/main/java}
 * @param downRevisions the revisions it follows: none for a base, several for a merge
 * @param branchLabels branch labels it introduces
 * @param dependsOn revisions or branch labels it depends on
 * @param upgrade the body of {@code upgrade(Operations op)}, or {@code null} for an empty one
 * @param downgrade the body of {@code downgrade(Operations op)}, or {@code null} for an empty one
 * @param staticImports classes whose members the bodies use bare, imported with {@code import static ...*}
 */
public record RevisionFileRequest(String message, String revisionId, String packageName, Path sourceRoot,
        List<String> downRevisions, List<String> branchLabels, List<String> dependsOn, CodeBlock upgrade,
        CodeBlock downgrade, List<Class<?>> staticImports) {

    public RevisionFileRequest {
        message = message == null ? "" : message.strip();
        Objects.requireNonNull(packageName, "packageName");
        Objects.requireNonNull(sourceRoot, "sourceRoot");
        downRevisions = List.copyOf(downRevisions);
        branchLabels = List.copyOf(branchLabels);
        dependsOn = List.copyOf(dependsOn);
        staticImports = staticImports == null ? List.of() : List.copyOf(staticImports);
    }

    /** A request without static imports. */
    public RevisionFileRequest(String message, String revisionId, String packageName, Path sourceRoot,
            List<String> downRevisions, List<String> branchLabels, List<String> dependsOn, CodeBlock upgrade,
            CodeBlock downgrade) {
        this(message, revisionId, packageName, sourceRoot, downRevisions, branchLabels, dependsOn, upgrade, downgrade,
                List.of());
    }

    public static Builder builder(ScriptLocation location, Path sourceRoot) {
        return new Builder(location.packageName(), sourceRoot);
    }

    /** Collects a request step by step; everything but the location and source root is optional. */
    public static final class Builder {

        private final String packageName;
        private final Path sourceRoot;
        private String message = "";
        private String revisionId;
        private List<String> downRevisions = List.of();
        private List<String> branchLabels = List.of();
        private List<String> dependsOn = List.of();
        private CodeBlock upgrade;
        private CodeBlock downgrade;
        private final List<Class<?>> staticImports = new java.util.ArrayList<>();

        private Builder(String packageName, Path sourceRoot) {
            this.packageName = packageName;
            this.sourceRoot = sourceRoot;
        }

        public Builder message(String text) {
            this.message = text;
            return this;
        }

        public Builder revisionId(String id) {
            this.revisionId = id;
            return this;
        }

        public Builder downRevisions(List<String> ids) {
            this.downRevisions = ids;
            return this;
        }

        public Builder branchLabels(List<String> labels) {
            this.branchLabels = labels;
            return this;
        }

        public Builder dependsOn(List<String> dependencies) {
            this.dependsOn = dependencies;
            return this;
        }

        /** Takes id, down revisions, branch labels and depends-on from a {@link NewRevisionPlanner}'s answer. */
        public Builder placedAs(PlannedRevision planned) {
            return revisionId(planned.id()).downRevisions(planned.downRevisions())
                    .branchLabels(planned.branchLabels()).dependsOn(planned.dependsOn());
        }

        public Builder upgrade(CodeBlock body) {
            this.upgrade = body;
            return this;
        }

        public Builder downgrade(CodeBlock body) {
            this.downgrade = body;
            return this;
        }

        /** Imports every static member of {@code type}, so the bodies can call {@code column(...)} bare. */
        public Builder addStaticImport(Class<?> type) {
            if (!staticImports.contains(type)) {
                staticImports.add(type);
            }
            return this;
        }

        public RevisionFileRequest build() {
            return new RevisionFileRequest(message, revisionId, packageName, sourceRoot, downRevisions,
                    branchLabels, dependsOn, upgrade, downgrade, staticImports);
        }
    }
}
