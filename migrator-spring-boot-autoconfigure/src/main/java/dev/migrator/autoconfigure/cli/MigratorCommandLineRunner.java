package dev.migrator.autoconfigure.cli;

import dev.migrator.autoconfigure.MigratorInstances;
import dev.migrator.cli.MigratorCommandLine;
import java.io.PrintWriter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;

/**
 * Runs the migrator command the application was started with against its own instances, printing to the console,
 * then ends the application with the command's exit code. Runs before the application's own runners, so that none of
 * them run in command-line mode.
 */
class MigratorCommandLineRunner implements ApplicationRunner, Ordered {

    private final ObjectProvider<MigratorInstances> instances;
    private final MigratorCommandLineExit exit;

    MigratorCommandLineRunner(ObjectProvider<MigratorInstances> instances, MigratorCommandLineExit exit) {
        this.instances = instances;
        this.exit = exit;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        exit.exit(execute(CommandArguments.of(arguments.getSourceArgs())));
    }

    private int execute(String[] command) {
        // System.out and System.err as they are now (not when the bean was made), never closed: they are the JVM's.
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        MigratorInstances available = instances.getIfAvailable();
        if (available == null) {
            err.println("Error: Migrator is not active in this application, so there is nothing to run '"
                    + String.join(" ", command) + "' against. Check that spring.migrator.enabled is not false and"
                    + " that there is a database (a DataSource, or spring.migrator.url).");
            return 1;
        }
        return new MigratorCommandLine(name -> available.get(name).migrator(), out, err).execute(command);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
