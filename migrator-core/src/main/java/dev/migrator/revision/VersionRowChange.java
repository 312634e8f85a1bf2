package dev.migrator.revision;

/** One change to the version table's rows that a step brings about. */
public sealed interface VersionRowChange {

    /** A new branch starts: a row for {@code revision} is added. */
    record Insert(String revision) implements VersionRowChange {
    }

    /** A branch ends: the row for {@code revision} is removed. */
    record Delete(String revision) implements VersionRowChange {
    }

    /** A branch moves: the row {@code from} becomes {@code to}. */
    record Update(String from, String to) implements VersionRowChange {
    }
}
