package dev.migrator.command;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads an ASCII graph back, following every lane the way an eye would, and fails on any line that is not
 * well-formed. What it reads (the revisions in order and the edges the lanes draw) can then be compared with the
 * graph that was drawn. Each revision line's text must start with the revision id.
 */
final class AsciiGraphReader {

    /** An edge from a revision to one of its down revisions. */
    record Edge(String revision, String down) {
    }

    final List<String> order = new ArrayList<>();
    final Set<Edge> edges = new LinkedHashSet<>();
    /** For each lane, the revisions whose edges travel down it. */
    private List<Set<String>> lanes = new ArrayList<>();

    static AsciiGraphReader read(List<String> lines) {
        AsciiGraphReader reader = new AsciiGraphReader();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            try {
                if (line.indexOf('*') >= 0) {
                    reader.revisionLine(line);
                } else {
                    reader.connectorLine(line);
                }
            } catch (AssertionError e) {
                throw new AssertionError("Line " + (i + 1) + " '" + line + "': " + e.getMessage() + "\n"
                        + String.join("\n", lines), e);
            }
        }
        return reader;
    }

    private void revisionLine(String line) {
        int star = line.indexOf('*');
        require(star % 2 == 0, "'*' is not in a lane column");
        int column = star / 2;
        int laneCount = lanesOf(line);
        // A base's lane ends without a mark when nothing is right of it: the reader drops it the same way.
        require(laneCount >= lanes.size() - 1 && laneCount <= lanes.size() + 1, "lanes appear or vanish");
        lanes = new ArrayList<>(lanes.subList(0, Math.min(laneCount, lanes.size())));
        require(column <= lanes.size(), "'*' is right of a new lane");
        require(column == lanes.size() || laneCount == lanes.size(), "a new lane that is not the revision's");
        int width = 2 * laneCount - 1;
        require(line.length() > width + 1 && line.charAt(width) == ' ', "no text after the lanes");
        for (int position = 0; position < width; position++) {
            char expected = position == star ? '*' : position % 2 == 0 ? '|' : ' ';
            require(line.charAt(position) == expected, "expected '" + expected + "' at " + position);
        }
        String id = line.substring(width + 1).split("[ ,]")[0];
        order.add(id);
        if (column == lanes.size()) {
            lanes.add(new HashSet<>());
        }
        for (String child : lanes.get(column)) {
            edges.add(new Edge(child, id));
        }
        lanes.set(column, new HashSet<>(Set.of(id)));
    }

    /** Lane marks are "| " or "* " pairs from the start of the line; the text starts after them. */
    private static int lanesOf(String line) {
        int count = 0;
        while (2 * count < line.length() && "|*".indexOf(line.charAt(2 * count)) >= 0
                && (2 * count + 1 == line.length() || line.charAt(2 * count + 1) == ' ')) {
            count++;
        }
        return count;
    }

    private void connectorLine(String line) {
        List<Set<String>> below = new ArrayList<>();
        for (int position = 0; position < line.length(); position++) {
            char c = line.charAt(position);
            int lane = position / 2;
            boolean even = position % 2 == 0;
            switch (c) {
                case ' ' -> { }
                case '|' -> {
                    require(even, "'|' between lanes");
                    flow(lane, lane, below);
                }
                case '\\' -> {
                    require(!even, "'\\' in a lane column");
                    flow(lane, lane + 1, below);
                }
                case '/' -> {
                    require(!even, "'/' in a lane column");
                    flow(lane + 1, lane, below);
                }
                case 'X' -> {
                    require(!even, "'X' in a lane column");
                    flow(lane, lane + 1, below);
                    flow(lane + 1, lane, below);
                }
                default -> throw new AssertionError("unexpected character '" + c + "'");
            }
        }
        for (int lane = 0; lane < below.size(); lane++) {
            require(below.get(lane) != null, "lane " + lane + " starts from nothing");
        }
        lanes = below;
    }

    private void flow(int from, int to, List<Set<String>> below) {
        require(from < lanes.size(), "a line leaves lane " + from + ", which does not exist");
        while (below.size() <= to) {
            below.add(null);
        }
        if (below.get(to) == null) {
            below.set(to, new HashSet<>());
        }
        below.get(to).addAll(lanes.get(from));
    }

    private static void require(boolean condition, String problem) {
        if (!condition) {
            throw new AssertionError(problem);
        }
    }
}
