package dev.migrator.dialect;

import dev.migrator.schema.ColumnType;

/** H2 2.x in its native mode. */
public class H2Dialect extends Dialect {

    @Override
    public String name() {
        return "h2";
    }

    @Override
    public String databaseName() {
        return "H2";
    }

    @Override
    public boolean supportsProduct(String productName) {
        return productName.equalsIgnoreCase("H2");
    }

    /** H2 commits the open transaction before each DDL statement, so a failed migration cannot roll its DDL back. */
    @Override
    public boolean transactionalDdl() {
        return false;
    }

    @Override
    protected boolean isReservedWord(String lowerCaseWord) {
        return ReservedWords.H2.contains(lowerCaseWord);
    }

    @Override
    protected String typeSql(ColumnType type, String owner) {
        if (type instanceof ColumnType.Text) {
            // Not CLOB: H2 cannot index or compare a CLOB, which the same column allows on the other databases.
            return "CHARACTER VARYING";
        }
        return super.typeSql(type, owner);
    }

    @Override
    protected String partialIndexCondition(String where, String owner) {
        throw new UnsupportedFeatureException(databaseName(), "partial indexes", owner,
                "Create a full index instead, or leave out the WHERE clause when running on H2.");
    }

    @Override
    protected String expressionIndexKey(String expression, String owner) {
        throw new UnsupportedFeatureException(databaseName(), "expression indexes", owner,
                "Add a generated column (GENERATED ALWAYS AS (" + expression + ")) and index that column.");
    }
}
