package dev.migrator.revision;

import static dev.migrator.revision.RevisionException.Kind.AMBIGUOUS_PREFIX;
import static dev.migrator.revision.RevisionException.Kind.AMBIGUOUS_RELATIVE_UPGRADE;
import static dev.migrator.revision.RevisionException.Kind.AMBIGUOUS_WALK;
import static dev.migrator.revision.RevisionException.Kind.MULTIPLE_HEADS;
import static dev.migrator.revision.RevisionException.Kind.NOT_FOUND;
import static dev.migrator.revision.RevisionException.Kind.NOT_IN_BRANCH;
import static dev.migrator.revision.RevisionException.Kind.NO_SUCH_BRANCH;
import static dev.migrator.revision.RevisionException.Kind.RELATIVE_OUT_OF_RANGE;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns target text into revisions: ids, prefixes, labels, {@code head}/{@code heads}/{@code base},
 * {@code label@rev} and the relative forms. A {@code null} node in a result means base.
 */
final class TargetResolver {

    /** {@code [label@][symbol](+|-)N}, matched at the start of the text as Alembic does. */
    private static final Pattern RELATIVE = Pattern.compile("(?:(.+?)@)?(\\w+)?([+-]\\d+)");
    private static final int MIN_PREFIX_LENGTH = 4;

    private final RevisionGraph graph;

    TargetResolver(RevisionGraph graph) {
        this.graph = graph;
    }

    record Relative(String label, String symbol, int steps, String stepsText) {
    }

    static Relative parseRelative(String text) {
        Matcher matcher = RELATIVE.matcher(text);
        if (!matcher.lookingAt()) {
            return null;
        }
        return new Relative(matcher.group(1), matcher.group(2), Integer.parseInt(matcher.group(3)), matcher.group(3));
    }

    /** The ids (or one of the symbols) the text stands for, and the branch it is narrowed to. */
    private record Resolved(List<String> ids, String label) {
    }

    private Resolved resolveNumber(String text) {
        String label = null;
        String rest = text;
        if (text != null && text.contains("@")) {
            int at = text.indexOf('@');
            label = text.substring(0, at);
            rest = text.substring(at + 1);
        }
        if ("heads".equals(rest)) {
            return new Resolved(label != null ? ids(filterForLineage(graph.headNodes(), label, false))
                    : ids(graph.realHeadNodes()), label);
        }
        if ("head".equals(rest)) {
            GraphNode head = currentHead(label);
            return new Resolved(head == null ? List.of() : List.of(head.id()), label);
        }
        if (rest == null || "base".equals(rest)) {
            return new Resolved(List.of(), label);
        }
        return new Resolved(List.of(rest), label);
    }

    GraphNode currentHead(String label) {
        List<GraphNode> heads = graph.headNodes();
        if (label != null) {
            heads = filterForLineage(heads, label, false);
        }
        if (heads.size() > 1) {
            String argument = label != null ? label + "@head" : "head";
            throw new RevisionException(MULTIPLE_HEADS, ids(heads), "'" + argument + "' is ambiguous: there are "
                    + heads.size() + " heads (" + String.join(", ", ids(heads)) + "). Name one with '<label>@head' or"
                    + " its revision id, use 'heads' to mean all of them, or merge them with 'merge'.");
        }
        return heads.isEmpty() ? null : heads.get(0);
    }

    /** Every revision the reference names; several for {@code heads} or a list. */
    List<GraphNode> revisions(RevisionRef ref) {
        if (!ref.isText()) {
            List<GraphNode> all = new ArrayList<>();
            for (String id : ref.ids()) {
                all.addAll(revisions(id));
            }
            return all;
        }
        return revisions(ref.text());
    }

    List<GraphNode> revisions(String text) {
        Resolved resolved = resolveNumber(text);
        if (resolved.ids().size() == 1) {
            Integer steps = parseInt(resolved.ids().get(0));
            if (steps != null && steps < 0) {
                List<GraphNode> heads = revisions("heads");
                if (resolved.label() != null) {
                    heads = heads.stream().filter(head -> graph.hasBranchLabel(head, resolved.label())).toList();
                }
                List<GraphNode> walked = new ArrayList<>();
                for (GraphNode head : heads) {
                    walked.add(walk(head, steps, null, true));
                }
                return walked;
            }
        }
        List<GraphNode> nodes = new ArrayList<>();
        for (String id : resolved.ids()) {
            nodes.add(revisionForIdent(id, resolved.label()));
        }
        return nodes;
    }

    /** The one revision the text names, or {@code null} for base. */
    GraphNode revision(String text) {
        Resolved resolved = resolveNumber(text);
        if (resolved.ids().size() > 1) {
            throw new RevisionException(MULTIPLE_HEADS, resolved.ids(), "'" + text + "' names "
                    + resolved.ids().size() + " revisions (" + String.join(", ", resolved.ids())
                    + ") where one is needed. Name one with '<label>@head' or its revision id.");
        }
        return revisionForIdent(resolved.ids().isEmpty() ? null : resolved.ids().get(0), resolved.label());
    }

    GraphNode resolveBranch(String label) {
        GraphNode node = graph.symbol(label);
        if (node != null) {
            return node;
        }
        try {
            return revisionForIdent(label, null);
        } catch (RevisionException notFound) {
            throw new RevisionException(NO_SUCH_BRANCH, List.of(label), "No such branch: '" + label
                    + "' is neither a branch label nor a revision. Known labels: " + graph.branchLabelList() + ".");
        }
    }

    private GraphNode revisionForIdent(String id, String checkBranch) {
        GraphNode branch = checkBranch != null && !checkBranch.isEmpty() ? resolveBranch(checkBranch) : null;
        if (id == null) {
            return null;
        }
        GraphNode node = graph.symbol(id);
        if (node == null) {
            List<String> candidates = new ArrayList<>();
            if (id.length() > 0) {
                for (String symbol : graph.symbolNames()) {
                    if (symbol.length() >= MIN_PREFIX_LENGTH && symbol.startsWith(id)) {
                        candidates.add(symbol);
                    }
                }
            }
            if (branch != null) {
                candidates = filterIdsForLineage(candidates, branch);
            }
            if (candidates.isEmpty()) {
                String hint = id.length() < MIN_PREFIX_LENGTH
                        ? "; a partial revision id needs at least " + MIN_PREFIX_LENGTH + " characters" : "";
                throw new RevisionException(NOT_FOUND, List.of(id), "No such revision or branch '" + id + "'" + hint
                        + ". Run 'heads' or 'history' to see the revisions that exist.");
            }
            if (candidates.size() > 1) {
                List<String> sorted = candidates.stream().sorted().toList();
                throw new RevisionException(AMBIGUOUS_PREFIX, sorted, "Multiple revisions start with '" + id + "': "
                        + String.join(", ", sorted) + ". Give more characters of the id.");
            }
            node = graph.symbol(candidates.get(0));
        }
        if (branch != null && !sharesLineage(node, List.of(branch), false)) {
            throw new RevisionException(NOT_IN_BRANCH, List.of(node.id()), "Revision " + node.id()
                    + " is not a member of branch '" + checkBranch + "'. Pick a revision on that branch or drop the '"
                    + checkBranch + "@' prefix.");
        }
        return node;
    }

    private List<String> filterIdsForLineage(List<String> ids, GraphNode branch) {
        List<String> kept = new ArrayList<>();
        for (String id : ids) {
            if (sharesLineage(graph.symbol(id), List.of(branch), false)) {
                kept.add(id);
            }
        }
        return kept;
    }

    /** The targets that lie on the same line of descent as what {@code checkAgainst} names. */
    List<GraphNode> filterForLineage(Collection<GraphNode> targets, String checkAgainst, boolean includeDependencies) {
        Resolved resolved = resolveNumber(checkAgainst);
        List<GraphNode> shares = new ArrayList<>();
        if (resolved.label() != null) {
            shares.add(revisionForIdent(resolved.label(), null));
        }
        for (String id : resolved.ids()) {
            shares.add(revisionForIdent(id, null));
        }
        List<GraphNode> kept = new ArrayList<>();
        for (GraphNode target : targets) {
            if (sharesLineage(target, shares, includeDependencies)) {
                kept.add(target);
            }
        }
        return kept;
    }

    boolean sharesLineage(GraphNode target, List<GraphNode> against, boolean includeDependencies) {
        if (against.isEmpty()) {
            return true;
        }
        if (target == null) {
            return false;
        }
        Set<GraphNode> lineage = new HashSet<>(Traversal.descendants(List.of(target), includeDependencies));
        lineage.addAll(Traversal.ancestors(List.of(target), includeDependencies));
        for (GraphNode other : against) {
            if (lineage.contains(other)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Walks {@code steps} revisions up (positive) or down (negative) from {@code start} ({@code null} is
     * below every base). Returns {@code null} when the walk runs off the graph and overwalk is not
     * allowed; otherwise an overwalk stops at the end.
     */
    GraphNode walk(GraphNode start, int steps, String branchLabel, boolean noOverwalk) {
        GraphNode current = start;
        for (int i = 0; i < Math.abs(steps); i++) {
            List<GraphNode> next;
            if (steps > 0) {
                Collection<GraphNode> up = current == null ? graph.baseNodes() : current.children;
                next = branchLabel != null ? filterForLineage(up, branchLabel, false) : new ArrayList<>(up);
            } else if (current == GraphNode.BASE) {
                next = List.of();
            } else {
                next = current == null ? graph.headNodes() : current.down;
                if (next.isEmpty()) {
                    next = List.of(GraphNode.BASE);
                }
            }
            if (next.isEmpty()) {
                return noOverwalk ? null : current;
            }
            if (next.size() > 1) {
                throw new RevisionException(AMBIGUOUS_WALK, ids(next), "Cannot walk " + Math.abs(steps) + " step(s) "
                        + (steps > 0 ? "up" : "down") + " from " + (current == null ? "base" : current.id())
                        + ": the way splits into " + String.join(", ", ids(next))
                        + ". Name the branch, e.g. '<label>@" + (steps > 0 ? "+" : "-") + Math.abs(steps)
                        + "', or give the revision id.");
            }
            current = next.get(0);
        }
        return current;
    }

    /** The revision(s) an upgrade should reach, given what the database holds now. */
    List<GraphNode> upgradeTargets(RevisionRef current, RevisionRef target, boolean assertRelativeLength) {
        Relative relative = target.isText() ? parseRelative(target.text()) : null;
        if (relative == null) {
            return revisions(target);
        }
        if (relative.steps() > 0) {
            if (relative.symbol() == null) {
                return List.of(walkUpFromCurrent(current, relative, assertRelativeLength));
            }
            GraphNode walked = walk(revision(relative.symbol()), relative.steps(), relative.label(), assertRelativeLength);
            if (walked == null) {
                throw outOfRange(relative);
            }
            return List.of(walked);
        }
        if (relative.symbol() == null) {
            throw new RevisionException(RELATIVE_OUT_OF_RANGE, List.of(), "Relative revision " + relative.stepsText()
                    + " cannot be an upgrade target: upgrade moves up. Use '+N' to upgrade, or downgrade with '"
                    + relative.stepsText() + "'.");
        }
        GraphNode start = relative.label() == null ? revision(relative.symbol())
                : revision(relative.label() + "@" + relative.symbol());
        GraphNode walked = walk(start, relative.steps(), null, assertRelativeLength);
        if (walked == null) {
            throw outOfRange(relative);
        }
        return walked == GraphNode.BASE ? List.of() : List.of(walked);
    }

    private GraphNode walkUpFromCurrent(RevisionRef current, Relative relative, boolean assertRelativeLength) {
        List<GraphNode> currentNodes = revisions(current);
        List<GraphNode> start = new ArrayList<>(currentNodes);
        if (start.isEmpty()) {
            start.add(null);
        }
        String label = relative.label();
        if (label != null) {
            start = currentNodes.isEmpty() ? List.of() : filterForLineage(currentNodes, label, false);
            if (start.isEmpty()) {
                // The branch has no current head yet: start from where it splits off (or from base).
                List<GraphNode> active = filterForLineage(Traversal.ancestors(currentNodes, true), label, false);
                Set<GraphNode> below = new HashSet<>();
                active.forEach(node -> below.addAll(node.normalizedDown()));
                start = new ArrayList<>(new LinkedHashSet<>(active));
                start.removeAll(below);
                if (start.isEmpty()) {
                    start = new ArrayList<>();
                    start.add(null);
                }
            }
        }
        if (start.size() > 1) {
            throw new RevisionException(AMBIGUOUS_RELATIVE_UPGRADE, ids(start), "'" + relative.stepsText()
                    + "' is ambiguous: the database is at " + start.size() + " revisions (" + String.join(", ", ids(start))
                    + "). Say which branch to move with '<label>@" + relative.stepsText() + "' or '<revision>"
                    + relative.stepsText() + "'.");
        }
        GraphNode walked = walk(start.get(0), relative.steps(), label, assertRelativeLength);
        if (walked == null) {
            throw outOfRange(relative);
        }
        return walked;
    }

    /** A downgrade target: the branch it is narrowed to (may be null) and the revision (null is base). */
    record DowngradeTarget(String branchLabel, GraphNode revision) {
    }

    DowngradeTarget downgradeTarget(RevisionRef current, RevisionRef target, boolean assertRelativeLength,
            Consumer<String> warnings) {
        if (target.isBase()) {
            return new DowngradeTarget(null, null);
        }
        String text = target.text();
        Relative relative = parseRelative(text);
        if (relative != null) {
            if (relative.steps() >= 0) {
                if (relative.symbol() == null) {
                    throw new RevisionException(RELATIVE_OUT_OF_RANGE, List.of(), "Relative revision "
                            + relative.stepsText() + " cannot be a downgrade target: downgrade moves down. Use '-N' to"
                            + " downgrade, or upgrade with '" + relative.stepsText() + "'.");
                }
                GraphNode walked = walk(revision(relative.symbol()), relative.steps(), relative.label(),
                        assertRelativeLength);
                if (walked == null) {
                    throw outOfRange(relative);
                }
                return new DowngradeTarget(relative.label(), walked);
            }
            String label = relative.label();
            String symbol = relative.symbol();
            if (symbol == null) {
                List<String> currentIds = ids(revisions(current));
                if (label != null) {
                    List<GraphNode> onBranch = filterForLineage(revisions(current), label, false);
                    if (onBranch.isEmpty()) {
                        // Other branch heads may be implied by a single current head's dependencies.
                        onBranch = filterForLineage(allCurrent(revisions(current)), label, false);
                    }
                    if (onBranch.size() != 1) {
                        throw new RevisionException(AMBIGUOUS_RELATIVE_UPGRADE, ids(onBranch), "'" + text
                                + "' does not name one current revision on branch '" + label + "' (found: "
                                + (onBranch.isEmpty() ? "none" : String.join(", ", ids(onBranch))) + ").");
                    }
                    symbol = onBranch.get(0).id();
                } else {
                    if (currentIds.isEmpty()) {
                        throw new RevisionException(RELATIVE_OUT_OF_RANGE, List.of(), "Relative revision "
                                + relative.stepsText() + " cannot be reached: the database is at base already.");
                    }
                    if (new LinkedHashSet<>(currentIds).size() > 1) {
                        warnings.accept("Downgrade " + relative.stepsText() + " from several heads ("
                                + String.join(", ", currentIds) + ") is ambiguous; moving " + currentIds.get(0)
                                + ". Use '<label>@" + relative.stepsText() + "' to choose the branch.");
                    }
                    symbol = currentIds.get(0);
                    label = symbol;
                }
            }
            GraphNode start = label == null ? revision(symbol) : revision(label + "@" + symbol);
            GraphNode walked = walk(start, relative.steps(), null, assertRelativeLength);
            if (walked == null) {
                throw outOfRange(relative);
            }
            return new DowngradeTarget(label, walked == GraphNode.BASE ? null : walked);
        }
        int at = text.lastIndexOf('@');
        String label = at > 0 ? text.substring(0, at) : null;
        return new DowngradeTarget(label, revision(text.substring(at + 1)));
    }

    /** Current revisions plus those their dependencies imply, reduced to the tips of each branch. */
    private List<GraphNode> allCurrent(List<GraphNode> current) {
        Set<GraphNode> top = new LinkedHashSet<>(current);
        top.addAll(Traversal.ancestors(current, true));
        List<GraphNode> tips = new ArrayList<>();
        for (GraphNode node : top) {
            Set<GraphNode> above = Traversal.descendants(List.of(node), false);
            boolean hasDescendantInSet = above.stream().anyMatch(other -> other != node && top.contains(other));
            if (!hasDescendantInSet) {
                tips.add(node);
            }
        }
        return tips;
    }

    private static RevisionException outOfRange(Relative relative) {
        return new RevisionException(RELATIVE_OUT_OF_RANGE, List.of(), "Relative revision " + relative.stepsText()
                + " didn't produce " + Math.abs(relative.steps()) + " migrations: it walks past the "
                + (relative.steps() > 0 ? "head" : "base") + ". Use a smaller number.");
    }

    private static Integer parseInt(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    static List<String> ids(Collection<GraphNode> nodes) {
        List<String> ids = new ArrayList<>(nodes.size());
        for (GraphNode node : nodes) {
            ids.add(node == null ? "base" : node.id());
        }
        return ids;
    }
}
