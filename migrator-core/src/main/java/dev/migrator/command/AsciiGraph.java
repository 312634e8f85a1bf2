package dev.migrator.command;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Draws revisions as {@code git log --graph} draws commits: one line per revision, newest first, with a column
 * ("lane") for each line of history that is waiting for its next revision further down.
 *
 * <p>Lane {@code i} sits at character {@code 2i}. A revision's line has {@code *} in its lane and {@code |} in the
 * others. Between revision lines, connector lines move lanes by at most one column each, so every line can be
 * followed with the eye (and by a test): {@code |} goes straight down, {@code \} from lane {@code i} to {@code i+1},
 * {@code /} from lane {@code i+1} to {@code i}, and {@code X} swaps two neighbouring lanes where two lines of history
 * must cross. A merge fans out with one {@code \} per extra parent; lanes waiting for the same revision join with
 * {@code /} just above it; a base's lane ends at its line. A blank connector separates a base from an unrelated
 * revision that would otherwise appear to follow it in the same column.
 */
final class AsciiGraph {

    private final List<String> lanes = new ArrayList<>();
    private final List<String> lines = new ArrayList<>();
    /** Whether the previous revision was a base whose lane ended at the right edge, leaving its column free. */
    private boolean columnJustFreed;

    private AsciiGraph() {
    }

    /**
     * @param newestFirst the revisions to draw, each before its down revisions
     * @param downRevisions each revision's down revisions; those not drawn are left out
     * @param text the text after each revision's lane marks
     */
    static List<String> render(List<String> newestFirst, Function<String, List<String>> downRevisions,
            Function<String, String> text) {
        Set<String> drawn = new HashSet<>(newestFirst);
        AsciiGraph graph = new AsciiGraph();
        for (String id : newestFirst) {
            List<String> parents = downRevisions.apply(id).stream().filter(drawn::contains).toList();
            graph.draw(id, parents, text.apply(id));
        }
        return graph.lines;
    }

    private void draw(String id, List<String> parents, String text) {
        if (columnJustFreed && !lanes.contains(id)) {
            separator();
        }
        columnJustFreed = false;
        joinLanesWaitingFor(id);
        int column = lanes.indexOf(id);
        if (column < 0) {
            lanes.add(id);
            column = lanes.size() - 1;
        }
        revisionLine(column, text);
        if (parents.isEmpty()) {
            endLane(column);
            return;
        }
        lanes.set(column, parents.get(0));
        for (int extra = 1; extra < parents.size(); extra++) {
            split(column + extra - 1);
            lanes.add(column + extra, parents.get(extra));
        }
    }

    /** Several children wait for {@code id}: bring their lanes together, left to right, before drawing it. */
    private void joinLanesWaitingFor(String id) {
        while (true) {
            int first = lanes.indexOf(id);
            int second = first < 0 ? -1 : indexOf(id, first + 1);
            if (second < 0) {
                return;
            }
            if (second == first + 1) {
                join(second);
            } else {
                swap(second - 1);
            }
        }
    }

    private int indexOf(String id, int from) {
        for (int i = from; i < lanes.size(); i++) {
            if (lanes.get(i).equals(id)) {
                return i;
            }
        }
        return -1;
    }

    private void revisionLine(int column, String text) {
        char[] marks = blank(lanes.size());
        for (int lane = 0; lane < lanes.size(); lane++) {
            marks[2 * lane] = lane == column ? '*' : '|';
        }
        lines.add(new String(marks) + " " + text);
    }

    /** Lane {@code lane} merges into its left neighbour; the lanes right of it move one column left. */
    private void join(int lane) {
        char[] row = blank(lanes.size());
        straight(row, 0, lane);
        for (int moving = lane; moving < lanes.size(); moving++) {
            row[2 * moving - 1] = '/';
        }
        add(row);
        lanes.remove(lane);
    }

    /** Lanes {@code left} and {@code left + 1} cross. */
    private void swap(int left) {
        char[] row = blank(lanes.size());
        straight(row, 0, lanes.size());
        row[2 * left] = ' ';
        row[2 * left + 2] = ' ';
        row[2 * left + 1] = 'X';
        add(row);
        lanes.set(left, lanes.set(left + 1, lanes.get(left)));
    }

    /** Lane {@code lane} goes on and also branches right; the lanes right of it move one column right. */
    private void split(int lane) {
        char[] row = blank(lanes.size() + 1);
        straight(row, 0, lane + 1);
        for (int moving = lane; moving < lanes.size(); moving++) {
            row[2 * moving + 1] = '\\';
        }
        add(row);
    }

    /** A base's lane stops; the lanes right of it move one column left. */
    private void endLane(int lane) {
        if (lane == lanes.size() - 1) {
            lanes.remove(lane);
            columnJustFreed = true;
            return;
        }
        char[] row = blank(lanes.size());
        straight(row, 0, lane);
        for (int moving = lane + 1; moving < lanes.size(); moving++) {
            row[2 * moving - 1] = '/';
        }
        add(row);
        lanes.remove(lane);
    }

    /** Every lane goes straight on; the column of a lane that just ended stays empty. */
    private void separator() {
        char[] row = blank(lanes.size());
        straight(row, 0, lanes.size());
        add(row);
    }

    private static void straight(char[] row, int fromLane, int toLane) {
        for (int lane = fromLane; lane < toLane; lane++) {
            row[2 * lane] = '|';
        }
    }

    private static char[] blank(int laneCount) {
        char[] row = new char[width(laneCount)];
        Arrays.fill(row, ' ');
        return row;
    }

    private static int width(int laneCount) {
        return Math.max(0, 2 * laneCount - 1);
    }

    private void add(char[] row) {
        lines.add(new String(row).stripTrailing());
    }
}
