package dev.migrator.operations;

import static dev.migrator.operations.TableElements.check;
import static dev.migrator.operations.TableElements.column;
import static dev.migrator.operations.TableElements.foreignKey;
import static dev.migrator.operations.TableElements.index;
import static dev.migrator.operations.TableElements.tableComment;
import static dev.migrator.schema.ReferentialAction.CASCADE;
import static dev.migrator.schema.ReferentialAction.SET_NULL;
import static dev.migrator.schema.Types.bigint;
import static dev.migrator.schema.Types.bool;
import static dev.migrator.schema.Types.integer;
import static dev.migrator.schema.Types.string;
import static dev.migrator.schema.Types.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrator.dialect.UnsupportedFeatureException;
import dev.migrator.schema.ConstraintType;
import dev.migrator.testsupport.AllDatabasesTest;
import dev.migrator.testsupport.DatabaseKind;
import dev.migrator.testsupport.TestDatabase;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every operation applied for real on each database and read back through JDBC metadata. */
class OperationsOnEveryDatabaseTest {

    private static void createAuthorAndBook(Operations op) {
        op.createTable("author",
                column("id", bigint()).identity().primaryKey(),
                column("name", string(100)).notNull());
        op.createTable("book",
                column("id", bigint()).identity().primaryKey(),
                column("title", string(200)).notNull().comment("Shown on the cover"),
                column("status", string(10)).notNull().serverDefault("'draft'"),
                column("author_id", bigint()).references("author", "id").onDelete(CASCADE)
                        .foreignKeyName("fk_book_author"),
                column("isbn", string(13)).unique(),
                check("char_length(title) > 0").named("ck_book_title"),
                index("ix_book_status", "status"),
                tableComment("Books in the library"));
    }

    @AllDatabasesTest
    void createTableMakesColumnsKeysConstraintsIndexesAndComments(TestDatabase db) throws SQLException {
        try (LiveDatabase live = new LiveDatabase(db)) {
            createAuthorAndBook(live.op);
            SchemaProbe probe = live.probe;

            assertThat(probe.columns("book")).containsOnlyKeys(
                    probe.stored("id"), probe.stored("title"), probe.stored("status"), probe.stored("author_id"),
                    probe.stored("isbn"));
            assertThat(probe.column("book", "title").nullable()).isFalse();
            assertThat(probe.column("book", "title").size()).isEqualTo(200);
            assertThat(probe.column("book", "title").comment()).isEqualTo("Shown on the cover");
            assertThat(probe.column("book", "isbn").nullable()).isTrue();
            assertThat(probe.column("book", "status").defaultValue()).contains("draft");
            assertThat(probe.column("book", "id").autoIncrement()).isTrue();
            assertThat(probe.primaryKey("book")).containsExactly(probe.stored("id"));
            assertThat(probe.foreignKeys("book")).singleElement().satisfies(fk -> {
                assertThat(fk.name()).isEqualTo(probe.stored("fk_book_author"));
                assertThat(fk.columns()).containsExactly(probe.stored("author_id"));
                assertThat(fk.referencedTable()).isEqualTo(probe.stored("author"));
                assertThat(fk.referencedColumns()).containsExactly(probe.stored("id"));
                assertThat(fk.deleteRule()).isEqualTo(DatabaseMetaData.importedKeyCascade);
            });
            assertThat(probe.indexes("book").values())
                    .anySatisfy(ix -> {
                        assertThat(ix.unique()).isTrue();
                        assertThat(ix.columns()).containsExactly(probe.stored("isbn"));
                    });
            assertThat(probe.index("book", "ix_book_status")).hasValueSatisfying(ix -> {
                assertThat(ix.unique()).isFalse();
                assertThat(ix.columns()).containsExactly(probe.stored("status"));
            });
            assertThat(probe.checkConstraints("book")).contains(probe.stored("ck_book_title"));
            assertThat(probe.tableComment("book")).contains("Books in the library");
        }
    }

    @AllDatabasesTest
    void identityDefaultAndForeignKeyBehaveAsDeclared(TestDatabase db) throws SQLException {
        try (LiveDatabase live = new LiveDatabase(db)) {
            createAuthorAndBook(live.op);
            live.op.execute("INSERT INTO author (name) VALUES ('Le Guin')");
            Object authorId = live.query("SELECT id FROM author").get(0);
            live.op.execute("INSERT INTO book (title, author_id) VALUES ('Earthsea', " + authorId + ")");

            assertThat(live.query("SELECT status FROM book")).containsExactly("draft");
            live.op.execute("DELETE FROM author");
            assertThat(live.query("SELECT title FROM book")).as("ON DELETE CASCADE").isEmpty();
            assertThatThrownBy(() -> live.op.execute("INSERT INTO book (title) VALUES ('')"))
                    .as("check constraint").isInstanceOf(OperationFailedException.class);
        }
    }

    @AllDatabasesTest
    void dropAndRenameTable(TestDatabase db) throws SQLException {
        try (LiveDatabase live = new LiveDatabase(db)) {
            live.op.createTable("draft", column("id", integer()));
            live.op.renameTable("draft", "manuscript");
            assertThat(live.probe.tableExists("draft")).isFalse();
            assertThat(live.probe.tableExists("manuscript")).isTrue();

            live.op.dropTable("manuscript");
            assertThat(live.probe.tableExists("manuscript")).isFalse();
        }
    }

    @AllDatabasesTest
    void setAndDropTableComment(TestDatabase db) throws SQLException {
        try (LiveDatabase live = new LiveDatabase(db)) {
            live.op.createTable("shelf", column("id", integer()));
            live.op.setTableComment("shelf", "Where books stand; it's \"wooden\"");
            assertThat(live.probe.tableComment("shelf")).contains("Where books stand; it's \"wooden\"");

            live.op.dropTableComment("shelf");
            assertThat(live.probe.tableComment("shelf")).isEmpty();
        }
    }

    @AllDatabasesTest
    void addColumnWithConstraintsAndDropColumn(TestDatabase db) throws SQLException {
        try (LiveDatabase live = new LiveDatabase(db)) {
            createAuthorAndBook(live.op);
            live.op.addColumn("book", column("pages", integer()).notNull().serverDefault("0").comment("Page count"));
            live.op.addColumn("book", column("editor_id", bigint()).references("author", "id").onDelete(SET_NULL)
                    .foreignKeyName("fk_book_editor"));

            SchemaProbe probe = live.probe;
            assertThat(probe.column("book", "pages").nullable()).isFalse();
            assertThat(probe.column("book", "pages").defaultValue()).contains("0");
            assertThat(probe.column("book", "pages").comment()).isEqualTo("Page count");
            assertThat(probe.foreignKeys("book")).anySatisfy(fk -> {
                assertThat(fk.name()).isEqualTo(probe.stored("fk_book_editor"));
                assertThat(fk.deleteRule()).isEqualTo(DatabaseMetaData.importedKeySetNull);
            });

            live.op.dropColumn("book", "pages");
            assertThat(probe.columns("book")).doesNotContainKey(probe.stored("pages"));
        }
    }

    @AllDatabasesTest
    void alterColumnTypeNullabilityDefaultCommentAndName(TestDatabase db) throws SQLException {
        try (LiveDatabase live = new LiveDatabase(db)) {
            createAuthorAndBook(live.op);
            live.op.alterColumn("book", "title", alter -> alter.type(string(300))
                    .existingType(string(200)).existingNullable(false).existingComment("Shown on the cover"));
            live.op.alterColumn("book", "isbn", alter -> alter.nullable(false).existingType(string(13)));
            live.op.alterColumn("book", "status", alter -> alter.serverDefault("'new'"));
            live.op.alterColumn("book", "title", alter -> alter.comment("The full title")
                    .existingType(string(300)).existingNullable(false));
            live.op.renameColumn("book", "status", "state");

            SchemaProbe probe = live.probe;
            assertThat(probe.column("book", "title").size()).isEqualTo(300);
            assertThat(probe.column("book", "title").nullable()).isFalse();
            assertThat(probe.column("book", "title").comment()).isEqualTo("The full title");
            assertThat(probe.column("book", "isbn").nullable()).isFalse();
            assertThat(probe.column("book", "state").defaultValue()).contains("new");
            assertThat(probe.columns("book")).doesNotContainKey(probe.stored("status"));

            live.op.alterColumn("book", "state", alter -> alter.serverDefault(null));
            assertThat(probe.column("book", "state").defaultValue()).isNull();
        }
    }

    @AllDatabasesTest
    void alterColumnRenamesAndRetypesInOneCall(TestDatabase db) throws SQLException {
        try (LiveDatabase live = new LiveDatabase(db)) {
            live.op.createTable("note", column("body", string(50)).notNull());
            live.op.alterColumn("note", "body", alter -> alter.rename("content").type(text())
                    .existingType(string(50)).existingNullable(false));

            assertThat(live.probe.columns("note")).containsOnlyKeys(live.probe.stored("content"));
            assertThat(live.probe.column("note", "content").nullable()).isFalse();
        }
    }

    @AllDatabasesTest
    void createAndDropIndexes(TestDatabase db) throws SQLException {
        try (LiveDatabase live = new LiveDatabase(db)) {
            createAuthorAndBook(live.op);
            // title first: MariaDB would adopt an index led by author_id for the foreign key and refuse to drop it.
            live.op.createIndex("ix_book_author_title", "book", "title", "author_id");
            live.op.createUniqueIndex("ux_book_title", "book", "title");

            SchemaProbe probe = live.probe;
            assertThat(probe.index("book", "ix_book_author_title")).hasValueSatisfying(ix -> assertThat(ix.columns())
                    .containsExactly(probe.stored("title"), probe.stored("author_id")));
            assertThat(probe.index("book", "ux_book_title")).hasValueSatisfying(ix -> assertThat(ix.unique()).isTrue());

            live.op.dropIndex("ix_book_author_title", "book");
            live.op.dropIndex("ux_book_title", "book");
            assertThat(probe.index("book", "ix_book_author_title")).isEmpty();
            assertThat(probe.index("book", "ux_book_title")).isEmpty();
        }
    }

    @AllDatabasesTest
    void partialAndExpressionIndexesWorkOnPostgresAndFailClearlyElsewhere(TestDatabase db) throws SQLException {
        try (LiveDatabase live = new LiveDatabase(db)) {
            createAuthorAndBook(live.op);
            IndexDefinition partial = index("ix_book_draft", "title").where("status = 'draft'");
            IndexDefinition expression = index("ix_book_lower_title").expression("lower(title)");
            if (db.kind() == DatabaseKind.POSTGRESQL) {
                live.op.createIndex("book", partial);
                live.op.createIndex("book", expression);
                assertThat(live.probe.index("book", "ix_book_draft")).isPresent();
                assertThat(live.probe.index("book", "ix_book_lower_title")).isPresent();
            } else {
                assertThatThrownBy(() -> live.op.createIndex("book", partial))
                        .isInstanceOf(UnsupportedFeatureException.class)
                        .hasMessageContaining(db.kind().displayName())
                        .hasMessageContaining("partial indexes")
                        .hasMessageContaining("ix_book_draft");
                assertThatThrownBy(() -> live.op.createIndex("book", expression))
                        .isInstanceOf(UnsupportedFeatureException.class)
                        .hasMessageContaining("expression indexes")
                        .hasMessageContaining("generated column");
            }
        }
    }

    @AllDatabasesTest
    void addAndDropEachKindOfConstraint(TestDatabase db) throws SQLException {
        try (LiveDatabase live = new LiveDatabase(db)) {
            live.op.createTable("member", column("id", bigint()).notNull(), column("email", string(100)),
                    column("age", integer()));
            live.op.createTable("loan", column("member_id", bigint()));
            SchemaProbe probe = live.probe;

            live.op.createPrimaryKey("pk_member", "member", "id");
            live.op.createUniqueConstraint("uq_member_email", "member", "email");
            live.op.createCheckConstraint("ck_member_age", "member", "age >= 0");
            live.op.createForeignKey("fk_loan_member", "loan",
                    foreignKey("member_id").references("member", "id").onDelete(CASCADE));

            assertThat(probe.primaryKey("member")).containsExactly(probe.stored("id"));
            assertThat(probe.uniqueConstraints("member")).containsExactly(probe.stored("uq_member_email"));
            assertThat(probe.checkConstraints("member")).contains(probe.stored("ck_member_age"));
            assertThat(probe.foreignKeys("loan")).singleElement()
                    .satisfies(fk -> assertThat(fk.name()).isEqualTo(probe.stored("fk_loan_member")));

            live.op.dropConstraint("fk_loan_member", "loan", ConstraintType.FOREIGN_KEY);
            live.op.dropConstraint("ck_member_age", "member", ConstraintType.CHECK);
            live.op.dropConstraint("uq_member_email", "member", ConstraintType.UNIQUE);
            live.op.dropConstraint("pk_member", "member", ConstraintType.PRIMARY_KEY);

            assertThat(probe.foreignKeys("loan")).isEmpty();
            assertThat(probe.checkConstraints("member")).doesNotContain(probe.stored("ck_member_age"));
            assertThat(probe.uniqueConstraints("member")).isEmpty();
            assertThat(probe.primaryKey("member")).isEmpty();
        }
    }

    @AllDatabasesTest
    void createAndDropSchema(TestDatabase db) throws SQLException {
        try (LiveDatabase live = new LiveDatabase(db)) {
            String schema = "archive_" + Long.toHexString(System.nanoTime());
            live.op.createSchema(schema);
            try {
                assertThat(live.probe.schemaExists(schema)).isTrue();
                live.op.inSchema(schema).createTable("old_book", column("id", integer()));
                live.op.inSchema(schema).dropTable("old_book");
            } finally {
                live.op.dropSchema(schema);
            }
            assertThat(live.probe.schemaExists(schema)).isFalse();
        }
    }

    @AllDatabasesTest
    void createAndDropSequence(TestDatabase db) throws SQLException {
        try (LiveDatabase live = new LiveDatabase(db)) {
            live.op.createSequence("invoice_number", 1000, 10);
            assertThat(live.probe.sequenceExists("invoice_number")).isTrue();
            String next = db.kind() == DatabaseKind.POSTGRESQL ? "SELECT nextval('invoice_number')"
                    : "SELECT NEXT VALUE FOR invoice_number";
            assertThat(((Number) live.query(next).get(0)).longValue()).isEqualTo(1000L);
            assertThat(((Number) live.query(next).get(0)).longValue()).isEqualTo(1010L);

            live.op.dropSequence("invoice_number");
            assertThat(live.probe.sequenceExists("invoice_number")).isFalse();
        }
    }

    @AllDatabasesTest
    void aTypeChangeConvertsTheValuesAlsoBetweenKindsOfValuesAndBack(TestDatabase db) throws SQLException {
        try (LiveDatabase live = new LiveDatabase(db)) {
            live.op.createTable("item", column("id", integer()).primaryKey(), column("code", string(10)),
                    column("flag", integer()));
            live.op.execute("INSERT INTO item (id, code, flag) VALUES (1, '12', 1), (2, '7', 0)");

            // MariaDB restates each column, so it is told all of it.
            live.op.alterColumn("item", "code", alter -> alter.type(bigint()).existingType(string(10))
                    .existingNullable(true).existingIdentity(false));
            live.op.alterColumn("item", "flag", alter -> alter.type(bool()).existingType(integer())
                    .existingNullable(true).existingIdentity(false));

            assertThat(live.query("SELECT code FROM item ORDER BY id")).extracting(v -> ((Number) v).longValue())
                    .containsExactly(12L, 7L);
            assertThat(live.query("SELECT flag FROM item ORDER BY id")).extracting(v -> v instanceof Number n
                    ? n.intValue() != 0 : (Boolean) v).containsExactly(true, false);

            live.op.alterColumn("item", "code", alter -> alter.type(string(10)).existingType(bigint())
                    .existingNullable(true).existingIdentity(false));
            live.op.alterColumn("item", "flag", alter -> alter.type(integer()).existingType(bool())
                    .existingNullable(true).existingIdentity(false));

            assertThat(live.query("SELECT code FROM item ORDER BY id")).containsExactly("12", "7");
            assertThat(live.query("SELECT flag FROM item ORDER BY id")).extracting(v -> ((Number) v).intValue())
                    .containsExactly(1, 0);
        }
    }

    @AllDatabasesTest
    void alterSequenceChangesTheIncrementAndKeepsCounting(TestDatabase db) throws SQLException {
        try (LiveDatabase live = new LiveDatabase(db)) {
            live.op.createSequence("invoice_number", 1000, 10);
            String next = db.kind() == DatabaseKind.POSTGRESQL ? "SELECT nextval('invoice_number')"
                    : "SELECT NEXT VALUE FOR invoice_number";
            long before = ((Number) live.query(next).get(0)).longValue();

            live.op.alterSequence("invoice_number", 50, 10);

            long first = ((Number) live.query(next).get(0)).longValue();
            long second = ((Number) live.query(next).get(0)).longValue();
            assertThat(first).as("no number handed out twice").isGreaterThan(before);
            assertThat(second - first).isEqualTo(50);
        }
    }

    @AllDatabasesTest
    void bulkInsertWritesRowsAndDefaultsMissingColumns(TestDatabase db) throws SQLException {
        try (LiveDatabase live = new LiveDatabase(db)) {
            createAuthorAndBook(live.op);
            Map<String, Object> withNull = new LinkedHashMap<>();
            withNull.put("name", "O'Brien \\ sons");
            live.op.bulkInsert("author", List.of(Map.of("name", "Le Guin"), withNull));
            live.op.bulkInsert("book", List.of(Map.of("title", "Earthsea", "isbn", "9780547773742")));

            assertThat(live.query("SELECT name FROM author ORDER BY name"))
                    .containsExactly("Le Guin", "O'Brien \\ sons");
            assertThat(live.query("SELECT status FROM book")).containsExactly("draft");
        }
    }

    @AllDatabasesTest
    void jdbcWorkRunsOnTheMigrationConnection(TestDatabase db) throws SQLException {
        try (LiveDatabase live = new LiveDatabase(db)) {
            createAuthorAndBook(live.op);
            live.op.jdbc(connection -> {
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO author (name) VALUES (?)")) {
                    for (String name : List.of("Austen", "Brontë")) {
                        insert.setString(1, name);
                        insert.executeUpdate();
                    }
                }
            });
            assertThat(live.query("SELECT name FROM author ORDER BY name")).containsExactly("Austen", "Brontë");
        }
    }

    @AllDatabasesTest
    void failingStatementReportsOperationAndSql(TestDatabase db) throws SQLException {
        try (LiveDatabase live = new LiveDatabase(db)) {
            assertThatThrownBy(() -> live.op.addColumn("no_such_table", column("x", integer())))
                    .isInstanceOfSatisfying(OperationFailedException.class, e -> {
                        assertThat(e.operation()).isInstanceOf(AddColumn.class);
                        assertThat(e.sql()).isEqualTo("ALTER TABLE no_such_table ADD COLUMN x INTEGER");
                        assertThat(e.getMessage())
                                .contains("add column no_such_table.x")
                                .contains("SQL: ALTER TABLE no_such_table ADD COLUMN x INTEGER");
                    });
        }
    }
}
