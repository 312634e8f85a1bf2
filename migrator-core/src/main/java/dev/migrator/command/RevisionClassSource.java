package dev.migrator.command;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.migrator.Migration;
import dev.migrator.Revision;
import dev.migrator.operations.Operations;
import java.time.Instant;
import java.util.List;
import javax.lang.model.element.Modifier;

/** The source of a new migration class, as a person would write it by hand. */
final class RevisionClassSource {

    private static final String EMPTY_BODY_COMMENT = "nothing to do yet";

    private RevisionClassSource() {
    }

    static JavaFile render(RevisionFileRequest request, String id, Instant created) {
        TypeSpec type = TypeSpec.classBuilder(RevisionClassNames.of(id, request.message()))
                .addJavadoc("$L", javadoc(request, id, created))
                .addAnnotation(revisionAnnotation(request, id, created))
                .addModifiers(Modifier.PUBLIC)
                .addSuperinterface(Migration.class)
                .addMethod(migrationMethod("upgrade", request.upgrade()))
                .addMethod(migrationMethod("downgrade", request.downgrade()))
                .build();
        JavaFile.Builder file = JavaFile.builder(request.packageName(), type).indent("    ").skipJavaLangImports(true);
        request.staticImports().forEach(imported -> file.addStaticImport(imported, "*"));
        return file.build();
    }

    /** Only the attributes that say something, and single values without braces. */
    private static AnnotationSpec revisionAnnotation(RevisionFileRequest request, String id, Instant created) {
        AnnotationSpec.Builder annotation = AnnotationSpec.builder(Revision.class).addMember("id", "$S", id);
        addAll(annotation, "down", request.downRevisions());
        addAll(annotation, "branchLabels", request.branchLabels());
        addAll(annotation, "dependsOn", request.dependsOn());
        if (!request.message().isEmpty()) {
            annotation.addMember("message", "$S", request.message());
        }
        return annotation.addMember("created", "$S", created.toString()).build();
    }

    /** One line per member: several values as {@code {"a", "b"}} rather than JavaPoet's one value per line. */
    private static void addAll(AnnotationSpec.Builder annotation, String member, List<String> values) {
        if (values.size() == 1) {
            annotation.addMember(member, "$S", values.get(0));
        } else if (values.size() > 1) {
            CodeBlock list = values.stream().map(value -> CodeBlock.of("$S", value)).collect(CodeBlock.joining(", "));
            annotation.addMember(member, "{$L}", list);
        }
    }

    private static String javadoc(RevisionFileRequest request, String id, Instant created) {
        StringBuilder text = new StringBuilder();
        if (!request.message().isEmpty()) {
            text.append(JavadocText.escape(request.message())).append("\n\n");
        }
        String revises = request.downRevisions().isEmpty() ? "none (a base revision)"
                : String.join(", ", request.downRevisions());
        text.append("<p>Revision ID: ").append(JavadocText.escape(id)).append("<br>\n")
                .append("Revises: ").append(JavadocText.escape(revises)).append("<br>\n")
                .append("Create Date: ").append(created).append('\n');
        return text.toString();
    }

    private static MethodSpec migrationMethod(String name, CodeBlock body) {
        MethodSpec.Builder method = MethodSpec.methodBuilder(name)
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .addParameter(Operations.class, "op");
        if (body == null || body.isEmpty()) {
            method.addComment(EMPTY_BODY_COMMENT);
        } else {
            method.addCode(body);
        }
        return method.build();
    }

    static ClassName className(RevisionFileRequest request, String id) {
        return ClassName.get(request.packageName(), RevisionClassNames.of(id, request.message()));
    }
}
