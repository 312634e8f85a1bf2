package dev.migrator.runtime;

import static dev.migrator.schema.Types.bigint;
import static dev.migrator.schema.Types.bool;
import static dev.migrator.schema.Types.string;
import static dev.migrator.schema.Types.timestamp;

import dev.migrator.dialect.Dialect;
import dev.migrator.operations.CreateTable;
import dev.migrator.schema.Column;
import dev.migrator.schema.PrimaryKey;
import dev.migrator.schema.QualifiedName;
import dev.migrator.schema.Table;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The append-only log of every step ever run, successful or not: what the {@code history} command and
 * the actuator endpoint show next to the revision graph.
 */
final class HistoryTable {

    private static final int MESSAGE_LENGTH = 500;
    private static final int ERROR_LENGTH = 2000;
    private static final List<String> COLUMNS = List.of("revision", "action", "message", "started_at", "duration_ms",
            "db_user", "success", "error");

    private final QualifiedName name;
    private final Dialect dialect;
    private final DatabaseTables tables;

    HistoryTable(QualifiedName name, Dialect dialect) {
        this.name = name;
        this.dialect = dialect;
        this.tables = new DatabaseTables(dialect);
    }

    Table definition() {
        List<Column> columns = List.of(
                new Column("id", bigint(), false, null, true, null),
                new Column("revision", string(VersionTable.MAX_REVISION_LENGTH), false, null, false, null),
                new Column("action", string(16), false, null, false, null),
                new Column("message", string(MESSAGE_LENGTH), true, null, false, null),
                new Column("started_at", timestamp(), false, null, false, null),
                new Column("duration_ms", bigint(), true, null, false, null),
                new Column("db_user", string(128), true, null, false, null),
                new Column("success", bool(), false, null, false, null),
                new Column("error", string(ERROR_LENGTH), true, null, false, null));
        return new Table(name, columns, List.of(new PrimaryKey(name.name() + "_pkc", List.of("id"))), List.of(), null);
    }

    List<String> createStatements() {
        return dialect.statements(new CreateTable(definition()));
    }

    void createIfMissing(Connection connection) throws SQLException {
        if (!tables.exists(connection, name)) {
            tables.execute(connection, createStatements());
        }
    }

    void append(Connection connection, HistoryEntry entry) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(insertSql())) {
            insert.setString(1, entry.revision());
            insert.setString(2, entry.action().name().toLowerCase(java.util.Locale.ROOT));
            insert.setString(3, truncate(entry.message(), MESSAGE_LENGTH));
            insert.setObject(4, LocalDateTime.ofInstant(entry.startedAt(), ZoneOffset.UTC));
            if (entry.durationMillis() == null) {
                insert.setNull(5, Types.BIGINT);
            } else {
                insert.setLong(5, entry.durationMillis());
            }
            insert.setString(6, truncate(entry.databaseUser(), 128));
            insert.setBoolean(7, entry.success());
            insert.setString(8, truncate(entry.error(), ERROR_LENGTH));
            insert.executeUpdate();
        }
    }

    /** An offline script's record of a step: no duration or user, the database's clock. */
    String offlineInsert(String revision, HistoryEntry.Action action, String message) {
        return "INSERT INTO " + dialect.qualified(name) + " (" + columnList() + ") VALUES (" + dialect.literal(revision)
                + ", " + dialect.literal(action.name().toLowerCase(java.util.Locale.ROOT)) + ", "
                + (message == null ? "NULL" : dialect.literal(truncate(message, MESSAGE_LENGTH)))
                + ", CURRENT_TIMESTAMP, NULL, NULL, " + dialect.literal(Boolean.TRUE) + ", NULL)";
    }

    /** Every entry, oldest first; none when the table does not exist yet. */
    List<HistoryEntry> read(Connection connection) throws SQLException {
        return tables.readOrEmpty(connection, name, this::select);
    }

    private List<HistoryEntry> select(Connection connection) throws SQLException {
        String sql = "SELECT " + columnList() + " FROM " + dialect.qualified(name) + " ORDER BY " + dialect.quote("id");
        List<HistoryEntry> entries = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                long duration = rows.getLong(5);
                Long durationMillis = rows.wasNull() ? null : duration;
                entries.add(new HistoryEntry(rows.getString(1),
                        HistoryEntry.Action.valueOf(rows.getString(2).toUpperCase(java.util.Locale.ROOT)),
                        rows.getString(3), rows.getObject(4, LocalDateTime.class).toInstant(ZoneOffset.UTC),
                        durationMillis, rows.getString(6), rows.getBoolean(7), rows.getString(8)));
            }
            return entries;
        }
    }

    private String insertSql() {
        return "INSERT INTO " + dialect.qualified(name) + " (" + columnList() + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
    }

    private String columnList() {
        return String.join(", ", COLUMNS.stream().map(dialect::quote).toList());
    }

    private static String truncate(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }
}
