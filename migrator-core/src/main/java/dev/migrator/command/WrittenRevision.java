package dev.migrator.command;

import java.nio.file.Path;

/**
 * A migration class that {@link RevisionFileWriter} wrote.
 *
 * @param revisionId the revision's id
 * @param className the fully qualified name of the class
 * @param path the source file
 */
public record WrittenRevision(String revisionId, String className, Path path) {
}
