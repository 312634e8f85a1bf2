package dev.migrator.operations;

import dev.migrator.dialect.Dialect;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * Writes operations as an SQL script for offline runs: each statement followed by {@code ;} and a
 * new line. Operations that need a live connection ({@link RunJdbc}) raise
 * {@link LiveConnectionRequiredException}.
 *
 * <p>{@link #statement(String)} and {@link #comment(String)} let the caller add its own lines, such
 * as {@link Dialect#beginTransactionSql()} or version-table updates.
 */
public final class SqlScriptOperationSink implements OperationSink {

    private final Appendable out;
    private final Dialect dialect;

    /**
     * @param out     where the script goes: a {@link java.io.Writer}, {@link StringBuilder} or similar
     * @param dialect the database the script is for
     */
    public SqlScriptOperationSink(Appendable out, Dialect dialect) {
        this.out = Objects.requireNonNull(out, "out");
        this.dialect = Objects.requireNonNull(dialect, "dialect");
    }

    @Override
    public void accept(MigrationOperation operation) {
        for (String sql : dialect.statements(operation)) {
            statement(sql);
        }
    }

    /** Writes one statement, adding the terminator unless it already ends with one. */
    public void statement(String sql) {
        String trimmed = sql.strip();
        write(trimmed.endsWith(";") ? trimmed + "\n\n" : trimmed + ";\n\n");
    }

    /** Writes an SQL comment line ({@code -- text}). */
    public void comment(String text) {
        for (String line : text.split("\\R")) {
            write("-- " + line + "\n");
        }
    }

    private void write(String text) {
        try {
            out.append(text);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the SQL script", e);
        }
    }
}
