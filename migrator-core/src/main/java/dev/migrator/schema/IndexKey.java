package dev.migrator.schema;

/** One key part of an index: a column, or an SQL expression where the database supports that. */
public sealed interface IndexKey {

    /** An indexed column. */
    record OnColumn(String column) implements IndexKey {
        public OnColumn {
            Names.require(column, "index column");
        }
    }

    /** An indexed expression, for example {@code lower(email)}. */
    record OnExpression(String sql) implements IndexKey {
        public OnExpression {
            Names.require(sql, "index expression");
        }
    }

    static IndexKey column(String column) {
        return new OnColumn(column);
    }

    static IndexKey expression(String sql) {
        return new OnExpression(sql);
    }
}
