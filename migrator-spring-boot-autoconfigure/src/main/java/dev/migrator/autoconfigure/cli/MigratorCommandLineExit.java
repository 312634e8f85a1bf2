package dev.migrator.autoconfigure.cli;

/**
 * Ends the application after a migrator command, with the command's exit code. The default closes the application
 * context and exits the JVM; define a bean of this type to do otherwise (tests record the code instead).
 */
@FunctionalInterface
public interface MigratorCommandLineExit {

    /** @param exitCode 0 on success, 1 when the command failed or {@code check} found differences, 2 on a usage error */
    void exit(int exitCode);
}
