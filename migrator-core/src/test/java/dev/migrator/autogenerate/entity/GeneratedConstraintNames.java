package dev.migrator.autogenerate.entity;

import dev.migrator.schema.CheckConstraint;
import dev.migrator.schema.Constraint;
import dev.migrator.schema.Schema;
import dev.migrator.schema.Table;
import dev.migrator.schema.UniqueConstraint;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Takes out the names of check and unique constraints that neither the mapping nor Hibernate chose. Hibernate
 * leaves enum and Bean Validation checks and {@code @Column(unique = true)} on H2 unnamed, inside the column
 * definition, so each database makes a name up its own way: MariaDB names a column check after the column
 * ({@code format}) but a table check {@code CONSTRAINT_1}, as a migration writes it; H2 names a unique constraint
 * {@code CONSTRAINT_} and a hash that differs between two databases. The condition or columns still have to match;
 * only such a name is not compared.
 */
final class GeneratedConstraintNames {

    private GeneratedConstraintNames() {
    }

    /** The inspected schema with every check and unique name dropped that the entity schema does not give. */
    static Schema removed(Schema inspected, Schema mapped) {
        Set<String> chosen = mapped.tables().stream().flatMap(table -> table.constraints().stream())
                .flatMap(GeneratedConstraintNames::nameOf).map(GeneratedConstraintNames::key)
                .collect(Collectors.toSet());
        List<Table> tables = inspected.tables().stream().map(table -> new Table(table.name(), table.columns(),
                table.constraints().stream().map(constraint -> unnamed(constraint, chosen)).toList(),
                table.indexes(), table.comment())).toList();
        return new Schema(tables, inspected.sequences());
    }

    private static Stream<String> nameOf(Constraint constraint) {
        if (constraint instanceof CheckConstraint check && check.name() != null) {
            return Stream.of(check.name());
        }
        if (constraint instanceof UniqueConstraint unique && unique.name() != null) {
            return Stream.of(unique.name());
        }
        return Stream.empty();
    }

    private static Constraint unnamed(Constraint constraint, Set<String> chosen) {
        if (constraint instanceof CheckConstraint check && check.name() != null && !chosen.contains(key(check.name()))) {
            return new CheckConstraint(null, check.condition());
        }
        if (constraint instanceof UniqueConstraint unique && unique.name() != null
                && !chosen.contains(key(unique.name()))) {
            return new UniqueConstraint(null, unique.columns());
        }
        return constraint;
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
