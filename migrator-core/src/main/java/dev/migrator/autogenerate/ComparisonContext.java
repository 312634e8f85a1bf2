package dev.migrator.autogenerate;

import dev.migrator.autogenerate.PlannedChanges.Phase;
import dev.migrator.operations.MigrationOperation;
import dev.migrator.schema.QualifiedName;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** What every comparator of one comparison shares: the database's rules, the options, and what was found. */
final class ComparisonContext {

    private final ComparisonRules rules;
    private final CompareOptions options;
    private final Set<String> ignoredTableKeys;
    private final PlannedChanges changes = new PlannedChanges();
    private final List<DiffWarning> warnings = new ArrayList<>();

    ComparisonContext(ComparisonRules rules, CompareOptions options, Set<String> ignoredTableKeys) {
        this.rules = rules;
        this.options = options;
        this.ignoredTableKeys = ignoredTableKeys;
    }

    ComparisonRules rules() {
        return rules;
    }

    CompareOptions options() {
        return options;
    }

    PlannedChanges changes() {
        return changes;
    }

    List<DiffWarning> warnings() {
        return warnings;
    }

    /** Records an operation in its phase. */
    void plan(Phase phase, MigrationOperation operation) {
        changes.add(phase, operation);
    }

    /** Records an operation in its phase with a warning that it may lose data or fail. */
    void planWithWarning(Phase phase, MigrationOperation operation, String warning) {
        changes.add(phase, operation);
        warnings.add(new DiffWarning(operation, warning));
    }

    /** Whether this object is compared at all: the name patterns for tables and sequences, then the callback. */
    boolean includes(ComparedObject object) {
        if (object.kind() == ComparedObject.Kind.TABLE || object.kind() == ComparedObject.Kind.SEQUENCE) {
            if (ignoredTableKeys.contains(rules.nameKey(object.table().name()))
                    || !options.includesName(object.table().name())) {
                return false;
            }
        }
        return options.includes(object);
    }

    /** The key that matches two spellings of a table name. */
    String tableKey(QualifiedName name) {
        return (name.schema() == null ? "" : rules.nameKey(name.schema()) + ".") + rules.nameKey(name.name());
    }

    String nameKey(String name) {
        return rules.nameKey(name);
    }

    List<String> nameKeys(List<String> names) {
        return names.stream().map(rules::nameKey).toList();
    }
}
