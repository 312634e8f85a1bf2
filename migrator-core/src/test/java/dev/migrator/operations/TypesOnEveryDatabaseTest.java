package dev.migrator.operations;

import static dev.migrator.operations.TableElements.column;
import static dev.migrator.schema.Types.bigint;
import static dev.migrator.schema.Types.binary;
import static dev.migrator.schema.Types.blob;
import static dev.migrator.schema.Types.bool;
import static dev.migrator.schema.Types.date;
import static dev.migrator.schema.Types.doublePrecision;
import static dev.migrator.schema.Types.enumOf;
import static dev.migrator.schema.Types.integer;
import static dev.migrator.schema.Types.json;
import static dev.migrator.schema.Types.numeric;
import static dev.migrator.schema.Types.raw;
import static dev.migrator.schema.Types.real;
import static dev.migrator.schema.Types.smallint;
import static dev.migrator.schema.Types.string;
import static dev.migrator.schema.Types.text;
import static dev.migrator.schema.Types.time;
import static dev.migrator.schema.Types.timestamp;
import static dev.migrator.schema.Types.timestampWithTimeZone;
import static dev.migrator.schema.Types.uuid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrator.dialect.UnsupportedFeatureException;
import dev.migrator.testsupport.AllDatabasesTest;
import dev.migrator.testsupport.DatabaseKind;
import dev.migrator.testsupport.TestDatabase;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Every portable type is created, filled by bulk insert and read back on every database. */
class TypesOnEveryDatabaseTest {

    private static final UUID ID = UUID.fromString("4b0c0f5e-6f43-4b8a-9d1e-1f2e3d4c5b6a");
    private static final LocalDateTime WHEN = LocalDateTime.of(2024, 2, 29, 13, 45, 30, 123_456_000);

    @AllDatabasesTest
    void everyPortableTypeStoresAndReturnsItsValues(TestDatabase db) throws SQLException {
        try (LiveDatabase live = new LiveDatabase(db)) {
            live.op.createTable("sample",
                    column("small_n", smallint()), column("int_n", integer()), column("big_n", bigint()),
                    column("name", string(20)), column("body", text()), column("flag", bool()),
                    column("price", numeric(10, 2)), column("ratio", real()), column("precise", doublePrecision()),
                    column("day", date()), column("at", time()), column("happened", timestamp()),
                    column("id", uuid()), column("hash", binary(16)), column("data", blob()), column("doc", json()),
                    column("mood", enumOf("happy", "sad")), column("code", raw("CHAR(3)")));
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("small_n", (short) 7);
            row.put("int_n", 70_000);
            row.put("big_n", 7_000_000_000L);
            row.put("name", "it's");
            row.put("body", "line one\nline two");
            row.put("flag", true);
            row.put("price", new BigDecimal("12.34"));
            row.put("ratio", 0.5f);
            row.put("precise", 0.25d);
            row.put("day", WHEN.toLocalDate());
            row.put("at", LocalTime.of(8, 30));
            row.put("happened", WHEN);
            row.put("id", ID);
            row.put("hash", new byte[] {1, 2, (byte) 0xff});
            row.put("data", new byte[] {42});
            row.put("doc", null);
            row.put("mood", "sad");
            row.put("code", "abc");
            live.op.bulkInsert("sample", List.of(row));

            try (Statement statement = live.connection.createStatement();
                    ResultSet rs = statement.executeQuery("SELECT * FROM sample")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getShort("small_n")).isEqualTo((short) 7);
                assertThat(rs.getInt("int_n")).isEqualTo(70_000);
                assertThat(rs.getLong("big_n")).isEqualTo(7_000_000_000L);
                assertThat(rs.getString("name")).isEqualTo("it's");
                assertThat(rs.getString("body")).isEqualTo("line one\nline two");
                assertThat(rs.getBoolean("flag")).isTrue();
                assertThat(rs.getBigDecimal("price")).isEqualByComparingTo("12.34");
                assertThat(rs.getFloat("ratio")).isEqualTo(0.5f);
                assertThat(rs.getDouble("precise")).isEqualTo(0.25d);
                assertThat(rs.getObject("day", LocalDate.class)).isEqualTo(WHEN.toLocalDate());
                assertThat(rs.getObject("at", LocalTime.class)).isEqualTo(LocalTime.of(8, 30));
                assertThat(rs.getObject("happened", LocalDateTime.class)).isEqualTo(WHEN);
                assertThat(rs.getString("id")).isEqualToIgnoringCase(ID.toString());
                assertThat(rs.getBytes("hash")).containsExactly(1, 2, 0xff);
                assertThat(rs.getBytes("data")).containsExactly(42);
                assertThat(rs.getString("mood")).isEqualTo("sad");
                assertThat(rs.getString("code")).isEqualTo("abc");
            }
        }
    }

    @AllDatabasesTest
    void enumRejectsOtherValues(TestDatabase db) throws SQLException {
        try (LiveDatabase live = new LiveDatabase(db)) {
            live.op.createTable("feeling", column("mood", enumOf("happy", "sad")));
            assertThatThrownBy(() -> live.op.bulkInsert("feeling", List.of(Map.of("mood", "angry"))))
                    .isInstanceOf(OperationFailedException.class);
        }
    }

    @AllDatabasesTest
    void timestampWithTimeZoneWorksWhereItExistsAndIsRefusedOnMariaDb(TestDatabase db) throws SQLException {
        try (LiveDatabase live = new LiveDatabase(db)) {
            if (db.kind() == DatabaseKind.MARIADB) {
                assertThatThrownBy(() -> live.op.createTable("event", column("at", timestampWithTimeZone())))
                        .isInstanceOf(UnsupportedFeatureException.class)
                        .hasMessage("MariaDB does not support timestamps with a time zone (column event.at). "
                                + "Use timestamp() and store UTC, or Types.raw(\"TIMESTAMP\") for MariaDB's "
                                + "session-zone timestamp.");
                return;
            }
            live.op.createTable("event", column("at", timestampWithTimeZone()));
            OffsetDateTime at = OffsetDateTime.of(WHEN, ZoneOffset.ofHours(2));
            live.op.bulkInsert("event", List.of(Map.of("at", at)));
            OffsetDateTime read;
            try (Statement statement = live.connection.createStatement();
                    ResultSet rs = statement.executeQuery("SELECT at FROM event")) {
                rs.next();
                read = rs.getObject(1, OffsetDateTime.class);
            }
            assertThat(read.toInstant()).isEqualTo(at.toInstant());
        }
    }
}
