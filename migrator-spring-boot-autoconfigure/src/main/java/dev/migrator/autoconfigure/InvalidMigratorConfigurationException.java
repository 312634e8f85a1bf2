package dev.migrator.autoconfigure;

/**
 * The Migrator configuration cannot work as given, for a reason that involves more than one property value (which
 * the binder checks on its own). Names the property at fault and what to do, for {@link MigratorFailureAnalyzer}.
 */
public class InvalidMigratorConfigurationException extends RuntimeException {

    private final String property;
    private final String problem;
    private final String action;

    public InvalidMigratorConfigurationException(String property, String problem, String action) {
        this(property, problem, action, null);
    }

    public InvalidMigratorConfigurationException(String property, String problem, String action, Throwable cause) {
        super(problem + " (" + property + ") " + action, cause);
        this.property = property;
        this.problem = problem;
        this.action = action;
    }

    /** The property, or property prefix, at fault. */
    public String property() {
        return property;
    }

    /** What to change. */
    public String action() {
        return action;
    }

    /** The problem, without the property and the action. */
    public String problem() {
        return problem;
    }
}
