package dev.migrator.script;

import dev.migrator.Migration;
import dev.migrator.revision.RevisionNode;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One revision as it was found in the script location: its place in the graph, what it says about itself, where it
 * came from, and the body that runs it.
 *
 * <p>For a Java migration the class is neither loaded nor constructed until {@link #migration()} is first called, so
 * discovering thousands of revisions only reads metadata.
 */
public final class MigrationScript {

    private final RevisionNode node;
    private final String message;
    private final Instant created;
    private final String source;
    private final ScriptKind kind;
    private final Supplier<Migration> body;
    private Migration migration;

    private MigrationScript(RevisionNode node, String message, Instant created, String source, ScriptKind kind,
            Supplier<Migration> body) {
        this.node = Objects.requireNonNull(node, "node");
        this.message = message == null ? "" : message;
        this.created = created;
        this.source = Objects.requireNonNull(source, "source");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.body = Objects.requireNonNull(body, "body");
    }

    /**
     * A script around a migration object that already exists, for example in a test. Its source is the migration's
     * class name.
     */
    public static MigrationScript of(RevisionNode node, String message, Instant created, Migration migration) {
        Objects.requireNonNull(migration, "migration");
        return new MigrationScript(node, message, created, migration.getClass().getName(), ScriptKind.JAVA,
                () -> migration);
    }

    static MigrationScript sql(RevisionNode node, String message, Instant created, String source,
            SqlMigration migration) {
        return new MigrationScript(node, message, created, source, ScriptKind.SQL, () -> migration);
    }

    /** A Java script whose class is loaded and constructed by {@code body} on first use. */
    static MigrationScript java(RevisionNode node, String message, Instant created, String className,
            Supplier<Migration> body) {
        return new MigrationScript(node, message, created, className, ScriptKind.JAVA, body);
    }

    /** The revision's id and edges, which is all the graph needs. */
    public RevisionNode node() {
        return node;
    }

    public String id() {
        return node.id();
    }

    /** What the revision does, in one line; empty when the script gives no message. */
    public String message() {
        return message;
    }

    /** When the revision was created, if the script says. */
    public Optional<Instant> created() {
        return Optional.ofNullable(created);
    }

    /** Where the script came from: a class name or a resource path such as {@code db/migrations/x.sql}. */
    public String source() {
        return source;
    }

    public ScriptKind kind() {
        return kind;
    }

    /**
     * The body that upgrades and downgrades the database. For a Java script the first call loads the class and
     * calls its public no-argument constructor; later calls return the same instance.
     *
     * @throws InvalidMigrationClassException if the class cannot be loaded or constructed
     */
    public synchronized Migration migration() {
        if (migration == null) {
            migration = body.get();
        }
        return migration;
    }

    @Override
    public String toString() {
        return "revision " + id() + " (" + source + ")";
    }
}
