package dev.migrator.cli;

import dev.migrator.autogenerate.SchemaDiff;
import dev.migrator.command.HistoryOptions;
import dev.migrator.command.Migrator;
import dev.migrator.command.RevisionOptions;
import dev.migrator.command.WrittenRevision;
import dev.migrator.revision.RevisionRange;
import dev.migrator.runtime.RunResult;
import dev.migrator.runtime.StepResult;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** The command tree; each subcommand is a thin call into {@link Migrator}. */
// The scope is inherited so that every subcommand has --help too.
@Command(name = "migrator", mixinStandardHelpOptions = true, scope = ScopeType.INHERIT, version = "Migrator",
        description = "Alembic-style database migrations.",
        subcommands = {
            MigratorCommands.RevisionCommand.class, MigratorCommands.UpgradeCommand.class,
            MigratorCommands.DowngradeCommand.class, MigratorCommands.StampCommand.class,
            MigratorCommands.CurrentCommand.class, MigratorCommands.HistoryCommand.class,
            MigratorCommands.HeadsCommand.class, MigratorCommands.BranchesCommand.class,
            MigratorCommands.ShowCommand.class, MigratorCommands.MergeCommand.class,
            MigratorCommands.GraphCommand.class, MigratorCommands.CheckCommand.class})
final class MigratorCommands {

    private final Function<String, Migrator> migrators;

    @Option(names = "--instance", defaultValue = MigratorCommandLine.DEFAULT_INSTANCE, scope = ScopeType.INHERIT,
            description = "The migrator instance (spring.migrator.instances.<name>); default: ${DEFAULT-VALUE}.")
    String instance;

    MigratorCommands(Function<String, Migrator> migrators) {
        this.migrators = migrators;
    }

    Migrator migrator() {
        return migrators.apply(instance);
    }

    /** What every subcommand shares: its parent and its output. */
    abstract static class Subcommand implements Callable<Integer> {

        @ParentCommand
        MigratorCommands parent;

        @Spec
        CommandSpec spec;

        Migrator migrator() {
            return parent.migrator();
        }

        PrintWriter out() {
            return spec.commandLine().getOut();
        }

        /** One line per step that ran, then where the database ended up. */
        void report(RunResult result, String action, String done) {
            for (StepResult step : result.steps()) {
                out().println("Running " + action + " " + step.step() + ", " + step.message());
            }
            out().println(result.changedAnything() ? "Database " + done + " to " + rows(result.after())
                    : "Database already at " + rows(result.after()) + "; nothing to " + action);
        }

        static String rows(List<String> revisions) {
            return revisions.isEmpty() ? "<base>" : String.join(", ", revisions);
        }
    }

    @Command(name = "revision", description = "Write a new migration after the current head.")
    static final class RevisionCommand extends Subcommand {

        @Option(names = {"-m", "--message"}, description = "What the revision does.")
        String message = "";

        @Option(names = "--head", description = "The revision to build on (default: head); 'base' starts a new root.")
        String head = "head";

        @Option(names = "--splice", description = "Allow --head to name a revision that is not a head.")
        boolean splice;

        @Option(names = "--branch-label", description = "A label for the branch this revision starts.")
        List<String> branchLabels = new ArrayList<>();

        @Option(names = "--depends-on", description = "A revision or label that must be applied first.")
        List<String> dependsOn = new ArrayList<>();

        @Option(names = "--rev-id", description = "The revision id (default: 12 random hex characters).")
        String revisionId;

        @Option(names = "--autogenerate", description = "Fill the revision with what it takes to bring the database"
                + " to the schema the application expects (its entities); writes nothing when they already match.")
        boolean autogenerate;

        @Override
        public Integer call() {
            RevisionOptions options = RevisionOptions.defaults().withHead(head).withSplice(splice)
                    .withRevisionId(revisionId).withBranchLabels(branchLabels.toArray(String[]::new))
                    .withDependsOn(dependsOn.toArray(String[]::new));
            if (!autogenerate) {
                report(migrator().revision(message, options));
                return 0;
            }
            Optional<WrittenRevision> written = migrator().revisionAutogenerate(message, options);
            if (written.isEmpty()) {
                out().println("No changes in schema detected; no revision written.");
                return 0;
            }
            report(written.get());
            out().println("Review it before upgrading: autogenerate cannot see renames, data moves or every type"
                    + " change.");
            return 0;
        }

        private void report(WrittenRevision written) {
            out().println("Generated " + written.path() + " (revision " + written.revisionId() + ")");
        }
    }

    @Command(name = "check", description = "Check that the database matches the schema the application expects"
            + " (exit 1 and list what differs when it does not).")
    static final class CheckCommand extends Subcommand {

        @Override
        public Integer call() {
            SchemaDiff diff = migrator().compare();
            if (diff.isEmpty()) {
                out().println("No new upgrade operations detected.");
                return 0;
            }
            // A finding, not a failure: the list goes to standard output, like the rest of a command's result.
            out().println("The database does not match the expected schema: " + diff.operations().size()
                    + " pending operation(s)");
            out().print(diff.describe());
            out().println("Generate a migration for them with 'revision --autogenerate -m \"...\"', review it,"
                    + " and upgrade.");
            return 1;
        }
    }

    @Command(name = "upgrade", description = "Upgrade the database to a later revision.")
    static final class UpgradeCommand extends Subcommand {

        @Option(names = "--sql", description = "Print the SQL instead of running it (a 'from:to' range is allowed).")
        boolean sql;

        @Parameters(arity = "0..1", defaultValue = "head", description = "Target revision (default: head).")
        String target;

        @Override
        public Integer call() {
            if (sql) {
                out().print(migrator().upgradeSql(target));
                return 0;
            }
            report(migrator().upgrade(target), "upgrade", "upgraded");
            return 0;
        }
    }

    @Command(name = "downgrade", description = "Revert the database to a previous revision.")
    static final class DowngradeCommand extends Subcommand {

        @Option(names = "--sql", description = "Print the SQL instead of running it (needs a 'from:to' range).")
        boolean sql;

        @Parameters(arity = "1", description = "Target revision: a revision, -N, label@base, or base.")
        String target;

        @Override
        public Integer call() {
            if (sql) {
                out().print(migrator().downgradeSql(target));
                return 0;
            }
            report(migrator().downgrade(target), "downgrade", "downgraded");
            return 0;
        }
    }

    @Command(name = "stamp", description = "Set the version table to revisions without running migrations.")
    static final class StampCommand extends Subcommand {

        @Option(names = "--sql", description = "Print the SQL instead of running it.")
        boolean sql;

        @Option(names = "--purge", description = "Empty the version table first (clears unknown revisions too).")
        boolean purge;

        @Parameters(arity = "1..*", description = "The revisions to stamp (head, heads, base, ids).")
        List<String> revisions;

        @Override
        public Integer call() {
            if (sql) {
                out().print(migrator().stampSql(revisions));
                return 0;
            }
            out().println("Stamped the database with " + rows(migrator().stamp(revisions, purge)));
            return 0;
        }
    }

    @Command(name = "current", description = "Show the revision(s) the database is at.")
    static final class CurrentCommand extends Subcommand {

        @Option(names = {"-v", "--verbose"}, description = "Show each revision in full.")
        boolean verbose;

        @Override
        public Integer call() {
            List<String> current = migrator().current();
            if (current.isEmpty()) {
                out().println("<base> (nothing applied)");
            }
            Set<String> heads = new HashSet<>(migrator().heads());
            for (String revision : current) {
                if (verbose) {
                    out().print(migrator().showText(revision));
                } else {
                    out().println(revision + (heads.contains(revision) ? " (head)" : ""));
                }
            }
            return 0;
        }
    }

    @Command(name = "history", description = "List revisions, newest first.")
    static final class HistoryCommand extends Subcommand {

        @Option(names = {"-r", "--rev-range"}, description = "A range 'from:to'; 'current' names the database's revision.")
        String range;

        @Option(names = {"-v", "--verbose"}, description = "Show each revision in full.")
        boolean verbose;

        @Option(names = {"-i", "--indicate-current"}, description = "Mark the revision(s) the database is at.")
        boolean indicateCurrent;

        @Option(names = "--graph", description = "Draw branches and merges.")
        boolean graph;

        @Override
        public Integer call() {
            Set<String> current = indicateCurrent || (range != null && range.contains("current"))
                    ? Set.copyOf(migrator().current()) : Set.of();
            RevisionRange parsed = range == null ? new RevisionRange(null, null) : RevisionRange.parse(range);
            parsed = new RevisionRange(replaceCurrent(parsed.from(), current), replaceCurrent(parsed.to(), current));
            if (graph) {
                out().print(migrator().graphAscii(parsed, current));
            } else {
                out().print(migrator().historyText(HistoryOptions.all().withRange(parsed).withVerbose(verbose)
                        .withCurrentRevisions(current)));
            }
            return 0;
        }

        private static String replaceCurrent(String end, Set<String> current) {
            if (!"current".equals(end)) {
                return end;
            }
            if (current.size() > 1) {
                throw new IllegalArgumentException("'current' is ambiguous: the database is at " + current.size()
                        + " revisions (" + String.join(", ", current) + "); name one in the range instead.");
            }
            return current.isEmpty() ? "base" : current.iterator().next();
        }
    }

    @Command(name = "heads", description = "Show the heads of the revision graph.")
    static final class HeadsCommand extends Subcommand {

        @Option(names = {"-v", "--verbose"}, description = "Show each head in full.")
        boolean verbose;

        @Override
        public Integer call() {
            out().print(migrator().headsText(verbose, Set.of()));
            return 0;
        }
    }

    @Command(name = "branches", description = "Show the points where the graph branches.")
    static final class BranchesCommand extends Subcommand {

        @Option(names = {"-v", "--verbose"}, description = "Show each branch point in full.")
        boolean verbose;

        @Override
        public Integer call() {
            out().print(migrator().branchesText(verbose));
            return 0;
        }
    }

    @Command(name = "show", description = "Show one revision in full.")
    static final class ShowCommand extends Subcommand {

        @Parameters(arity = "1", description = "The revision (id, prefix, head, label@head ...).")
        String revision;

        @Override
        public Integer call() {
            out().print(migrator().showText(revision));
            return 0;
        }
    }

    @Command(name = "merge", description = "Write a revision that merges several heads.")
    static final class MergeCommand extends Subcommand {

        @Option(names = {"-m", "--message"}, description = "What the merge is for.")
        String message = "merge";

        @Option(names = "--rev-id", description = "The revision id (default: 12 random hex characters).")
        String revisionId;

        @Parameters(arity = "1..*", description = "The revisions to merge, or 'heads'.")
        List<String> revisions;

        @Override
        public Integer call() {
            WrittenRevision written = migrator().merge(message, revisions, revisionId);
            out().println("Generated " + written.path() + " (revision " + written.revisionId() + ")");
            return 0;
        }
    }

    @Command(name = "graph", description = "Export the revision graph as Graphviz DOT, Mermaid or ASCII.")
    static final class GraphCommand extends Subcommand {

        @Option(names = "--format", defaultValue = "ascii", description = "ascii, dot or mermaid (default: ${DEFAULT-VALUE}).")
        String format;

        @Override
        public Integer call() {
            switch (format) {
                case "dot" -> out().print(migrator().graphDot());
                case "mermaid" -> out().print(migrator().graphMermaid());
                case "ascii" -> out().print(migrator().graphAscii(new RevisionRange(null, null), Set.of()));
                default -> throw new IllegalArgumentException("Unknown graph format '" + format
                        + "'; use ascii, dot or mermaid.");
            }
            return 0;
        }
    }
}
