package dev.migrator;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares the revision a {@link Migration} class implements.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Revision {

    /** The revision id, 12 hex characters when generated. */
    String id();

    /** The parent revision(s): none for a base, several for a merge. */
    String[] down() default {};

    /** Labels that name the branch that starts at this revision. */
    String[] branchLabels() default {};

    /** Revisions or branch labels that must be applied before this one without being parents. */
    String[] dependsOn() default {};

    /** What the revision does, in one line. */
    String message() default "";

    /** When the revision was created, ISO-8601 (for example {@code 2026-11-29T10:15:30Z}). */
    String created() default "";
}
