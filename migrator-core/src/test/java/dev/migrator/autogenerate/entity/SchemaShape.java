package dev.migrator.autogenerate.entity;

import dev.migrator.schema.CheckConstraint;
import dev.migrator.schema.Column;
import dev.migrator.schema.ForeignKey;
import dev.migrator.schema.Index;
import dev.migrator.schema.PrimaryKey;
import dev.migrator.schema.Schema;
import dev.migrator.schema.Sequence;
import dev.migrator.schema.Table;
import dev.migrator.schema.UniqueConstraint;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An inspected schema reduced to what makes two schemas the same to an application: tables, each column's type,
 * nullability, default, identity and comment, keys, constraints, indexes and sequences, with the things that
 * legitimately differ between two equal databases taken out:
 * <ul>
 *   <li>column order: a column added by a migration comes last, where Hibernate's {@code create} sorts it among
 *       the others; no query or mapping depends on it;</li>
 *   <li>names of primary keys and check constraints: Hibernate names neither (except a {@code @Check(name=...)}),
 *       so each database makes one up ({@code CONSTRAINT_8} on H2, {@code review_pkey}, {@code PRIMARY}), and
 *       H2 numbers them in creation order. Foreign key, unique and index names are kept: Hibernate derives them
 *       from the mapping, and they must match (a unique name the database made up is taken out beforehand, see
 *       {@link GeneratedConstraintNames});</li>
 *   <li>the order of constraints and indexes within a table, and of tables and sequences.</li>
 * </ul>
 */
record SchemaShape(Map<String, TableShape> tables, List<Sequence> sequences) {

    /** A column as {@link #of} keeps it, or without type and default as {@link #ofEquivalent} keeps it. */
    record ColumnShape(String name, String type, String serverDefault, boolean nullable, boolean identity,
                       String comment) {
    }

    record TableShape(Map<String, ColumnShape> columns, List<String> primaryKey, List<String> foreignKeys,
                      List<String> uniqueConstraints, List<String> checks, List<String> indexes, String comment) {
    }

    /** Asserts each table part by part, so that a failure names the table and what differs. */
    void assertSameAs(SchemaShape expected, String description) {
        org.assertj.core.api.SoftAssertions softly = new org.assertj.core.api.SoftAssertions();
        softly.assertThat(tables.keySet()).as("%s: tables", description)
                .containsExactlyElementsOf(expected.tables.keySet());
        tables.forEach((name, table) -> {
            TableShape other = expected.tables.get(name);
            if (other != null) {
                softly.assertThat(table.columns()).as("%s: columns of %s", description, name)
                        .isEqualTo(other.columns());
                softly.assertThat(table.primaryKey()).as("%s: primary key of %s", description, name)
                        .isEqualTo(other.primaryKey());
                softly.assertThat(table.foreignKeys()).as("%s: foreign keys of %s", description, name)
                        .isEqualTo(other.foreignKeys());
                softly.assertThat(table.uniqueConstraints()).as("%s: unique constraints of %s", description, name)
                        .isEqualTo(other.uniqueConstraints());
                softly.assertThat(table.checks()).as("%s: checks of %s", description, name).isEqualTo(other.checks());
                softly.assertThat(table.indexes()).as("%s: indexes of %s", description, name)
                        .isEqualTo(other.indexes());
                softly.assertThat(table.comment()).as("%s: comment of %s", description, name)
                        .isEqualTo(other.comment());
            }
        });
        softly.assertThat(sequences).as("%s: sequences", description).isEqualTo(expected.sequences);
        softly.assertAll();
    }

    /** Every part of the schema, column types and defaults spelled as inspected: for one database against itself. */
    static SchemaShape of(Schema schema) {
        return of(schema, true);
    }

    /**
     * The schema without each column's type and default, for two databases of the same kind whose types and
     * defaults may be spelled differently but mean the same (PostgreSQL's {@code timestamp(6)} is its
     * {@code timestamp}; MariaDB's {@code bit(1)} with default {@code b'1'} and {@code boolean} with default
     * {@code 1} are both Hibernate's boolean): those are compared by the comparator, with its equivalence rules.
     */
    static SchemaShape ofEquivalent(Schema schema) {
        return of(schema, false);
    }

    private static SchemaShape of(Schema schema, boolean spelling) {
        Map<String, TableShape> tables = new TreeMap<>();
        for (Table table : schema.tables()) {
            tables.put(table.name().toString(), shape(table, spelling));
        }
        return new SchemaShape(tables, schema.sequences().stream()
                .sorted(java.util.Comparator.comparing(sequence -> sequence.name().toString())).toList());
    }

    private static TableShape shape(Table table, boolean spelling) {
        Map<String, ColumnShape> columns = new TreeMap<>();
        table.columns().forEach(column -> columns.put(column.name(), shape(column, spelling)));
        return new TableShape(columns,
                table.primaryKey().map(PrimaryKey::columns).orElse(List.of()),
                sorted(table.constraints().stream().filter(ForeignKey.class::isInstance).map(Object::toString)),
                sorted(table.constraints().stream().filter(UniqueConstraint.class::isInstance).map(Object::toString)),
                sorted(table.constraints().stream().filter(CheckConstraint.class::isInstance)
                        .map(check -> ((CheckConstraint) check).condition())),
                sorted(table.indexes().stream().map(Index::toString)),
                table.comment());
    }

    private static ColumnShape shape(Column column, boolean spelling) {
        return new ColumnShape(column.name(), spelling ? column.type().toString() : null,
                spelling ? column.serverDefault() : null, column.nullable(), column.identity(), column.comment());
    }

    private static List<String> sorted(java.util.stream.Stream<String> items) {
        return items.sorted().toList();
    }
}
