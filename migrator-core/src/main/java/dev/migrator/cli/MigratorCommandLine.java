package dev.migrator.cli;

import dev.migrator.command.Migrator;
import java.io.PrintWriter;
import java.util.Objects;
import java.util.function.Function;
import picocli.CommandLine;

/**
 * Alembic's commands on a command line: {@code revision}, {@code upgrade}, {@code downgrade},
 * {@code stamp}, {@code current}, {@code history}, {@code heads}, {@code branches}, {@code show},
 * {@code merge}, {@code graph}, and autogenerate's {@code check} and {@code revision --autogenerate}. Built on
 * picocli, so {@code --help}, usage errors and completion come with it.
 *
 * <p>Exit codes: 0 on success, 1 with a one-line reason on any error (and for {@code check} when the database does
 * not match the expected schema, with the list of differences), 2 for a usage error.
 */
public final class MigratorCommandLine {

    /** The instance a command runs against when {@code --instance} is not given. */
    public static final String DEFAULT_INSTANCE = "default";

    private final Function<String, Migrator> migrators;
    private final PrintWriter out;
    private final PrintWriter err;

    /**
     * @param migrators the migrator of each instance by name ({@value #DEFAULT_INSTANCE} for the main
     *     one); returns {@code null} for an unknown name
     */
    public MigratorCommandLine(Function<String, Migrator> migrators, PrintWriter out, PrintWriter err) {
        this.migrators = Objects.requireNonNull(migrators, "migrators");
        this.out = Objects.requireNonNull(out, "out");
        this.err = Objects.requireNonNull(err, "err");
    }

    /** Runs one command, e.g. {@code execute("upgrade", "head")}, and returns its exit code. */
    public int execute(String... args) {
        CommandLine commandLine = new CommandLine(new MigratorCommands(this::migrator));
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((failure, line, parsed) -> {
            err.println("Error: " + oneLine(failure));
            err.flush();
            return 1;
        });
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    private Migrator migrator(String instance) {
        Migrator migrator = migrators.apply(instance);
        if (migrator == null) {
            throw new IllegalArgumentException("No migrator instance named '" + instance + "'. Use one configured"
                    + " under spring.migrator.instances, or leave --instance out for the default one.");
        }
        return migrator;
    }

    /** The first line of the failure's message: the reason; the rest of the story is in the log. */
    static String oneLine(Throwable failure) {
        String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        return message.lines().findFirst().orElse(message);
    }
}
