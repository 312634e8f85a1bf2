package dev.migrator.inspect;

import dev.migrator.schema.CheckConstraint;
import dev.migrator.schema.ColumnType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the enum columns {@link dev.migrator.dialect.PostgresDialect} creates: {@code VARCHAR(n)}, n the
 * longest value, with an unnamed column check {@code col IN ('a', 'b')}, which PostgreSQL names
 * {@code <table>_<column>_check} and renders as
 * {@code (col)::text = ANY ((ARRAY['a'::character varying, ...])::text[])}.
 * Reading such a column as the enum it was declared as keeps autogenerate from seeing a change that is not there.
 */
final class PostgresEnumChecks {

    private static final Pattern IN_LIST = Pattern.compile(
            "\\(?(\"?)(.+?)\\1\\)?::text = ANY \\(\\(?ARRAY\\[(.*)]\\)?::text\\[]\\)");
    private static final Pattern VALUE = Pattern.compile("'((?:[^']|'')*)'::character varying");

    private PostgresEnumChecks() {
    }

    /**
     * Turns the column of a matching check into an enum.
     *
     * @param columns the columns the check refers to, as the catalog lists them
     * @return whether the check was folded into its column, and so is not a constraint of its own
     */
    static boolean foldIntoColumn(TableParts table, CheckConstraint check, List<String> columns) {
        if (columns.size() != 1) {
            return false;
        }
        String column = columns.get(0);
        if (!(table.name().name() + "_" + column + "_check").equals(check.name())) {
            return false;
        }
        Optional<List<String>> values = inListValues(check.condition(), column);
        boolean sizedForValues = values.isPresent() && table.column(column)
                .filter(c -> c.type() instanceof ColumnType.VarChar varchar
                        && varchar.length() == values.get().stream().mapToInt(String::length).max().orElse(0))
                .isPresent();
        if (!sizedForValues) {
            return false;
        }
        table.changeColumn(column, c -> c.withType(new ColumnType.Enumerated(values.get())));
        return true;
    }

    private static Optional<List<String>> inListValues(String condition, String column) {
        Matcher matcher = IN_LIST.matcher(condition);
        if (!matcher.matches() || !matcher.group(2).replace("\"\"", "\"").equals(column)) {
            return Optional.empty();
        }
        List<String> values = new ArrayList<>();
        Matcher value = VALUE.matcher(matcher.group(3));
        int end = 0;
        while (value.find()) {
            String between = matcher.group(3).substring(end, value.start());
            if (!between.isEmpty() && !between.equals(", ")) {
                return Optional.empty();
            }
            values.add(value.group(1).replace("''", "'"));
            end = value.end();
        }
        return values.isEmpty() || end != matcher.group(3).length() ? Optional.empty() : Optional.of(values);
    }
}
