package dev.migrator.autogenerate;

import dev.migrator.schema.CheckConstraint;
import dev.migrator.schema.Constraint;
import dev.migrator.schema.ForeignKey;
import dev.migrator.schema.PrimaryKey;
import dev.migrator.schema.QualifiedName;
import dev.migrator.schema.UniqueConstraint;

import java.util.Locale;

/**
 * Names for constraints the expected schema leaves unnamed but a migration adds to an existing table: a named
 * constraint can be dropped again, so the add stays reversible. The names follow the common convention
 * {@code pk_book}, {@code fk_book_author_id}, {@code uq_book_isbn}, {@code ck_book_<hash>}.
 */
final class ConstraintNames {

    /** PostgreSQL cuts names at 63 characters, MariaDB refuses more than 64. */
    private static final int MAX_LENGTH = 60;

    private ConstraintNames() {
    }

    static Constraint named(QualifiedName table, Constraint constraint) {
        if (constraint.name() != null) {
            return constraint;
        }
        String base = table.name() + "_" + String.join("_", constraint.columns());
        if (constraint instanceof PrimaryKey pk) {
            return new PrimaryKey(name("pk_" + table.name()), pk.columns());
        } else if (constraint instanceof UniqueConstraint unique) {
            return new UniqueConstraint(name("uq_" + base), unique.columns());
        } else if (constraint instanceof ForeignKey fk) {
            return new ForeignKey(name("fk_" + base), fk.columns(), fk.referencedTable(), fk.referencedColumns(),
                    fk.onDelete(), fk.onUpdate());
        }
        CheckConstraint check = (CheckConstraint) constraint;
        String hash = Integer.toHexString(SqlExpressions.normalise(check.condition()).hashCode());
        return new CheckConstraint(name("ck_" + table.name() + "_" + hash), check.condition());
    }

    private static String name(String raw) {
        String name = raw.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]+", "_");
        return name.length() <= MAX_LENGTH ? name : name.substring(0, MAX_LENGTH);
    }
}
