package dev.migrator.revision;

import static dev.migrator.revision.RevisionException.Kind.UNKNOWN_DATABASE_REVISION;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The revisions of a project and how they follow each other: heads, bases, branches, merges and
 * depends-on, with Alembic's semantics. It answers which revisions a target names and which steps take
 * a database from its current revisions to a target. It knows nothing about databases or files.
 *
 * <p>Building a graph validates it: duplicate ids and branch labels, missing down revisions and
 * dependencies, loops and cycles all fail with a {@link RevisionException} that says what to fix.
 */
public final class RevisionGraph {

    private final Map<String, GraphNode> byId;
    private final Map<String, GraphNode> symbols;
    private final List<GraphNode> heads;
    private final List<GraphNode> realHeads;
    private final List<GraphNode> bases;
    private final List<GraphNode> labelOwners;
    private final Map<String, Set<GraphNode>> branchMembers = new ConcurrentHashMap<>();
    private final TargetResolver resolver;
    private final StepCollector collector;

    private RevisionGraph(GraphLoader loaded) {
        this.byId = Collections.unmodifiableMap(loaded.byId);
        this.symbols = loaded.symbols;
        this.heads = List.copyOf(loaded.heads);
        this.realHeads = List.copyOf(loaded.realHeads);
        this.bases = List.copyOf(loaded.bases);
        this.labelOwners = loaded.byId.values().stream().filter(node -> !node.revision.branchLabels().isEmpty())
                .toList();
        this.resolver = new TargetResolver(this);
        this.collector = new StepCollector(this, resolver);
    }

    /**
     * Builds and validates the graph.
     *
     * @param revisions the revisions in definition order, which breaks ties between independent branches
     */
    public static RevisionGraph of(List<RevisionNode> revisions) {
        return new RevisionGraph(new GraphLoader(revisions));
    }

    public boolean isEmpty() {
        return byId.isEmpty();
    }

    public int size() {
        return byId.size();
    }

    /** All revisions, in definition order. */
    public List<RevisionNode> revisions() {
        return byId.values().stream().map(node -> node.revision).toList();
    }

    public Optional<RevisionNode> revision(String id) {
        GraphNode node = byId.get(id);
        return node == null ? Optional.empty() : Optional.of(node.revision);
    }

    /** Revisions that no other revision names as a down revision, in definition order. */
    public List<String> heads() {
        return TargetResolver.ids(heads);
    }

    /**
     * Heads that no other revision names as a down revision <em>or</em> in its depends-on: what
     * {@code heads} as a target means.
     */
    public List<String> headsConsideringDependencies() {
        return TargetResolver.ids(realHeads);
    }

    /** Revisions without down revisions (they may still depend on others), in definition order. */
    public List<String> bases() {
        return TargetResolver.ids(bases);
    }

    /** Revisions with more than one child: where branches split. */
    public List<String> branchPoints() {
        return byId.values().stream().filter(GraphNode::isBranchPoint).map(GraphNode::id).toList();
    }

    /** The revisions directly after {@code id} through down revisions. */
    public List<String> children(String id) {
        return TargetResolver.ids(require(id).children);
    }

    /** The revisions after {@code id} through down revisions or depends-on. */
    public List<String> dependents(String id) {
        return TargetResolver.ids(require(id).allChildren);
    }

    /** The labels of the branch {@code id} is on: its own plus those it inherits. */
    public Set<String> branchLabelsOf(String id) {
        GraphNode node = require(id);
        Set<String> labels = new TreeSet<>();
        for (GraphNode owner : labelOwners) {
            for (String label : owner.revision.branchLabels()) {
                if (hasBranchLabel(node, label)) {
                    labels.add(label);
                }
            }
        }
        return labels;
    }

    /**
     * Whether {@code node} is on the branch that {@code label} names: the labelled revision, everything
     * after it, and the revisions before it down to where its branch split off. Worked out per label
     * when first asked, because giving every revision its inherited labels up front costs
     * revisions times labels at every start.
     */
    boolean hasBranchLabel(GraphNode node, String label) {
        GraphNode owner = symbols.get(label);
        if (owner == null || !owner.revision.branchLabels().contains(label)) {
            return false;
        }
        return branchMembers.computeIfAbsent(label, ignored -> branchOf(owner)).contains(node);
    }

    private static Set<GraphNode> branchOf(GraphNode owner) {
        Set<GraphNode> members = new HashSet<>(Traversal.descendants(List.of(owner), false));
        GraphNode parent = owner.down.size() == 1 ? owner.down.get(0) : null;
        while (parent != null && !parent.isRealBranchPoint() && !parent.isMergePoint()) {
            members.add(parent);
            parent = parent.down.size() == 1 ? parent.down.get(0) : null;
        }
        return members;
    }

    public boolean isHead(String id) {
        return require(id).isHead();
    }

    public boolean isBranchPoint(String id) {
        return require(id).isBranchPoint();
    }

    public boolean isMergePoint(String id) {
        return require(id).isMergePoint();
    }

    /**
     * The revisions a target names: {@code head}, {@code heads}, {@code base} (none), an id or unique
     * prefix, a branch label, {@code label@head}, {@code label@rev}, {@code rev+N}, {@code label@-N}, ...
     */
    public List<String> resolve(String target) {
        return TargetResolver.ids(resolver.revisions(target));
    }

    /** The single revision a target names, or empty for base; several (e.g. {@code heads}) is an error. */
    public Optional<String> resolveOne(String target) {
        GraphNode node = resolver.revision(target);
        return node == null ? Optional.empty() : Optional.of(node.id());
    }

    /**
     * The steps that take a database at {@code currentHeads} (empty: nothing applied) up to
     * {@code target}, in the order they must run. Other branches the database is on stay as they are.
     */
    public MigrationPlan upgradePlan(Collection<String> currentHeads, String target) {
        return upgradePlan(currentHeads, RevisionRef.of(target));
    }

    /** As {@link #upgradePlan(Collection, String)}, to one or several targets. */
    public MigrationPlan upgradePlan(Collection<String> currentHeads, RevisionRef target) {
        requireKnown(currentHeads);
        List<String> warnings = new ArrayList<>();
        List<GraphNode> walk = collector.iterate(new StepCollector.Walk(target,
                RevisionRef.ofAll(currentHeads), false, true, true, false), warnings::add);
        List<MigrationStep> steps = new ArrayList<>(walk.size());
        for (int i = walk.size() - 1; i >= 0; i--) {
            steps.add(step(walk.get(i), Direction.UPGRADE));
        }
        return new MigrationPlan(Direction.UPGRADE, currentHeads, steps, warnings);
    }

    /**
     * The steps that take a database at {@code currentHeads} down to {@code target} ({@code base}:
     * everything), newest first. Revisions that depend on a removed revision are removed too.
     */
    public MigrationPlan downgradePlan(Collection<String> currentHeads, String target) {
        requireKnown(currentHeads);
        List<String> warnings = new ArrayList<>();
        RevisionRef destination = target == null || "base".equals(target) ? RevisionRef.base() : RevisionRef.of(target);
        List<GraphNode> walk = collector.iterate(new StepCollector.Walk(RevisionRef.ofAll(currentHeads),
                destination, false, false, true, true), warnings::add);
        List<MigrationStep> steps = walk.stream().map(node -> step(node, Direction.DOWNGRADE)).toList();
        return new MigrationPlan(Direction.DOWNGRADE, currentHeads, steps, warnings);
    }

    /**
     * Alembic's revision walk between {@code upper} and {@code lower}, from the top down. {@code history}
     * uses it for ranges; the plans above are built on it.
     *
     * @param inclusive whether {@code lower} itself is part of the walk
     * @param implicitBase whether revisions on other branches below {@code upper} are included
     * @param selectForDowngrade {@code true}: {@code upper} is what is applied and {@code lower} the
     *     destination, as in a downgrade; {@code false}: {@code upper} is the target of an upgrade
     * @param assertRelativeLength whether a relative bound that walks off the graph is an error (or stops
     *     at the end)
     */
    public List<String> iterate(RevisionRef upper, RevisionRef lower, boolean inclusive, boolean implicitBase,
            boolean selectForDowngrade, boolean assertRelativeLength, Consumer<String> warnings) {
        return TargetResolver.ids(collector.iterate(new StepCollector.Walk(upper, lower, inclusive, implicitBase,
                assertRelativeLength, selectForDowngrade), warnings));
    }

    /** All revisions newest first, every revision before the ones it follows. */
    public List<String> history() {
        return history(new RevisionRange(null, null));
    }

    /**
     * The revisions of a range newest first, both ends included. Relative ends that walk off the graph
     * stop at its end instead of failing, so {@code -3:} works on a short history.
     */
    public List<String> history(RevisionRange range) {
        RevisionRef lower = range.from() == null ? RevisionRef.base() : RevisionRef.of(range.from());
        return iterate(RevisionRef.of(range.upperOrHeads()), lower, true, false, false, false, warning -> { });
    }

    /**
     * Fails when the version table names a revision no script defines: the script was deleted or renamed,
     * or a newer version of the application migrated this database.
     */
    public void requireKnown(Collection<String> databaseRevisions) {
        List<String> unknown = databaseRevisions.stream().filter(id -> !byId.containsKey(id)).toList();
        if (!unknown.isEmpty()) {
            throw new RevisionException(UNKNOWN_DATABASE_REVISION, unknown, "The database is at revision(s) "
                    + String.join(", ", unknown) + ", which no migration script defines. Either the script was"
                    + " removed or renamed (restore it), or a newer version of the application migrated this"
                    + " database (deploy that version, or 'stamp' the database to a revision you have).");
        }
    }

    /** The revisions below {@code id} that the version table moves to when {@code id} is reverted. */
    public List<String> downRevisionsForVersionTable(String id) {
        return TargetResolver.ids(require(id).normalizedDown());
    }

    /** Every revision at or below the given ones, through down revisions and depends-on. */
    public Set<String> ancestorsOf(Collection<String> ids) {
        List<GraphNode> nodes = ids.stream().map(this::require).toList();
        Set<String> result = new java.util.LinkedHashSet<>();
        for (GraphNode node : Traversal.ancestors(nodes, true)) {
            result.add(node.id());
        }
        return result;
    }

    /** Every revision at or above the given ones, through down revisions and depends-on. */
    public Set<String> descendantsOf(Collection<String> ids) {
        List<GraphNode> nodes = ids.stream().map(this::require).toList();
        Set<String> result = new java.util.LinkedHashSet<>();
        for (GraphNode node : Traversal.descendants(nodes, true)) {
            result.add(node.id());
        }
        return result;
    }

    private MigrationStep step(GraphNode node, Direction direction) {
        return new MigrationStep(node.revision, direction, TargetResolver.ids(node.normalizedDown()));
    }

    private GraphNode require(String id) {
        GraphNode node = byId.get(id);
        if (node == null) {
            throw new RevisionException(RevisionException.Kind.NOT_FOUND, List.of(id), "No such revision '" + id
                    + "'. Run 'history' to see the revisions that exist.");
        }
        return node;
    }

    GraphNode symbol(String name) {
        return symbols.get(name);
    }

    Collection<String> symbolNames() {
        return symbols.keySet();
    }

    String branchLabelList() {
        Set<String> labels = new TreeSet<>();
        labelOwners.forEach(node -> labels.addAll(node.revision.branchLabels()));
        return labels.isEmpty() ? "none" : String.join(", ", labels);
    }

    List<GraphNode> headNodes() {
        return heads;
    }

    List<GraphNode> realHeadNodes() {
        return realHeads;
    }

    List<GraphNode> baseNodes() {
        return bases;
    }
}
