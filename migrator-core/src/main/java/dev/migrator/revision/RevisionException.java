package dev.migrator.revision;

import java.util.List;

/**
 * A problem with the revision graph or with a revision target: what is wrong, which revisions are
 * involved, and (in the message) what to do about it.
 */
public class RevisionException extends RuntimeException {

    /** What went wrong, for callers that react differently to different problems. */
    public enum Kind {
        /** {@code head} (or a single-result lookup) matched several heads. */
        MULTIPLE_HEADS,
        /** No revision or branch label matches the identifier. */
        NOT_FOUND,
        /** A partial id matches several revisions. */
        AMBIGUOUS_PREFIX,
        /** The part before {@code @} names no branch label or revision. */
        NO_SUCH_BRANCH,
        /** The revision exists but is not on the named branch. */
        NOT_IN_BRANCH,
        /** The target cannot be reached from the current revisions in the requested direction. */
        NOT_ANCESTOR,
        /** A relative target walks past base or past a head. */
        RELATIVE_OUT_OF_RANGE,
        /** {@code +N} with several current heads: it is not clear which one to move. */
        AMBIGUOUS_RELATIVE_UPGRADE,
        /** A relative walk reached a branch point or merge point and cannot choose a way. */
        AMBIGUOUS_WALK,
        /** Several requested revisions where one is an ancestor of another. */
        OVERLAPPING_REVISIONS,
        /** Two revisions declare the same branch label. */
        DUPLICATE_BRANCH_LABEL,
        /** Two scripts declare the same revision id. */
        DUPLICATE_REVISION,
        /** A down revision names a revision that does not exist. */
        MISSING_DOWN_REVISION,
        /** A depends-on entry names a revision or label that does not exist. */
        MISSING_DEPENDENCY,
        /** A revision lists itself as its own down revision. */
        SELF_LOOP,
        /** A revision lists itself in its own depends-on. */
        DEPENDENCY_SELF_LOOP,
        /** Down revisions form a cycle. */
        CYCLE,
        /** Down revisions and depends-on together form a cycle. */
        DEPENDENCY_CYCLE,
        /** The version table holds a revision that no script defines. */
        UNKNOWN_DATABASE_REVISION,
        /** The target text is not valid target syntax. */
        INVALID_TARGET
    }

    private final Kind kind;
    private final List<String> revisions;

    public RevisionException(Kind kind, List<String> revisions, String message) {
        super(message);
        this.kind = kind;
        this.revisions = List.copyOf(revisions);
    }

    public RevisionException(Kind kind, String message) {
        this(kind, List.of(), message);
    }

    public Kind kind() {
        return kind;
    }

    /** The revisions the problem is about, where there are any. */
    public List<String> revisions() {
        return revisions;
    }
}
