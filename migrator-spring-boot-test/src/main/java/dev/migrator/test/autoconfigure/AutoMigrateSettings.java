package dev.migrator.test.autoconfigure;

import java.util.ArrayList;
import java.util.List;
import org.springframework.test.context.TestContextAnnotationUtils;

/**
 * What a test's {@link AutoMigrate @AutoMigrate} asks for. A value, so that it can be part of the key Spring's test
 * context cache stores contexts under: tests that ask for the same share a context and its check results.
 */
record AutoMigrateSettings(String target, boolean singleHead, boolean entitiesMatch, boolean stairway) {

    /** The settings of the test class, found as Spring finds test configuration: superclasses, enclosing classes. */
    static AutoMigrateSettings of(Class<?> testClass) {
        AutoMigrate annotation = TestContextAnnotationUtils.findMergedAnnotation(testClass, AutoMigrate.class);
        if (annotation == null) {
            return null;
        }
        String target = annotation.target().isBlank() ? "heads" : annotation.target().trim();
        return new AutoMigrateSettings(target, annotation.singleHead(), annotation.entitiesMatch(),
                annotation.stairway());
    }

    boolean checksAnything() {
        return singleHead || entitiesMatch || stairway;
    }

    /** The attribute names of the checks switched on, for messages. */
    List<String> checkNames() {
        List<String> names = new ArrayList<>();
        if (singleHead) {
            names.add("singleHead");
        }
        if (entitiesMatch) {
            names.add("entitiesMatch");
        }
        if (stairway) {
            names.add("stairway");
        }
        return names;
    }
}
