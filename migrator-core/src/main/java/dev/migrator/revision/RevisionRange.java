package dev.migrator.revision;

/**
 * A {@code from:to} range, as {@code history -r} and offline {@code upgrade --sql} take it. Either end
 * may be left out: {@code :head}, {@code ae10:}. A missing lower end means base, a missing upper end
 * means {@code heads}.
 *
 * @param from the lower end, or {@code null} for base
 * @param to the upper end, or {@code null} for the heads
 */
public record RevisionRange(String from, String to) {

    /** Whether the text is a range rather than a single target. */
    public static boolean isRange(String text) {
        return text != null && text.indexOf(':') >= 0;
    }

    public static RevisionRange parse(String text) {
        int colon = text == null ? -1 : text.indexOf(':');
        if (colon < 0 || text.indexOf(':', colon + 1) >= 0) {
            throw new RevisionException(RevisionException.Kind.INVALID_TARGET, "'" + text + "' is not a revision range:"
                    + " write it as 'from:to', for example 'ae1027a6:head' or ':head' (from base).");
        }
        String from = text.substring(0, colon).trim();
        String to = text.substring(colon + 1).trim();
        return new RevisionRange(from.isEmpty() ? null : from, to.isEmpty() ? null : to);
    }

    public String lowerOrBase() {
        return from == null ? "base" : from;
    }

    public String upperOrHeads() {
        return to == null ? "heads" : to;
    }

    @Override
    public String toString() {
        return (from == null ? "" : from) + ":" + (to == null ? "" : to);
    }
}
