package dev.migrator.script;

import dev.migrator.Migration;
import dev.migrator.operations.Operations;
import java.util.List;

/**
 * The body of a SQL script: executes the statements of its upgrade or downgrade section in order.
 */
final class SqlMigration implements Migration {

    private final String source;
    private final List<String> upgradeStatements;
    /** Null when the script has no downgrade section, which is not the same as an empty one. */
    private final List<String> downgradeStatements;

    SqlMigration(String source, List<String> upgradeStatements, List<String> downgradeStatements) {
        this.source = source;
        this.upgradeStatements = List.copyOf(upgradeStatements);
        this.downgradeStatements = downgradeStatements == null ? null : List.copyOf(downgradeStatements);
    }

    @Override
    public void upgrade(Operations op) {
        upgradeStatements.forEach(op::execute);
    }

    @Override
    public void downgrade(Operations op) {
        if (downgradeStatements == null) {
            throw new IrreversibleMigrationException(source);
        }
        downgradeStatements.forEach(op::execute);
    }

    List<String> upgradeStatements() {
        return upgradeStatements;
    }

    /** Null when the script has no downgrade section. */
    List<String> downgradeStatements() {
        return downgradeStatements;
    }

    @Override
    public String toString() {
        return "SQL migration " + source;
    }
}
