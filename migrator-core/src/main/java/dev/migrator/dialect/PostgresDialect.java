package dev.migrator.dialect;

import dev.migrator.operations.AlterColumn;
import dev.migrator.schema.ColumnType;
import dev.migrator.schema.Column;
import dev.migrator.schema.QualifiedName;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * PostgreSQL 15 and later.
 *
 * <p>Enums are rendered as {@code VARCHAR} with a CHECK constraint rather than a native
 * {@code CREATE TYPE ... AS ENUM}: a native enum is a separate object with its own life cycle
 * (shared between tables, never dropped with them), which would turn create and drop table into
 * several statements that can collide. For a native enum create the type with {@code op.execute}
 * and use {@code Types.raw("mood")}.
 */
public class PostgresDialect extends Dialect {

    @Override
    public String name() {
        return "postgresql";
    }

    @Override
    public Set<String> aliases() {
        return Set.of("postgres", "pg");
    }

    @Override
    public String databaseName() {
        return "PostgreSQL";
    }

    @Override
    public boolean supportsProduct(String productName) {
        return productName.equalsIgnoreCase("PostgreSQL");
    }

    @Override
    public boolean transactionalDdl() {
        return true;
    }

    @Override
    protected String foldBareIdentifier(String identifier) {
        return identifier;
    }

    @Override
    protected boolean isReservedWord(String lowerCaseWord) {
        return ReservedWords.POSTGRESQL.contains(lowerCaseWord);
    }

    @Override
    protected String typeSql(ColumnType type, String owner) {
        if (type instanceof ColumnType.Binary) {
            return "BYTEA";
        } else if (type instanceof ColumnType.Json) {
            // JSONB: validated, indexable and what PostgreSQL recommends for most uses.
            return "JSONB";
        } else if (type instanceof ColumnType.Enumerated e) {
            int longest = e.values().stream().mapToInt(String::length).max().orElse(1);
            return "VARCHAR(" + longest + ")";
        }
        return super.typeSql(type, owner);
    }

    @Override
    protected String columnDefinition(QualifiedName table, Column column) {
        String definition = super.columnDefinition(table, column);
        if (column.type() instanceof ColumnType.Enumerated e) {
            definition += " CHECK (" + quote(column.name()) + " IN ("
                    + e.values().stream().map(this::stringLiteral).collect(Collectors.joining(", ")) + "))";
        }
        return definition;
    }

    @Override
    protected List<String> alterColumn(AlterColumn op) {
        if (op.type() instanceof ColumnType.Enumerated) {
            throw new UnsupportedFeatureException(databaseName(), "changing a column's type to an enum",
                    "column " + op.table() + "." + op.column(),
                    "Enums are VARCHAR with a CHECK constraint here: change the type to string(n) and add the check "
                            + "with op.createCheckConstraint(...).");
        }
        return super.alterColumn(op);
    }

    /**
     * {@code USING column::type} where PostgreSQL would refuse the change without it (see
     * {@link PostgresTypeConversion}); known only with the existing type, which autogenerate always states.
     */
    @Override
    protected String valueConversion(AlterColumn op, String newTypeSql) {
        String using = op.existingType() == null ? null
                : PostgresTypeConversion.using(quote(op.resultingName()), op.existingType(), op.type(), newTypeSql);
        return using == null ? "" : " USING " + using;
    }

    @Override
    protected String binaryLiteral(byte[] bytes) {
        return "'\\x" + java.util.HexFormat.of().formatHex(bytes) + "'::bytea";
    }
}
