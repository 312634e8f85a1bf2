package dev.migrator.operations;

/**
 * A new value for an optional column property, such as its default or comment.
 *
 * <p>Where an operation holds a {@code Change}, null means "leave it as it is";
 * {@code Change.to(null)} (or {@link #remove()}) means "remove it".
 *
 * @param value the new value, or null to remove the property
 */
public record Change<T>(T value) {

    /** Set the property to {@code value}; null removes it. */
    public static <T> Change<T> to(T value) {
        return new Change<>(value);
    }

    /** Remove the property. */
    public static <T> Change<T> remove() {
        return new Change<>(null);
    }

    /** Whether this change removes the property. */
    public boolean removes() {
        return value == null;
    }
}
