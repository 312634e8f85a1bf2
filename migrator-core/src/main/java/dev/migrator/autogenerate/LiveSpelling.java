package dev.migrator.autogenerate;

import dev.migrator.schema.CheckConstraint;
import dev.migrator.schema.Constraint;
import dev.migrator.schema.ForeignKey;
import dev.migrator.schema.Index;
import dev.migrator.schema.IndexKey;
import dev.migrator.schema.PrimaryKey;
import dev.migrator.schema.QualifiedName;
import dev.migrator.schema.Schema;
import dev.migrator.schema.Sequence;
import dev.migrator.schema.Table;
import dev.migrator.schema.UniqueConstraint;

import java.util.List;

/**
 * The live schema with every name spelled as a person writes it in a migration (H2's {@code BOOK} as
 * {@code book}), so that operations on what only the database has, and the definitions they keep for
 * {@code reverse()}, read naturally and still name the very same objects.
 */
final class LiveSpelling {

    private final ComparisonRules rules;

    LiveSpelling(ComparisonRules rules) {
        this.rules = rules;
    }

    Schema respell(Schema live) {
        return new Schema(live.tables().stream().map(this::table).toList(),
                live.sequences().stream().map(s -> new Sequence(name(s.name()), s.start(), s.increment())).toList());
    }

    private Table table(Table table) {
        return new Table(name(table.name()),
                table.columns().stream().map(c -> c.withName(spell(c.name()))).toList(),
                table.constraints().stream().map(this::constraint).toList(),
                table.indexes().stream().map(this::index).toList(),
                table.comment());
    }

    private Constraint constraint(Constraint constraint) {
        if (constraint instanceof PrimaryKey pk) {
            return new PrimaryKey(spellOrNull(pk.name()), spell(pk.columns()));
        } else if (constraint instanceof UniqueConstraint unique) {
            return new UniqueConstraint(spellOrNull(unique.name()), spell(unique.columns()));
        } else if (constraint instanceof ForeignKey fk) {
            return new ForeignKey(spellOrNull(fk.name()), spell(fk.columns()), name(fk.referencedTable()),
                    spell(fk.referencedColumns()), fk.onDelete(), fk.onUpdate());
        }
        CheckConstraint check = (CheckConstraint) constraint;
        return new CheckConstraint(spellOrNull(check.name()), check.condition());
    }

    private Index index(Index index) {
        return new Index(spell(index.name()), index.keys().stream()
                .map(key -> key instanceof IndexKey.OnColumn c ? IndexKey.column(spell(c.column())) : key)
                .toList(), index.unique(), index.where());
    }

    private QualifiedName name(QualifiedName name) {
        return new QualifiedName(name.schema() == null ? null : spell(name.schema()), spell(name.name()));
    }

    private List<String> spell(List<String> names) {
        return names.stream().map(this::spell).toList();
    }

    private String spellOrNull(String name) {
        return name == null ? null : spell(name);
    }

    private String spell(String storedName) {
        return rules.userSpelling(storedName);
    }
}
