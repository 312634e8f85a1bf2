package dev.migrator.runtime;

import static dev.migrator.schema.Types.string;

import dev.migrator.dialect.Dialect;
import dev.migrator.operations.CreateTable;
import dev.migrator.revision.VersionRowChange;
import dev.migrator.schema.Column;
import dev.migrator.schema.PrimaryKey;
import dev.migrator.schema.QualifiedName;
import dev.migrator.schema.Table;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The table that says where the database is: one row per current head. Reads it, creates it on first
 * use and writes the row changes of each step, online or as SQL text.
 */
final class VersionTable {

    static final int MAX_REVISION_LENGTH = 128;
    private static final String COLUMN = "version_num";

    private final QualifiedName name;
    private final Dialect dialect;
    private final DatabaseTables tables;

    VersionTable(QualifiedName name, Dialect dialect) {
        this.name = name;
        this.dialect = dialect;
        this.tables = new DatabaseTables(dialect);
    }

    QualifiedName name() {
        return name;
    }

    Table definition() {
        return new Table(name, List.of(new Column(COLUMN, string(MAX_REVISION_LENGTH), false, null, false, null)),
                List.of(new PrimaryKey(name.name() + "_pkc", List.of(COLUMN))), List.of(), null);
    }

    List<String> createStatements() {
        return dialect.statements(new CreateTable(definition()));
    }

    /** The current rows; none when the table does not exist yet (nothing was ever applied). */
    List<String> read(Connection connection) throws SQLException {
        return tables.readOrEmpty(connection, name, this::select);
    }

    private List<String> select(Connection connection) throws SQLException {
        String sql = "SELECT " + dialect.quote(COLUMN) + " FROM " + dialect.qualified(name);
        List<String> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                rows.add(result.getString(1));
            }
            return rows;
        }
    }

    void createIfMissing(Connection connection) throws SQLException {
        if (!tables.exists(connection, name)) {
            tables.execute(connection, createStatements());
        }
    }

    void apply(Connection connection, List<VersionRowChange> changes) throws SQLException {
        for (VersionRowChange change : changes) {
            requireStorable(change);
            String sql = parameterizedSql(change);
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                int index = 1;
                for (String value : values(change)) {
                    statement.setString(index++, value);
                }
                int updated = statement.executeUpdate();
                if (updated != 1) {
                    throw new SQLException("Expected to change one row of " + name + " with '" + sql + "' for "
                            + change + " but changed " + updated + ". Another process may be migrating this"
                            + " database without the lock, or the table was edited by hand: check its rows.");
                }
            }
        }
    }

    /** The same changes as literal SQL for an offline script. */
    List<String> sql(List<VersionRowChange> changes) {
        List<String> statements = new ArrayList<>();
        for (VersionRowChange change : changes) {
            requireStorable(change);
            String sql = parameterizedSql(change);
            for (String value : values(change)) {
                sql = sql.replaceFirst("\\?", java.util.regex.Matcher.quoteReplacement(dialect.literal(value)));
            }
            statements.add(sql);
        }
        return statements;
    }

    private String parameterizedSql(VersionRowChange change) {
        String table = dialect.qualified(name);
        String column = dialect.quote(COLUMN);
        if (change instanceof VersionRowChange.Insert) {
            return "INSERT INTO " + table + " (" + column + ") VALUES (?)";
        }
        if (change instanceof VersionRowChange.Delete) {
            return "DELETE FROM " + table + " WHERE " + column + " = ?";
        }
        return "UPDATE " + table + " SET " + column + " = ? WHERE " + column + " = ?";
    }

    private static List<String> values(VersionRowChange change) {
        if (change instanceof VersionRowChange.Insert insert) {
            return List.of(insert.revision());
        }
        if (change instanceof VersionRowChange.Delete delete) {
            return List.of(delete.revision());
        }
        VersionRowChange.Update update = (VersionRowChange.Update) change;
        return List.of(update.to(), update.from());
    }

    private static void requireStorable(VersionRowChange change) {
        for (String value : values(change)) {
            if (value.length() > MAX_REVISION_LENGTH) {
                throw new IllegalArgumentException("Revision id '" + value + "' is longer than "
                        + MAX_REVISION_LENGTH + " characters, the most the version table holds. Give the"
                        + " revision a shorter id.");
            }
        }
    }
}
