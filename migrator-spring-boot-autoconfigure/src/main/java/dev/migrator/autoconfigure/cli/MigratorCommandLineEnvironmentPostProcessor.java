package dev.migrator.autoconfigure.cli;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.CommandLinePropertySource;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.util.ClassUtils;
import org.springframework.util.StringUtils;

/**
 * Turns {@code java -jar app.jar migrator <command> ...} into a one-command run: no web server, no start-up upgrade,
 * Hibernate and SQL initialization kept off the schema, and a quiet console so that the command's output (offline
 * SQL, for example) can be redirected. {@link MigratorCommandLineRunner} then runs the command and ends the process.
 * Registered in {@code META-INF/spring.factories}.
 *
 * <p>The command is recognised by its first plain argument being {@value #COMMAND}; Spring options such as
 * {@code --spring.profiles.active=postgres} may come before or after it.
 */
class MigratorCommandLineEnvironmentPostProcessor implements EnvironmentPostProcessor {

    /** The first plain argument that selects command-line mode. */
    static final String COMMAND = "migrator";

    /** Set while in command-line mode; the start-up upgrade is off and the command runner on. */
    static final String ACTIVE_PROPERTY = "spring.migrator.command-line.active";

    static final String PROPERTY_SOURCE = "migratorCommandLine";
    static final String DEFAULTS_PROPERTY_SOURCE = "migratorCommandLineDefaults";

    private static final String PICOCLI = "picocli.CommandLine";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!isMigratorCommand(environment)) {
            return;
        }
        if (!ClassUtils.isPresent(PICOCLI, application.getClassLoader())) {
            throw new IllegalStateException("The application was started with the '" + COMMAND + "' command, but"
                    + " the Migrator command line needs picocli on the class path. Depend on"
                    + " migrator-spring-boot-starter, which brings it, or add info.picocli:picocli.");
        }
        // These win over the application's own configuration: a command never serves requests, never upgrades on
        // its own, and never lets Hibernate or SQL scripts change the schema it is about to inspect or migrate.
        environment.getPropertySources().addFirst(new MapPropertySource(PROPERTY_SOURCE, Map.of(
                ACTIVE_PROPERTY, "true",
                "spring.main.web-application-type", "none",
                "spring.jpa.hibernate.ddl-auto", "none",
                "spring.sql.init.mode", "never")));
        // Defaults the application may override: the console is the command's.
        // (Building the entities' schema names Hibernate's dialect explicitly, which Hibernate reports as a
        // deprecation; that is not the user's to fix.)
        environment.getPropertySources().addLast(new MapPropertySource(DEFAULTS_PROPERTY_SOURCE, Map.of(
                "spring.main.banner-mode", "off",
                "spring.main.log-startup-info", "false",
                "logging.level.root", "warn",
                "logging.level.org.hibernate.orm.deprecation", "error")));
    }

    /** Whether the first plain (non {@code --option}) argument is {@value #COMMAND}. */
    static boolean isMigratorCommand(ConfigurableEnvironment environment) {
        PropertySource<?> commandLine = environment.getPropertySources()
                .get(CommandLinePropertySource.COMMAND_LINE_PROPERTY_SOURCE_NAME);
        if (commandLine == null) {
            return false;
        }
        Object plainArguments = commandLine.getProperty(CommandLinePropertySource.DEFAULT_NON_OPTION_ARGS_PROPERTY_NAME);
        if (!(plainArguments instanceof String joined)) {
            return false;
        }
        String[] arguments = StringUtils.commaDelimitedListToStringArray(joined);
        return arguments.length > 0 && COMMAND.equals(arguments[0]);
    }
}
