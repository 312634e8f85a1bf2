package dev.migrator.runtime;

import dev.migrator.operations.MigrationOperation;
import dev.migrator.operations.OperationFailedException;
import dev.migrator.revision.Direction;
import java.util.List;

/**
 * A migration failed. Says which revision, operation and SQL statement, and what state the database was
 * left in: rolled back to the previous revision where the database has transactional DDL, or possibly
 * half-applied where it has not (with the statements that did run, so a person can check them).
 */
public class MigrationFailedException extends MigratorRuntimeException {

    private final String revision;
    private final Direction direction;
    private final MigrationOperation operation;
    private final String sql;
    private final List<String> statementsApplied;
    private final List<String> databaseRevisions;
    private final boolean possiblyHalfApplied;

    MigrationFailedException(String revision, String description, Direction direction, Throwable cause,
            List<String> statementsApplied, List<String> databaseRevisions, boolean possiblyHalfApplied,
            String databaseName) {
        super(message(revision, description, direction, cause, statementsApplied, databaseRevisions,
                possiblyHalfApplied, databaseName), cause);
        this.revision = revision;
        this.direction = direction;
        this.operation = cause instanceof OperationFailedException failed ? failed.operation() : null;
        this.sql = cause instanceof OperationFailedException failed ? failed.sql() : null;
        this.statementsApplied = List.copyOf(statementsApplied);
        this.databaseRevisions = List.copyOf(databaseRevisions);
        this.possiblyHalfApplied = possiblyHalfApplied;
    }

    public String revision() {
        return revision;
    }

    public Direction direction() {
        return direction;
    }

    /** The operation that failed, when an operation did. */
    public MigrationOperation operation() {
        return operation;
    }

    /** The statement the database rejected, when there was one. */
    public String sql() {
        return sql;
    }

    /** Statements of the failed migration that ran before the failure (kept only without transactional DDL). */
    public List<String> statementsApplied() {
        return statementsApplied;
    }

    /** The version table's rows after the failure. */
    public List<String> databaseRevisions() {
        return databaseRevisions;
    }

    /** Whether part of the failed migration may have stayed applied. */
    public boolean possiblyHalfApplied() {
        return possiblyHalfApplied;
    }

    private static String message(String revision, String description, Direction direction, Throwable cause,
            List<String> applied, List<String> rows, boolean halfApplied, String databaseName) {
        StringBuilder text = new StringBuilder();
        text.append(direction.isUpgrade() ? "Upgrade" : "Downgrade").append(" of revision ").append(revision);
        if (description != null && !description.isBlank()) {
            text.append(" (").append(description).append(")");
        }
        text.append(" failed");
        if (cause instanceof OperationFailedException failed) {
            text.append(" in operation ").append(failed.operation().describe());
            if (failed.sql() != null) {
                text.append("\n  SQL: ").append(failed.sql());
            }
            text.append("\n  Cause: ").append(failed.getCause() == null ? failed.getMessage() : failed.getCause().getMessage());
        } else {
            text.append(": ").append(cause);
        }
        String at = rows.isEmpty() ? "base (no revision)" : String.join(", ", rows);
        if (halfApplied) {
            text.append("\n").append(databaseName).append(" cannot roll DDL back, so revision ").append(revision)
                    .append(" may be half-applied. The version table still says ").append(at).append('.');
            if (applied.isEmpty()) {
                text.append(" No statement of this migration had completed before the failure.");
            } else {
                text.append(" These statements of it completed and remain applied:");
                for (int i = 0; i < applied.size(); i++) {
                    text.append("\n    ").append(i + 1).append(". ").append(applied.get(i));
                }
                text.append("\nCheck them against the database, undo them (or make the migration tolerate them),"
                        + " fix the migration, then run the ").append(direction.isUpgrade() ? "upgrade" : "downgrade")
                        .append(" again.");
            }
        } else {
            text.append("\nThe migration was rolled back and nothing was written to the version table: the database"
                    + " is still at ").append(at).append(". Fix the migration and run the ")
                    .append(direction.isUpgrade() ? "upgrade" : "downgrade").append(" again.");
        }
        return text.toString();
    }
}
