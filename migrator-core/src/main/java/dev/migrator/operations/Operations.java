package dev.migrator.operations;

/**
 * What a migration's {@code upgrade} and {@code downgrade} call to change the database.
 */
public interface Operations {

    /** Runs one SQL statement as it is. */
    void execute(String sql);
}
