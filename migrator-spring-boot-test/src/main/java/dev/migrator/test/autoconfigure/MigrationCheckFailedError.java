package dev.migrator.test.autoconfigure;

import java.util.List;

/**
 * A check that {@link AutoMigrate @AutoMigrate} switched on found a problem with the migrations. The message is the
 * report: one paragraph per problem, each starting with the name of the check, naming the revisions or database
 * objects at fault and saying what to do.
 */
public final class MigrationCheckFailedError extends AssertionError {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    MigrationCheckFailedError(List<String> problems, Throwable cause) {
        super(report(problems), cause);
        this.problems = List.copyOf(problems);
    }

    /** One report per problem found, in the order the checks ran. */
    public List<String> problems() {
        return problems;
    }

    private static String report(List<String> problems) {
        StringBuilder text = new StringBuilder("@AutoMigrate: the migrations failed ")
                .append(problems.size() == 1 ? "a check" : problems.size() + " checks").append('.');
        problems.forEach(problem -> text.append("\n\n").append(problem.strip()));
        return text.toString();
    }
}
