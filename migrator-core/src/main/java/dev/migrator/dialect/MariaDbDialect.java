package dev.migrator.dialect;

import dev.migrator.operations.AlterColumn;
import dev.migrator.operations.DropConstraint;
import dev.migrator.schema.Column;
import dev.migrator.schema.ColumnType;
import dev.migrator.schema.QualifiedName;
import dev.migrator.schema.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * MariaDB 10.11 and later. {@link MySqlDialect} extends it for MySQL 8, stating only where MySQL differs.
 *
 * <p>DDL is not transactional here: each statement commits on its own, so a failing migration can
 * leave earlier statements applied.
 */
public class MariaDbDialect extends Dialect {

    @Override
    public String name() {
        return "mariadb";
    }

    @Override
    public String databaseName() {
        return "MariaDB";
    }

    @Override
    public boolean supportsProduct(String productName) {
        return productName.equalsIgnoreCase("MariaDB");
    }

    @Override
    public boolean transactionalDdl() {
        return false;
    }

    @Override
    public String beginTransactionSql() {
        return "START TRANSACTION";
    }

    @Override
    protected String foldBareIdentifier(String identifier) {
        return identifier;
    }

    @Override
    protected boolean isReservedWord(String lowerCaseWord) {
        return ReservedWords.MARIADB.contains(lowerCaseWord);
    }

    @Override
    protected String alwaysQuote(String identifier) {
        return '`' + identifier.replace("`", "``") + '`';
    }

    @Override
    protected String typeSql(ColumnType type, String owner) {
        if (type instanceof ColumnType.Text) {
            // TEXT holds only 64 KB here; LONGTEXT matches "no declared limit" on the other databases.
            return "LONGTEXT";
        } else if (type instanceof ColumnType.Real) {
            // REAL means DOUBLE here unless the REAL_AS_FLOAT mode is on.
            return "FLOAT";
        } else if (type instanceof ColumnType.DoublePrecision) {
            return "DOUBLE";
        } else if (type instanceof ColumnType.Timestamp t) {
            if (t.withTimeZone()) {
                throw new UnsupportedFeatureException(databaseName(), "timestamps with a time zone", owner,
                        "Use timestamp() and store UTC, or Types.raw(\"TIMESTAMP\") for MariaDB's session-zone timestamp.");
            }
            // DATETIME, not TIMESTAMP: no 2038 limit, no session time-zone conversion, no implicit ON UPDATE.
            return "DATETIME(6)";
        } else if (type instanceof ColumnType.Binary b && b.length() == null) {
            return "LONGBLOB";
        }
        return super.typeSql(type, owner);
    }

    @Override
    protected boolean inlineComments() {
        return true;
    }

    @Override
    protected String tableOptions(Table table) {
        return table.comment() == null ? "" : " COMMENT=" + stringLiteral(table.comment());
    }

    @Override
    protected String tableComment(QualifiedName table, String comment) {
        return alterTable(table) + " COMMENT=" + stringLiteral(comment == null ? "" : comment);
    }

    @Override
    protected String identityClause() {
        return "AUTO_INCREMENT";
    }

    @Override
    protected String renameTable(QualifiedName table, String newName) {
        // The new name must carry the schema, or the table moves to the connection's current database.
        return "RENAME TABLE " + qualified(table) + " TO " + qualified(table.withName(newName));
    }

    /**
     * A rename or default change alone has its own statement; any other change restates the whole
     * column with MODIFY COLUMN (or CHANGE COLUMN when it is renamed too), built from the new values
     * and the {@code existing*} hints.
     *
     * <p>The restatement replaces the column's definition, AUTO_INCREMENT included, so it keeps
     * AUTO_INCREMENT only when {@code existingIdentity} says the column has it. Without that hint, a
     * column restated with a type that can be AUTO_INCREMENT is refused with
     * {@link ExistingDefinitionRequiredException}, offline as well as online: guessing "no" would
     * silently turn an identity column into a plain one, and guessing "yes" would make a plain one
     * generate values. A column restated with any other type cannot carry AUTO_INCREMENT, so it needs no
     * hint.
     */
    @Override
    protected List<String> alterColumn(AlterColumn op) {
        boolean restatesColumn = op.type() != null || op.nullable() != null || op.comment() != null;
        if (!restatesColumn) {
            List<String> statements = new ArrayList<>();
            if (op.renames()) {
                statements.add(alterTable(op.table()) + " RENAME COLUMN " + quote(op.column()) + " TO "
                        + quote(op.newName()));
            }
            if (op.serverDefault() != null) {
                String alterColumn = alterTable(op.table()) + " ALTER COLUMN " + quote(op.resultingName());
                statements.add(op.serverDefault().removes()
                        ? alterColumn + " DROP DEFAULT" : alterColumn + " SET DEFAULT " + op.serverDefault().value());
            }
            return statements;
        }
        String owner = "column " + op.table() + "." + op.column();
        String why = "restates the whole column to change it (MODIFY COLUMN)";
        if (op.resultingType() == null) {
            throw new ExistingDefinitionRequiredException(databaseName(), owner, "type", why);
        }
        if (op.resultingNullable() == null) {
            throw new ExistingDefinitionRequiredException(databaseName(), owner, "nullable", why);
        }
        boolean identity = restatedIdentity(op, owner, why);
        Column restated = new Column(op.resultingName(), op.resultingType(), op.resultingNullable(),
                op.resultingServerDefault(), identity, op.resultingComment());
        String definition = columnDefinition(op.table(), restated);
        return List.of(op.renames()
                ? alterTable(op.table()) + " CHANGE COLUMN " + quote(op.column()) + " " + definition
                : alterTable(op.table()) + " MODIFY COLUMN " + definition);
    }

    private boolean restatedIdentity(AlterColumn op, String owner, String why) {
        if (op.existingIdentity() != null) {
            return op.existingIdentity();
        }
        if (!canAutoIncrement(op.resultingType())) {
            return false;
        }
        throw ExistingDefinitionRequiredException.identityUnknown(databaseName(), owner, why);
    }

    @Override
    public boolean alterationNeedsIdentityHint(ColumnType resultingType) {
        return canAutoIncrement(resultingType);
    }

    /** AUTO_INCREMENT is allowed on integer and floating-point columns; a raw type may be either. */
    private static boolean canAutoIncrement(ColumnType type) {
        return type instanceof ColumnType.Int || type instanceof ColumnType.Real
                || type instanceof ColumnType.DoublePrecision || type instanceof ColumnType.Raw;
    }

    @Override
    protected String dropConstraint(DropConstraint op) {
        String alterTable = alterTable(op.table());
        return switch (op.type()) {
            case PRIMARY_KEY -> alterTable + " DROP PRIMARY KEY";
            case FOREIGN_KEY -> alterTable + " DROP FOREIGN KEY " + quote(op.name());
            // A unique constraint is a unique index here.
            case UNIQUE -> alterTable + " DROP INDEX " + quote(op.name());
            case CHECK -> alterTable + " DROP CONSTRAINT " + quote(op.name());
        };
    }

    @Override
    protected String partialIndexCondition(String where, String owner) {
        throw new UnsupportedFeatureException(databaseName(), "partial indexes", owner,
                "Create a full index, or index a generated column that is NULL for the rows to leave out.");
    }

    @Override
    protected String expressionIndexKey(String expression, String owner) {
        throw new UnsupportedFeatureException(databaseName(), "expression indexes", owner,
                "Add a generated column (AS (" + expression + ") VIRTUAL) and index that column.");
    }

    @Override
    protected String dropIndex(QualifiedName table, String name) {
        return "DROP INDEX " + quote(name) + " ON " + qualified(table);
    }

    @Override
    protected String stringLiteral(String value) {
        // Backslash is an escape character in string literals unless NO_BACKSLASH_ESCAPES is set.
        return "'" + value.replace("\\", "\\\\").replace("'", "''") + "'";
    }

    @Override
    protected String timestampWithTimeZoneLiteral(OffsetDateTime value) {
        throw new UnsupportedFeatureException(databaseName(), "timestamps with a time zone",
                "value " + value, "Pass a LocalDateTime, for example the value converted to UTC.");
    }
}
