package dev.migrator.script;

import dev.migrator.Migration;
import dev.migrator.Revision;
import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.tools.Diagnostic;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Writes the revision index of every package with {@code @Revision} classes (format: {@link RevisionIndexFormat}),
 * and rejects at compile time a {@code @Revision} class that could not run: one that does not implement
 * {@link Migration}, is abstract, not public, a non-static nested class, has no public no-argument constructor, or
 * declares an id, branch label or created time that is not valid.
 *
 * <p>Registered in {@code META-INF/services/javax.annotation.processing.Processor}, so javac runs it for any project
 * that compiles against migrator-core (JDK 23 and later run discovered processors only with {@code -proc:full}).
 *
 * <p>Under incremental compilation only some classes are compiled, so an index is never simply overwritten: the
 * entries already in the class output are kept when their class still exists and still carries {@code @Revision},
 * and replaced by the entries of the classes compiled now.
 */
@SupportedAnnotationTypes("dev.migrator.Revision")
public final class RevisionIndexProcessor extends AbstractProcessor {

    private final Map<String, Map<String, RevisionIndexFormat.Entry>> compiledByPackage = new LinkedHashMap<>();
    private final Map<String, Element> originByClass = new HashMap<>();
    private boolean rejectedAClass;

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        for (Element element : round.getElementsAnnotatedWith(Revision.class)) {
            check(element).ifPresentOrElse(
                    problem -> reject(element, problem),
                    () -> remember((TypeElement) element));
        }
        if (round.processingOver() && !rejectedAClass && !round.errorRaised()) {
            compiledByPackage.forEach(this::writeIndex);
        }
        return false;
    }

    private void reject(Element element, String problem) {
        rejectedAClass = true;
        processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, problem, element);
    }

    private Optional<String> check(Element element) {
        if (element.getKind() != ElementKind.CLASS) {
            return Optional.of("@Revision belongs on a class implementing " + Migration.class.getName() + ", not on "
                    + element.getKind().toString().toLowerCase().replace('_', ' ') + " " + element.getSimpleName() + ".");
        }
        TypeElement type = (TypeElement) element;
        String name = type.getQualifiedName().toString();
        if (!processingEnv.getTypeUtils().isAssignable(type.asType(), migrationType())) {
            return Optional.of(name + " is annotated with @Revision but does not implement " + Migration.class.getName()
                    + ". Implement it, or remove the annotation.");
        }
        if (type.getModifiers().contains(Modifier.ABSTRACT)) {
            return Optional.of(name + " is abstract, so it cannot be run. Make it concrete, or move @Revision to a"
                    + " concrete subclass.");
        }
        boolean nestedNonStatic = type.getNestingKind() != NestingKind.TOP_LEVEL
                && !(type.getNestingKind() == NestingKind.MEMBER && type.getModifiers().contains(Modifier.STATIC));
        if (!type.getModifiers().contains(Modifier.PUBLIC) || nestedNonStatic) {
            return Optional.of(name + " must be a public top-level or public static nested class so that it can be"
                    + " constructed. Make it public (and static if nested).");
        }
        if (!hasPublicNoArgConstructor(type)) {
            return Optional.of(name + " has no public no-argument constructor. Add one, for example 'public "
                    + type.getSimpleName() + "() { }'.");
        }
        return metadataOf(type).problem().map(problem -> "@Revision on " + name + ": " + problem);
    }

    private boolean hasPublicNoArgConstructor(TypeElement type) {
        for (ExecutableElement constructor : ElementFilter.constructorsIn(type.getEnclosedElements())) {
            if (constructor.getParameters().isEmpty() && constructor.getModifiers().contains(Modifier.PUBLIC)) {
                return true;
            }
        }
        return false;
    }

    private TypeMirror migrationType() {
        return processingEnv.getElementUtils().getTypeElement(Migration.class.getCanonicalName()).asType();
    }

    private static RevisionMetadata metadataOf(TypeElement type) {
        Revision revision = type.getAnnotation(Revision.class);
        return new RevisionMetadata(revision.id(), List.of(revision.down()), List.of(revision.branchLabels()),
                List.of(revision.dependsOn()), revision.message(), revision.created());
    }

    private void remember(TypeElement type) {
        String className = processingEnv.getElementUtils().getBinaryName(type).toString();
        String packageName = packageOf(type).getQualifiedName().toString();
        compiledByPackage.computeIfAbsent(packageName, name -> new LinkedHashMap<>())
                .put(className, new RevisionIndexFormat.Entry(className, metadataOf(type)));
        originByClass.put(className, type);
    }

    private PackageElement packageOf(Element element) {
        return processingEnv.getElementUtils().getPackageOf(element);
    }

    private void writeIndex(String packageName, Map<String, RevisionIndexFormat.Entry> compiled) {
        String path = RevisionIndexFormat.resourcePath(packageName);
        Map<String, RevisionIndexFormat.Entry> merged = new LinkedHashMap<>();
        for (RevisionIndexFormat.Entry previous : previousEntries(path)) {
            if (stillDeclaresRevision(previous.className())) {
                merged.put(previous.className(), previous);
            }
        }
        merged.putAll(compiled);
        Element[] origins = compiled.keySet().stream().map(originByClass::get).toArray(Element[]::new);
        try {
            FileObject file = processingEnv.getFiler().createResource(StandardLocation.CLASS_OUTPUT, "", path, origins);
            try (Writer writer = file.openWriter()) {
                writer.write(RevisionIndexFormat.write(merged.values()));
            }
        } catch (IOException e) {
            processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, "Cannot write the revision index " + path
                    + ": " + e + ". Check that the class output directory is writable.");
        }
    }

    /** The index a previous compilation left in the class output; none when there is no readable one. */
    private List<RevisionIndexFormat.Entry> previousEntries(String path) {
        try {
            FileObject file = processingEnv.getFiler().getResource(StandardLocation.CLASS_OUTPUT, "", path);
            return RevisionIndexFormat.read(file.getCharContent(true).toString()).orElse(List.of());
        } catch (IOException | IllegalArgumentException e) {
            return List.of();
        }
    }

    /** Whether a class listed by a previous compilation still exists, compiled now or earlier, with @Revision. */
    private boolean stillDeclaresRevision(String binaryName) {
        TypeElement type = processingEnv.getElementUtils().getTypeElement(binaryName.replace('$', '.'));
        return type != null && type.getAnnotation(Revision.class) != null;
    }
}
