package dev.migrator.dialect;

import dev.migrator.schema.ColumnType;
import dev.migrator.operations.AlterSequence;
import dev.migrator.schema.QualifiedName;
import dev.migrator.schema.Sequence;

/** MySQL 8: MariaDB's spelling, except where MySQL lacks a feature or has one MariaDB lacks. */
public class MySqlDialect extends MariaDbDialect {

    @Override
    public String name() {
        return "mysql";
    }

    @Override
    public String databaseName() {
        return "MySQL";
    }

    @Override
    public boolean supportsProduct(String productName) {
        return productName.equalsIgnoreCase("MySQL");
    }

    @Override
    protected String typeSql(ColumnType type, String owner) {
        if (type instanceof ColumnType.Uuid) {
            throw new UnsupportedFeatureException(databaseName(), "a UUID type", owner,
                    "Use string(36) for the text form, or binary(16) with UUID_TO_BIN().");
        }
        return super.typeSql(type, owner);
    }

    @Override
    protected String createSequence(Sequence sequence) {
        throw noSequences(sequence.name());
    }

    @Override
    protected String alterSequence(AlterSequence op) {
        throw noSequences(op.name());
    }

    private UnsupportedFeatureException noSequences(QualifiedName sequence) {
        return new UnsupportedFeatureException(databaseName(), "sequences", "sequence " + sequence,
                "Use an identity column (column(...).identity()), which is AUTO_INCREMENT here.");
    }

    @Override
    protected String expressionIndexKey(String expression, String owner) {
        // MySQL 8.0.13 and later index expressions; the base class adds the required parentheses.
        return expression;
    }
}
