package dev.migrator.autoconfigure.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.mock.env.MockPropertySource;

/** Which arguments start command-line mode, and what that mode switches off. */
class MigratorCommandLineEnvironmentPostProcessorTests {

    private final MigratorCommandLineEnvironmentPostProcessor postProcessor =
            new MigratorCommandLineEnvironmentPostProcessor();

    private StandardEnvironment environment(String... arguments) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addLast(new MockPropertySource("application.properties")
                .withProperty("spring.jpa.hibernate.ddl-auto", "validate")
                .withProperty("spring.main.banner-mode", "console"));
        if (arguments.length > 0) {
            environment.getPropertySources().addFirst(new SimpleCommandLinePropertySource(arguments));
        }
        return environment;
    }

    @Test
    void migratorAsFirstPlainArgumentSwitchesTheWebServerTheUpgradeAndSchemaChangesOff() {
        StandardEnvironment environment = environment("--spring.profiles.active=postgres", "migrator", "upgrade");

        postProcessor.postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("spring.migrator.command-line.active")).isEqualTo("true");
        assertThat(environment.getProperty("spring.main.web-application-type")).isEqualTo("none");
        assertThat(environment.getProperty("spring.jpa.hibernate.ddl-auto")).as("wins over the application's")
                .isEqualTo("none");
        assertThat(environment.getProperty("spring.sql.init.mode")).isEqualTo("never");
        assertThat(environment.getProperty("logging.level.root")).isEqualTo("warn");
        assertThat(environment.getProperty("spring.main.banner-mode")).as("the application's own setting wins")
                .isEqualTo("console");
    }

    @Test
    void otherArgumentsLeaveTheApplicationAlone() {
        for (StandardEnvironment environment : new StandardEnvironment[] {environment(),
                environment("--migrator"), environment("serve", "migrator"), environment("--spring.main.x=migrator")}) {
            postProcessor.postProcessEnvironment(environment, new SpringApplication());

            assertThat(environment.getProperty("spring.migrator.command-line.active")).isNull();
            assertThat(environment.getProperty("spring.jpa.hibernate.ddl-auto")).isEqualTo("validate");
        }
    }

    @Test
    void withoutPicocliTheMigratorCommandFailsSayingWhatToAdd() {
        SpringApplication application = new SpringApplication(
                new DefaultResourceLoader(new FilteredClassLoader("picocli.")));

        assertThatIllegalStateException()
                .isThrownBy(() -> postProcessor.postProcessEnvironment(environment("migrator", "current"), application))
                .withMessageContaining("'migrator' command").withMessageContaining("info.picocli:picocli");
    }

    @Test
    void theCommandIsWhatFollowsMigratorLessSpringsOwnOptions() {
        assertThat(CommandArguments.of(new String[] {"--debug", "migrator", "--instance", "reporting",
                "revision", "-m", "add isbn", "--spring.profiles.active=postgres", "--message=a.b"}))
                .containsExactly("--instance", "reporting", "revision", "-m", "add isbn", "--message=a.b");
        assertThat(CommandArguments.of(new String[] {"migrator"})).isEmpty();
    }
}
