package dev.migrator.dialect;

import dev.migrator.operations.AddColumn;
import dev.migrator.operations.AddConstraint;
import dev.migrator.operations.AlterColumn;
import dev.migrator.operations.BulkInsert;
import dev.migrator.operations.CreateIndex;
import dev.migrator.operations.CreateSchema;
import dev.migrator.operations.AlterSequence;
import dev.migrator.operations.CreateSequence;
import dev.migrator.operations.CreateTable;
import dev.migrator.operations.DropColumn;
import dev.migrator.operations.DropConstraint;
import dev.migrator.operations.DropIndex;
import dev.migrator.operations.DropSchema;
import dev.migrator.operations.DropSequence;
import dev.migrator.operations.DropTable;
import dev.migrator.operations.ExecuteSql;
import dev.migrator.operations.LiveConnectionRequiredException;
import dev.migrator.operations.MigrationOperation;
import dev.migrator.operations.RenameTable;
import dev.migrator.operations.RunJdbc;
import dev.migrator.operations.SetTableComment;
import dev.migrator.schema.CheckConstraint;
import dev.migrator.schema.Column;
import dev.migrator.schema.ColumnType;
import dev.migrator.schema.Constraint;
import dev.migrator.schema.ForeignKey;
import dev.migrator.schema.Index;
import dev.migrator.schema.IndexKey;
import dev.migrator.schema.PrimaryKey;
import dev.migrator.schema.QualifiedName;
import dev.migrator.schema.Sequence;
import dev.migrator.schema.Table;
import dev.migrator.schema.UniqueConstraint;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * How one database spells migration operations: identifier quoting, types, and the SQL of each
 * {@link MigrationOperation}.
 *
 * <p>This base class speaks the SQL standard as PostgreSQL and H2 understand it; a subclass states
 * only how its database differs, overriding the {@code protected} hooks. To add a database, write
 * one subclass with a public no-argument constructor and list it in
 * {@code META-INF/services/dev.migrator.dialect.Dialect}; {@link Dialects} then finds it by name
 * and by the product name a JDBC connection reports.
 *
 * <h2>Identifier quoting</h2>
 * A name written in lower case letters, digits and underscores that is not a reserved word is
 * rendered bare, so it behaves as an ordinary case-insensitive SQL name and hand-written SQL in
 * the same migration ({@code op.execute("UPDATE book ...")}) can refer to it without quotes. Any
 * other name (mixed or upper case, spaces, punctuation, a reserved word such as {@code order}) is
 * quoted and therefore kept exactly as written. Quoting every name instead would make H2 store
 * {@code book} in lower case while unquoted SQL looks for {@code BOOK}.
 */
public abstract class Dialect {

    /** The name that forces this dialect, for example {@code postgresql}. */
    public abstract String name();

    /** Other names accepted for this dialect, for example {@code postgres}. */
    public Set<String> aliases() {
        return Set.of();
    }

    /** The database's name for messages, for example {@code PostgreSQL}. */
    public abstract String databaseName();

    /**
     * Whether this dialect speaks for a database that reports this product name through
     * {@link java.sql.DatabaseMetaData#getDatabaseProductName()}.
     */
    public abstract boolean supportsProduct(String productName);

    /** Whether DDL statements take part in transactions, so a failed migration rolls back cleanly. */
    public abstract boolean transactionalDdl();

    /** The statement that starts a transaction in an offline SQL script. */
    public String beginTransactionSql() {
        return "BEGIN";
    }

    /** The statement that commits a transaction in an offline SQL script. */
    public String commitTransactionSql() {
        return "COMMIT";
    }

    /**
     * The SQL statements, without terminators, that perform an operation on this database.
     *
     * @throws UnsupportedFeatureException          when the database lacks a type or feature the operation needs
     * @throws ExistingDefinitionRequiredException  when the database needs a column definition the operation lacks
     * @throws LiveConnectionRequiredException      for {@link RunJdbc}, which is code, not SQL
     */
    public List<String> statements(MigrationOperation operation) {
        if (operation instanceof CreateTable op) {
            return createTable(op.table());
        } else if (operation instanceof DropTable op) {
            return List.of("DROP TABLE " + qualified(op.table()));
        } else if (operation instanceof RenameTable op) {
            return List.of(renameTable(op.table(), op.newName()));
        } else if (operation instanceof SetTableComment op) {
            return List.of(tableComment(op.table(), op.comment()));
        } else if (operation instanceof AddColumn op) {
            return addColumn(op.table(), op.column());
        } else if (operation instanceof DropColumn op) {
            return List.of(alterTable(op.table()) + " DROP COLUMN " + quote(op.column()));
        } else if (operation instanceof AlterColumn op) {
            return alterColumn(op);
        } else if (operation instanceof CreateIndex op) {
            return List.of(createIndex(op.table(), op.index()));
        } else if (operation instanceof DropIndex op) {
            return List.of(dropIndex(op.table(), op.name()));
        } else if (operation instanceof AddConstraint op) {
            return List.of(alterTable(op.table()) + " ADD " + constraint(op.table(), op.constraint()));
        } else if (operation instanceof DropConstraint op) {
            return List.of(dropConstraint(op));
        } else if (operation instanceof CreateSchema op) {
            return List.of("CREATE SCHEMA " + quote(op.name()));
        } else if (operation instanceof DropSchema op) {
            return List.of("DROP SCHEMA " + quote(op.name()));
        } else if (operation instanceof CreateSequence op) {
            return List.of(createSequence(op.sequence()));
        } else if (operation instanceof AlterSequence op) {
            return List.of(alterSequence(op));
        } else if (operation instanceof DropSequence op) {
            return List.of("DROP SEQUENCE " + qualified(op.name()));
        } else if (operation instanceof ExecuteSql op) {
            return List.of(op.sql());
        } else if (operation instanceof BulkInsert op) {
            return op.rows().isEmpty() ? List.of() : List.of(insert(op));
        } else if (operation instanceof RunJdbc) {
            throw new LiveConnectionRequiredException(operation);
        }
        throw new IllegalStateException("no SQL known for " + operation.getClass().getName());
    }

    /**
     * Whether altering a column that ends up of this type needs {@code existingIdentity}: true where the database
     * restates the whole column to alter it and the type can be an identity (MariaDB's MODIFY COLUMN and
     * AUTO_INCREMENT); elsewhere an alteration leaves the identity alone.
     */
    public boolean alterationNeedsIdentityHint(ColumnType resultingType) {
        return false;
    }

    // ---- identifiers ------------------------------------------------------------------------------

    /** The identifier as it must appear in SQL: bare when that keeps its meaning, quoted otherwise. */
    public String quote(String identifier) {
        return needsQuotes(identifier) ? alwaysQuote(identifier) : identifier;
    }

    /** A possibly schema-qualified name as it must appear in SQL. */
    public String qualified(QualifiedName name) {
        return name.schema() == null ? quote(name.name()) : quote(name.schema()) + "." + quote(name.name());
    }

    /**
     * The name under which the database stores an identifier this dialect renders, as JDBC metadata
     * reports it: H2 upper-cases bare names, PostgreSQL lower-cases them, quoted names stay as written.
     */
    public String storedIdentifier(String identifier) {
        return needsQuotes(identifier) ? identifier : foldBareIdentifier(identifier);
    }

    /** How the database folds the case of an unquoted identifier; standard SQL folds to upper case. */
    protected String foldBareIdentifier(String identifier) {
        return identifier.toUpperCase(Locale.ROOT);
    }

    /** Whether this lower-case word is reserved, so a name spelled like it must be quoted. */
    protected abstract boolean isReservedWord(String lowerCaseWord);

    /** The identifier in quotes, with embedded quote characters escaped. */
    protected String alwaysQuote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    private boolean needsQuotes(String identifier) {
        return !isBare(identifier) || isReservedWord(identifier);
    }

    /** Lower-case letters, digits and underscores, not starting with a digit; a loop, as it runs per name compared. */
    private static boolean isBare(String identifier) {
        if (identifier.isEmpty()) {
            return false;
        }
        for (int i = 0; i < identifier.length(); i++) {
            char c = identifier.charAt(i);
            boolean letter = (c >= 'a' && c <= 'z') || c == '_';
            if (!letter && (i == 0 || c < '0' || c > '9')) {
                return false;
            }
        }
        return true;
    }

    /** A comma-separated list of quoted column names. */
    protected String columnList(List<String> columns) {
        return columns.stream().map(this::quote).collect(Collectors.joining(", "));
    }

    // ---- types ------------------------------------------------------------------------------------

    /**
     * The SQL spelling of a type.
     *
     * @param owner the object that has this type, for error messages, for example {@code column book.title}
     */
    protected String typeSql(ColumnType type, String owner) {
        if (type instanceof ColumnType.Int t) {
            return switch (t.size()) {
                case SMALL -> "SMALLINT";
                case INT -> "INTEGER";
                case BIG -> "BIGINT";
            };
        } else if (type instanceof ColumnType.VarChar t) {
            return "VARCHAR(" + t.length() + ")";
        } else if (type instanceof ColumnType.Text) {
            return "TEXT";
        } else if (type instanceof ColumnType.Bool) {
            return "BOOLEAN";
        } else if (type instanceof ColumnType.Decimal t) {
            return "NUMERIC(" + t.precision() + ", " + t.scale() + ")";
        } else if (type instanceof ColumnType.Real) {
            return "REAL";
        } else if (type instanceof ColumnType.DoublePrecision) {
            return "DOUBLE PRECISION";
        } else if (type instanceof ColumnType.Date) {
            return "DATE";
        } else if (type instanceof ColumnType.Time) {
            return "TIME";
        } else if (type instanceof ColumnType.Timestamp t) {
            return t.withTimeZone() ? "TIMESTAMP WITH TIME ZONE" : "TIMESTAMP";
        } else if (type instanceof ColumnType.Uuid) {
            return "UUID";
        } else if (type instanceof ColumnType.Binary t) {
            return t.length() == null ? "BLOB" : "VARBINARY(" + t.length() + ")";
        } else if (type instanceof ColumnType.Json) {
            return "JSON";
        } else if (type instanceof ColumnType.Enumerated t) {
            return "ENUM(" + t.values().stream().map(this::stringLiteral).collect(Collectors.joining(", ")) + ")";
        } else if (type instanceof ColumnType.Raw t) {
            return t.sql();
        }
        throw new IllegalStateException("no SQL known for type " + type);
    }

    // ---- tables -----------------------------------------------------------------------------------

    /** CREATE TABLE, then the table's indexes and any comments that are separate statements. */
    protected List<String> createTable(Table table) {
        List<String> parts = new ArrayList<>();
        for (Column column : table.columns()) {
            parts.add(columnDefinition(table.name(), column));
        }
        for (Constraint constraint : table.constraints()) {
            parts.add(constraint(table.name(), constraint));
        }
        List<String> statements = new ArrayList<>();
        statements.add("CREATE TABLE " + qualified(table.name()) + " (\n    " + String.join(",\n    ", parts) + "\n)"
                + tableOptions(table));
        for (Index index : table.indexes()) {
            statements.add(createIndex(table.name(), index));
        }
        if (table.comment() != null && !inlineComments()) {
            statements.add(tableComment(table.name(), table.comment()));
        }
        for (Column column : table.columns()) {
            if (column.comment() != null && !inlineComments()) {
                statements.add(columnComment(table.name(), column.name(), column.comment()));
            }
        }
        return statements;
    }

    /** Text after the closing parenthesis of CREATE TABLE; MariaDB puts the table comment there. */
    protected String tableOptions(Table table) {
        return "";
    }

    /** Whether comments are part of column and table definitions (MariaDB) rather than COMMENT ON statements. */
    protected boolean inlineComments() {
        return false;
    }

    /** The statement that sets (or, for a null comment, removes) a table comment. */
    protected String tableComment(QualifiedName table, String comment) {
        return "COMMENT ON TABLE " + qualified(table) + " IS " + (comment == null ? "NULL" : stringLiteral(comment));
    }

    /** The statement that sets (or, for a null comment, removes) a column comment. */
    protected String columnComment(QualifiedName table, String column, String comment) {
        return "COMMENT ON COLUMN " + qualified(table) + "." + quote(column) + " IS "
                + (comment == null ? "NULL" : stringLiteral(comment));
    }

    protected String renameTable(QualifiedName table, String newName) {
        return alterTable(table) + " RENAME TO " + quote(newName);
    }

    /** {@code ALTER TABLE <table>}. */
    protected String alterTable(QualifiedName table) {
        return "ALTER TABLE " + qualified(table);
    }

    // ---- columns ----------------------------------------------------------------------------------

    /** A column as it appears in CREATE TABLE and ADD COLUMN. */
    protected String columnDefinition(QualifiedName table, Column column) {
        StringBuilder sql = new StringBuilder(quote(column.name())).append(' ')
                .append(typeSql(column.type(), "column " + table + "." + column.name()));
        if (column.identity()) {
            sql.append(' ').append(identityClause());
        }
        if (column.serverDefault() != null) {
            sql.append(" DEFAULT ").append(column.serverDefault());
        }
        if (!column.nullable()) {
            sql.append(" NOT NULL");
        }
        if (column.comment() != null && inlineComments()) {
            sql.append(" COMMENT ").append(stringLiteral(column.comment()));
        }
        return sql.toString();
    }

    /** How a column asks the database to generate its values. */
    protected String identityClause() {
        return "GENERATED BY DEFAULT AS IDENTITY";
    }

    protected List<String> addColumn(QualifiedName table, Column column) {
        List<String> statements = new ArrayList<>();
        statements.add(alterTable(table) + " ADD COLUMN " + columnDefinition(table, column));
        if (column.comment() != null && !inlineComments()) {
            statements.add(columnComment(table, column.name(), column.comment()));
        }
        return statements;
    }

    /**
     * ALTER COLUMN as the SQL standard has it: one statement per changed property, the rename first
     * so the others can use the new name.
     */
    protected List<String> alterColumn(AlterColumn op) {
        List<String> statements = new ArrayList<>();
        String alterColumn = alterTable(op.table()) + " ALTER COLUMN " + quote(op.resultingName());
        if (op.renames()) {
            statements.add(alterTable(op.table()) + " RENAME COLUMN " + quote(op.column()) + " TO " + quote(op.newName()));
        }
        if (op.type() != null) {
            String typeSql = typeSql(op.type(), "column " + op.table() + "." + op.resultingName());
            statements.add(alterColumn + " SET DATA TYPE " + typeSql + valueConversion(op, typeSql));
        }
        if (op.nullable() != null) {
            statements.add(alterColumn + (op.nullable() ? " DROP NOT NULL" : " SET NOT NULL"));
        }
        if (op.serverDefault() != null) {
            statements.add(alterColumn + (op.serverDefault().removes()
                    ? " DROP DEFAULT" : " SET DEFAULT " + op.serverDefault().value()));
        }
        if (op.comment() != null) {
            statements.add(columnComment(op.table(), op.resultingName(), op.comment().value()));
        }
        return statements;
    }

    /**
     * What follows a type change to say how the values convert, such as PostgreSQL's {@code USING}; nothing
     * where the database converts them by itself.
     */
    protected String valueConversion(AlterColumn op, String newTypeSql) {
        return "";
    }

    // ---- constraints ------------------------------------------------------------------------------

    /** A constraint as it appears in CREATE TABLE and after ALTER TABLE ... ADD. */
    protected String constraint(QualifiedName table, Constraint constraint) {
        String prefix = constraint.name() == null ? "" : "CONSTRAINT " + quote(constraint.name()) + " ";
        if (constraint instanceof PrimaryKey pk) {
            return prefix + "PRIMARY KEY (" + columnList(pk.columns()) + ")";
        } else if (constraint instanceof UniqueConstraint unique) {
            return prefix + "UNIQUE (" + columnList(unique.columns()) + ")";
        } else if (constraint instanceof CheckConstraint check) {
            return prefix + "CHECK (" + check.condition() + ")";
        } else if (constraint instanceof ForeignKey fk) {
            String sql = prefix + "FOREIGN KEY (" + columnList(fk.columns()) + ") REFERENCES "
                    + qualified(fk.referencedTable()) + " (" + columnList(fk.referencedColumns()) + ")";
            if (fk.onDelete() != null) {
                sql += " ON DELETE " + fk.onDelete().sql();
            }
            if (fk.onUpdate() != null) {
                sql += " ON UPDATE " + fk.onUpdate().sql();
            }
            return sql;
        }
        throw new IllegalStateException("no SQL known for constraint " + constraint);
    }

    protected String dropConstraint(DropConstraint op) {
        return alterTable(op.table()) + " DROP CONSTRAINT " + quote(op.name());
    }

    // ---- indexes ----------------------------------------------------------------------------------

    protected String createIndex(QualifiedName table, Index index) {
        String owner = "index " + index.name() + " on table " + table;
        String keys = index.keys().stream().map(key -> indexKey(key, owner)).collect(Collectors.joining(", "));
        String sql = "CREATE " + (index.unique() ? "UNIQUE " : "") + "INDEX " + quote(index.name())
                + " ON " + qualified(table) + " (" + keys + ")";
        if (index.where() != null) {
            sql += " WHERE " + partialIndexCondition(index.where(), owner);
        }
        return sql;
    }

    /** One key of an index; an expression is wrapped in parentheses, as PostgreSQL and MySQL require. */
    protected String indexKey(IndexKey key, String owner) {
        if (key instanceof IndexKey.OnColumn column) {
            return quote(column.column());
        }
        return "(" + expressionIndexKey(((IndexKey.OnExpression) key).sql(), owner) + ")";
    }

    /** The condition of a partial index, or an error when the database has no partial indexes. */
    protected String partialIndexCondition(String where, String owner) {
        return where;
    }

    /** An expression index key, or an error when the database cannot index expressions. */
    protected String expressionIndexKey(String expression, String owner) {
        return expression;
    }

    protected String dropIndex(QualifiedName table, String name) {
        return "DROP INDEX " + qualified(table.withName(name));
    }

    // ---- sequences --------------------------------------------------------------------------------

    protected String createSequence(Sequence sequence) {
        return "CREATE SEQUENCE " + qualified(sequence.name()) + " START WITH " + sequence.start()
                + " INCREMENT BY " + sequence.increment();
    }

    protected String alterSequence(AlterSequence op) {
        return "ALTER SEQUENCE " + qualified(op.name()) + " INCREMENT BY " + op.incrementBy();
    }

    // ---- data -------------------------------------------------------------------------------------

    protected String insert(BulkInsert op) {
        List<String> columns = op.columns();
        List<String> rows = new ArrayList<>();
        for (Map<String, Object> row : op.rows()) {
            rows.add("(" + columns.stream()
                    .map(column -> row.containsKey(column) ? literal(row.get(column)) : "DEFAULT")
                    .collect(Collectors.joining(", ")) + ")");
        }
        return "INSERT INTO " + qualified(op.table()) + " (" + columnList(columns) + ") VALUES\n    "
                + String.join(",\n    ", rows);
    }

    /**
     * A Java value as an SQL literal: null, strings, numbers, booleans, {@code java.time} values,
     * UUIDs, byte arrays and enums (by name).
     */
    public String literal(Object value) {
        if (value == null) {
            return "NULL";
        } else if (value instanceof String s) {
            return stringLiteral(s);
        } else if (value instanceof Boolean b) {
            return b ? "TRUE" : "FALSE";
        } else if (value instanceof BigDecimal d) {
            return d.toPlainString();
        } else if (value instanceof Number n) {
            return n.toString();
        } else if (value instanceof Enum<?> e) {
            return stringLiteral(e.name());
        } else if (value instanceof UUID u) {
            return stringLiteral(u.toString());
        } else if (value instanceof LocalDate d) {
            return "DATE '" + d + "'";
        } else if (value instanceof LocalTime t) {
            return "TIME '" + t.format(DateTimeFormatter.ISO_LOCAL_TIME) + "'";
        } else if (value instanceof LocalDateTime t) {
            return "TIMESTAMP '" + dateTime(t) + "'";
        } else if (value instanceof OffsetDateTime t) {
            return timestampWithTimeZoneLiteral(t);
        } else if (value instanceof ZonedDateTime t) {
            return timestampWithTimeZoneLiteral(t.toOffsetDateTime());
        } else if (value instanceof Instant t) {
            return timestampWithTimeZoneLiteral(t.atOffset(ZoneOffset.UTC));
        } else if (value instanceof byte[] bytes) {
            return binaryLiteral(bytes);
        }
        throw new IllegalArgumentException("cannot write a " + value.getClass().getName()
                + " as an SQL literal; pass a String, number, boolean, java.time value, UUID, byte[] or enum");
    }

    /** A string literal; the standard doubles embedded single quotes. */
    protected String stringLiteral(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    protected String binaryLiteral(byte[] bytes) {
        return "X'" + HexFormat.of().formatHex(bytes) + "'";
    }

    protected String timestampWithTimeZoneLiteral(OffsetDateTime value) {
        String offset = value.getOffset().equals(ZoneOffset.UTC) ? "+00:00" : value.getOffset().getId();
        return "TIMESTAMP WITH TIME ZONE '" + dateTime(value.toLocalDateTime()) + offset + "'";
    }

    /** Date and time with a space between them, which all supported databases read. */
    static String dateTime(LocalDateTime value) {
        return value.toLocalDate() + " " + value.toLocalTime().format(DateTimeFormatter.ISO_LOCAL_TIME);
    }

    @Override
    public String toString() {
        return name();
    }
}
