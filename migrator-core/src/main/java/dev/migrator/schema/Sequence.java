package dev.migrator.schema;

import java.util.Objects;

/**
 * A sequence.
 *
 * @param name      the sequence name
 * @param start     the first value
 * @param increment the step between values
 */
public record Sequence(QualifiedName name, long start, long increment) {

    public Sequence {
        Objects.requireNonNull(name, "name");
        if (increment == 0) {
            throw new IllegalArgumentException("sequence " + name + " needs a non-zero increment");
        }
    }

    /** A sequence starting at 1, counting up by 1. */
    public static Sequence of(QualifiedName name) {
        return new Sequence(name, 1, 1);
    }
}
