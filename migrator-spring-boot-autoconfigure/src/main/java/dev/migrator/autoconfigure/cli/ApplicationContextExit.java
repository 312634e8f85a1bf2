package dev.migrator.autoconfigure.cli;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;

/** Closes the context as {@link SpringApplication#exit} does, then exits the JVM with the command's code. */
final class ApplicationContextExit implements MigratorCommandLineExit {

    private final ApplicationContext context;

    ApplicationContextExit(ApplicationContext context) {
        this.context = context;
    }

    @Override
    public void exit(int exitCode) {
        System.exit(SpringApplication.exit(context, () -> exitCode));
    }
}
