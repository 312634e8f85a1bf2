package dev.migrator.testsupport;

/**
 * Stands in for a {@link TestDatabase} that could not be had, carrying the reason until the invocation
 * for its kind starts; then {@link MissingDatabaseGuard} throws it, so that only that invocation is
 * skipped or failed rather than the whole parameterized test.
 */
record MissingDatabase(DatabaseKind kind, RuntimeException reason) {

    @Override
    public String toString() {
        return kind.displayName();
    }
}
