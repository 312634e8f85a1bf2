package dev.migrator.autogenerate.entity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrator.autogenerate.entity.LiveSchemaReader.LiveColumn;
import dev.migrator.autogenerate.entity.LiveSchemaReader.LiveForeignKey;
import dev.migrator.autogenerate.entity.LiveSchemaReader.LiveTable;
import dev.migrator.autogenerate.entity.model.Book;
import dev.migrator.dialect.Dialects;
import dev.migrator.schema.Column;
import dev.migrator.schema.ForeignKey;
import dev.migrator.schema.Schema;
import dev.migrator.schema.Table;
import dev.migrator.testsupport.DatabaseKind;
import dev.migrator.testsupport.TestDatabase;
import dev.migrator.testsupport.AllDatabasesTest;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.assertj.core.api.SoftAssertions;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;

/**
 * The proof that the built schema is the one the application's own Hibernate would create: Hibernate starts
 * a SessionFactory with {@code hibernate.hbm2ddl.auto=create} against a fresh database, exactly as a Spring
 * Boot application with the same settings would, and the schema read back from that database must name the
 * same tables, columns (equivalent types, same nullability), primary keys, foreign keys and sequences as the
 * one {@link EntitySchemaBuilder} built without connecting.
 */
class EntitySchemaMatchesHibernateCreateTest {

    private static final String MODEL = Book.class.getPackageName();

    @AllDatabasesTest
    void builtSchemaMatchesWhatHibernateCreates(TestDatabase db) throws SQLException {
        letHibernateCreateTheSchema(db);

        Map<String, LiveTable> live;
        Set<String> liveSequences;
        Schema built;
        try (Connection connection = db.connect()) {
            DatabaseMetaData meta = connection.getMetaData();
            built = EntitySchemaBuilder.build(EntitySchemaSettings.springBootDefaults()
                    .withPackages(MODEL)
                    .withDialect(Dialects.detect(connection))
                    .withDatabaseVersion(meta.getDatabaseMajorVersion(), meta.getDatabaseMinorVersion()));
            boolean catalogs = db.kind() == DatabaseKind.MARIADB;
            live = new LiveSchemaReader(connection, catalogs ? db.schemaName() : null,
                    catalogs ? null : db.schemaName()).tables();
            liveSequences = sequences(connection, db);
        }

        assertThat(live.keySet()).as("tables").containsExactlyInAnyOrderElementsOf(
                built.tables().stream().map(table -> lower(table.name().name())).toList());
        SoftAssertions softly = new SoftAssertions();
        for (Table table : built.tables()) {
            compare(table, live.get(lower(table.name().name())), softly);
        }
        softly.assertThat(liveSequences).as("sequences").containsExactlyInAnyOrderElementsOf(
                built.sequences().stream().map(sequence -> lower(sequence.name().name())).toList());
        softly.assertAll();
    }

    private static void compare(Table table, LiveTable live, SoftAssertions softly) {
        String tableName = table.name().name();
        softly.assertThat(live.columns().keySet()).as("columns of %s", tableName).containsExactlyInAnyOrderElementsOf(
                table.columns().stream().map(column -> lower(column.name())).toList());
        for (Column column : table.columns()) {
            LiveColumn liveColumn = live.columns().get(lower(column.name()));
            if (liveColumn == null) {
                continue;
            }
            softly.assertThat(TypeEquivalence.matches(column.type(), liveColumn))
                    .as("type of %s.%s: built %s, database has %s(%s,%s)", tableName, column.name(), column.type(),
                            liveColumn.typeName(), liveColumn.size(), liveColumn.decimalDigits())
                    .isTrue();
            softly.assertThat(liveColumn.nullable()).as("nullability of %s.%s", tableName, column.name())
                    .isEqualTo(column.nullable());
        }
        softly.assertThat(live.primaryKey()).as("primary key of %s", tableName).containsExactlyElementsOf(
                table.primaryKey().orElseThrow().columns().stream().map(EntitySchemaMatchesHibernateCreateTest::lower)
                        .toList());
        Map<String, LiveForeignKey> expected = new HashMap<>();
        for (ForeignKey foreignKey : table.constraints().stream().filter(ForeignKey.class::isInstance)
                .map(ForeignKey.class::cast).toList()) {
            String name = lower(foreignKey.name());
            expected.put(name, new LiveForeignKey(name, foreignKey.columns().stream().map(
                    EntitySchemaMatchesHibernateCreateTest::lower).toList(),
                    lower(foreignKey.referencedTable().name()),
                    foreignKey.referencedColumns().stream().map(EntitySchemaMatchesHibernateCreateTest::lower).toList()));
        }
        softly.assertThat(live.foreignKeys()).as("foreign keys of %s", tableName).isEqualTo(expected);
    }

    /** What {@code spring.jpa.hibernate.ddl-auto=create} does in an application with Spring Boot's defaults. */
    private static void letHibernateCreateTheSchema(TestDatabase db) {
        Map<String, Object> settings = new HashMap<>(EntitySchemaSettings.springBootDefaults().hibernateSettings());
        settings.put("jakarta.persistence.jdbc.url", db.jdbcUrl());
        if (db.user() != null) {
            settings.put("jakarta.persistence.jdbc.user", db.user());
        }
        if (db.password() != null) {
            settings.put("jakarta.persistence.jdbc.password", db.password());
        }
        settings.put("hibernate.hbm2ddl.auto", "create");
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder().applySettings(settings).build();
        MetadataSources sources = new MetadataSources(registry);
        new EntityClassScanner(EntitySchemaMatchesHibernateCreateTest.class.getClassLoader()).mappedClasses(MODEL)
                .forEach(sources::addAnnotatedClass);
        try (SessionFactory ignored = sources.buildMetadata().buildSessionFactory()) {
            // building it ran the schema creation
        } finally {
            StandardServiceRegistryBuilder.destroy(registry);
        }
    }

    private static Set<String> sequences(Connection connection, TestDatabase db) throws SQLException {
        String sql = db.kind() == DatabaseKind.MARIADB
                ? "SELECT table_name FROM information_schema.tables WHERE table_schema = ? AND table_type = 'SEQUENCE'"
                : "SELECT sequence_name FROM information_schema.sequences WHERE sequence_schema = ?";
        Set<String> names = new TreeSet<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, db.schemaName());
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    names.add(lower(rs.getString(1)));
                }
            }
        }
        return names;
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
