package dev.migrator.operations;

import java.util.Objects;

/** Runs one SQL statement as written. Not reversible: write the undo in {@code downgrade}. */
public record ExecuteSql(String sql) implements MigrationOperation {

    public ExecuteSql {
        Objects.requireNonNull(sql, "sql");
        if (sql.isBlank()) {
            throw new IllegalArgumentException("execute needs an SQL statement, was blank");
        }
    }

    @Override
    public MigrationOperation reverse() {
        throw new IrreversibleOperationException(this, "raw SQL has no known undo; write it in downgrade()");
    }

    @Override
    public String describe() {
        String oneLine = sql.strip().replaceAll("\\s+", " ");
        return "execute " + (oneLine.length() > 60 ? oneLine.substring(0, 57) + "..." : oneLine);
    }
}
