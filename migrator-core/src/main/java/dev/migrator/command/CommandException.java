package dev.migrator.command;

import java.util.List;

/**
 * A command cannot do what was asked: the message says what was wrong, which revision or file it is about, and
 * what to do instead. Problems with the revision graph itself or with a target are reported as
 * {@link dev.migrator.revision.RevisionException}; invalid ids and labels as
 * {@link dev.migrator.script.InvalidRevisionIdException}.
 */
public class CommandException extends RuntimeException {

    /** What went wrong, for callers that react differently to different problems. */
    public enum Kind {
        /** A new revision was asked to follow a revision that is not a head, without {@code --splice}. */
        NOT_A_HEAD,
        /** {@code merge} was given fewer than two different revisions. */
        NOTHING_TO_MERGE,
        /** The file for a new revision exists already. */
        FILE_EXISTS,
        /** The file for a new revision could not be written. */
        CANNOT_WRITE
    }

    private final Kind kind;
    private final List<String> revisions;

    public CommandException(Kind kind, List<String> revisions, String message) {
        this(kind, revisions, message, null);
    }

    public CommandException(Kind kind, List<String> revisions, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.revisions = List.copyOf(revisions);
    }

    public Kind kind() {
        return kind;
    }

    /** The revisions the problem is about, where there are any. */
    public List<String> revisions() {
        return revisions;
    }
}
