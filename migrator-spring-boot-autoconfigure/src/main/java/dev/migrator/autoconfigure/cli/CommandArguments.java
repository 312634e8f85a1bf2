package dev.migrator.autoconfigure.cli;

import java.util.ArrayList;
import java.util.List;

/** The migrator command in the application's arguments: everything after {@code migrator}, less Spring's options. */
final class CommandArguments {

    private CommandArguments() {
    }

    /**
     * @param applicationArguments as passed to {@code main}, e.g.
     *     {@code --spring.profiles.active=postgres migrator upgrade head}
     * @return the command for picocli, e.g. {@code upgrade head}
     */
    static String[] of(String[] applicationArguments) {
        List<String> command = new ArrayList<>();
        boolean found = false;
        for (String argument : applicationArguments) {
            if (!found) {
                found = !argument.startsWith("--") && argument.equals(MigratorCommandLineEnvironmentPostProcessor.COMMAND);
            } else if (!isSpringProperty(argument)) {
                command.add(argument);
            }
        }
        return command.toArray(String[]::new);
    }

    /** {@code --spring.profiles.active=postgres}: Boot has applied it already, and no migrator option has a dot. */
    private static boolean isSpringProperty(String argument) {
        if (!argument.startsWith("--")) {
            return false;
        }
        int equals = argument.indexOf('=');
        String name = equals < 0 ? argument.substring(2) : argument.substring(2, equals);
        return name.contains(".");
    }
}
