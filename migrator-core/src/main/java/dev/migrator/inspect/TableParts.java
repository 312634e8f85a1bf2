package dev.migrator.inspect;

import dev.migrator.schema.Column;
import dev.migrator.schema.Constraint;
import dev.migrator.schema.Index;
import dev.migrator.schema.PrimaryKey;
import dev.migrator.schema.QualifiedName;
import dev.migrator.schema.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** The parts of one table as catalog queries deliver them, one query at a time. */
final class TableParts {

    private final QualifiedName name;
    private final String comment;
    private final List<Column> columns = new ArrayList<>();
    private final List<Constraint> constraints = new ArrayList<>();
    private final List<Index> indexes = new ArrayList<>();
    private final Map<Integer, String> columnsByNumber = new HashMap<>();

    TableParts(QualifiedName name, String comment) {
        this.name = name;
        this.comment = comment;
    }

    QualifiedName name() {
        return name;
    }

    void add(Column column) {
        columns.add(column);
    }

    /** A column with the number the catalog gives it, so that keys listed by column number can be named. */
    void add(Column column, int number) {
        columns.add(column);
        columnsByNumber.put(number, column.name());
    }

    /** The name of the column with this catalog number, or null when the table has no such column. */
    String columnNumbered(int number) {
        return columnsByNumber.get(number);
    }

    /** The names of the columns with these catalog numbers, in that order. */
    List<String> columnsNumbered(int[] numbers) {
        List<String> names = new ArrayList<>(numbers.length);
        for (int number : numbers) {
            names.add(columnNumbered(number));
        }
        return names;
    }

    void add(Constraint constraint) {
        constraints.add(constraint);
    }

    void add(Index index) {
        indexes.add(index);
    }

    List<Constraint> constraints() {
        return constraints;
    }

    List<Index> indexes() {
        return indexes;
    }

    boolean hasColumns() {
        return !columns.isEmpty();
    }

    Optional<Column> column(String columnName) {
        return columns.stream().filter(column -> column.name().equals(columnName)).findFirst();
    }

    /** Replaces a column by a changed copy, for facts a later query reveals (an enum behind a check constraint). */
    void changeColumn(String columnName, UnaryOperator<Column> change) {
        columns.replaceAll(column -> column.name().equals(columnName) ? change.apply(column) : column);
    }

    /** The table, with the primary key first, as a reader of CREATE TABLE expects it. */
    Table toTable() {
        List<Constraint> ordered = new ArrayList<>(constraints);
        ordered.sort((a, b) -> Boolean.compare(!(a instanceof PrimaryKey), !(b instanceof PrimaryKey)));
        return new Table(name, columns, ordered, indexes, comment);
    }
}
