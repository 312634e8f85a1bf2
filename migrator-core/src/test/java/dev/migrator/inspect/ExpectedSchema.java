package dev.migrator.inspect;

import dev.migrator.dialect.Dialect;
import dev.migrator.schema.CheckConstraint;
import dev.migrator.schema.Column;
import dev.migrator.schema.Constraint;
import dev.migrator.schema.ForeignKey;
import dev.migrator.schema.Index;
import dev.migrator.schema.IndexKey;
import dev.migrator.schema.PrimaryKey;
import dev.migrator.schema.QualifiedName;
import dev.migrator.schema.Sequence;
import dev.migrator.schema.Table;
import dev.migrator.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * What an inspector should read back from a schema that was built: the built schema with every name as the
 * database stores it, plus the differences a test states one by one (a default as the database spells it, a
 * type the database has no twin for).
 */
final class ExpectedSchema {

    private final Dialect dialect;
    private final Map<String, Table> tables = new LinkedHashMap<>();
    private final List<Sequence> sequences = new ArrayList<>();

    ExpectedSchema(Dialect dialect) {
        this.dialect = dialect;
    }

    /** Adds a built table, with its names as stored. */
    ExpectedSchema table(Table built) {
        Table stored = new Table(name(built.name()),
                built.columns().stream().map(c -> c.withName(stored(c.name()))).toList(),
                built.constraints().stream().map(this::stored).toList(),
                built.indexes().stream().map(this::stored).toList(), built.comment());
        tables.put(stored.name().name(), stored);
        return this;
    }

    ExpectedSchema sequence(Sequence built) {
        sequences.add(new Sequence(name(built.name()), built.start(), built.increment()));
        return this;
    }

    /** Changes a column; table and column named as built. */
    ExpectedSchema column(String table, String column, UnaryOperator<Column> change) {
        Table t = table(table);
        replace(table, new Table(t.name(),
                t.columns().stream().map(c -> c.name().equals(stored(column)) ? change.apply(c) : c).toList(),
                t.constraints(), t.indexes(), t.comment()));
        return this;
    }

    /** Changes the constraints of a table. */
    ExpectedSchema constraints(String table, UnaryOperator<List<Constraint>> change) {
        Table t = table(table);
        replace(table, new Table(t.name(), t.columns(), change.apply(new ArrayList<>(t.constraints())), t.indexes(),
                t.comment()));
        return this;
    }

    /** Changes the indexes of a table. */
    ExpectedSchema indexes(String table, UnaryOperator<List<Index>> change) {
        Table t = table(table);
        replace(table, new Table(t.name(), t.columns(), t.constraints(), change.apply(new ArrayList<>(t.indexes())),
                t.comment()));
        return this;
    }

    Table table(String builtName) {
        Table table = tables.get(stored(builtName));
        if (table == null) {
            throw new AssertionError("no expected table " + builtName);
        }
        return table;
    }

    List<String> tableNames() {
        return List.copyOf(tables.keySet());
    }

    List<Sequence> sequences() {
        return List.copyOf(sequences);
    }

    String stored(String name) {
        return dialect.storedIdentifier(name);
    }

    private void replace(String builtName, Table table) {
        tables.put(stored(builtName), table);
    }

    private QualifiedName name(QualifiedName built) {
        return new QualifiedName(built.schema() == null ? null : stored(built.schema()), stored(built.name()));
    }

    private String storedOrNull(String name) {
        return name == null ? null : stored(name);
    }

    private List<String> stored(List<String> names) {
        return names.stream().map(this::stored).toList();
    }

    private Constraint stored(Constraint constraint) {
        if (constraint instanceof PrimaryKey pk) {
            return new PrimaryKey(storedOrNull(pk.name()), stored(pk.columns()));
        } else if (constraint instanceof UniqueConstraint unique) {
            return new UniqueConstraint(storedOrNull(unique.name()), stored(unique.columns()));
        } else if (constraint instanceof ForeignKey fk) {
            return new ForeignKey(storedOrNull(fk.name()), stored(fk.columns()), name(fk.referencedTable()),
                    stored(fk.referencedColumns()), fk.onDelete(), fk.onUpdate());
        }
        CheckConstraint check = (CheckConstraint) constraint;
        return new CheckConstraint(storedOrNull(check.name()), check.condition());
    }

    private Index stored(Index index) {
        return new Index(stored(index.name()), index.keys().stream()
                .map(key -> key instanceof IndexKey.OnColumn c ? IndexKey.column(stored(c.column())) : key)
                .toList(), index.unique(), index.where());
    }
}
