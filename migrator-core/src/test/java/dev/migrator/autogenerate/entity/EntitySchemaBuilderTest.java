package dev.migrator.autogenerate.entity;

import static dev.migrator.schema.Types.bigint;
import static dev.migrator.schema.Types.blob;
import static dev.migrator.schema.Types.bool;
import static dev.migrator.schema.Types.date;
import static dev.migrator.schema.Types.doublePrecision;
import static dev.migrator.schema.Types.enumOf;
import static dev.migrator.schema.Types.integer;
import static dev.migrator.schema.Types.numeric;
import static dev.migrator.schema.Types.raw;
import static dev.migrator.schema.Types.real;
import static dev.migrator.schema.Types.smallint;
import static dev.migrator.schema.Types.string;
import static dev.migrator.schema.Types.text;
import static dev.migrator.schema.Types.timestamp;
import static dev.migrator.schema.Types.timestampWithTimeZone;
import static dev.migrator.schema.Types.uuid;
import static org.assertj.core.api.Assertions.assertThat;

import dev.migrator.autogenerate.entity.model.Book;
import dev.migrator.dialect.Dialects;
import dev.migrator.schema.CheckConstraint;
import dev.migrator.schema.Column;
import dev.migrator.schema.Constraint;
import dev.migrator.schema.ForeignKey;
import dev.migrator.schema.Index;
import dev.migrator.schema.IndexKey;
import dev.migrator.schema.PrimaryKey;
import dev.migrator.schema.QualifiedName;
import dev.migrator.schema.ReferentialAction;
import dev.migrator.schema.Schema;
import dev.migrator.schema.Sequence;
import dev.migrator.schema.Table;
import dev.migrator.schema.UniqueConstraint;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the schema built from the library model holds, spot-checked precisely on each target database. */
class EntitySchemaBuilderTest {

    private static final String MODEL = Book.class.getPackageName();

    private static Schema build(String database) {
        return EntitySchemaBuilder.build(EntitySchemaSettings.springBootDefaults()
                .withPackages(MODEL)
                .withDialect(Dialects.forName(database)));
    }

    private static Table table(Schema schema, String name) {
        return schema.table(QualifiedName.of(name)).orElseThrow(() -> new AssertionError("no table " + name
                + " in " + schema.tables().stream().map(Table::name).toList()));
    }

    private static Column column(Table table, String name) {
        return table.column(name).orElseThrow(() -> new AssertionError("no column " + name + " in " + table.name()));
    }

    private static <T extends Constraint> List<T> constraints(Table table, Class<T> type) {
        return table.constraints().stream().filter(type::isInstance).map(type::cast).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql", "mariadb"})
    void everyEntityTableJoinTableAndCollectionTableIsThereButNoTableForAnAbstractTablePerClassRoot(String database) {
        assertThat(build(database).tables()).map(table -> table.name().name()).containsExactlyInAnyOrder(
                "author", "book", "book_author", "book_tags", "customer_order", "ebook", "email_notification",
                "library_member", "loan", "member_phone", "order_line", "payment", "printed_copy", "product",
                "publisher", "review", "sms_notification", "tag");
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql", "mariadb"})
    void sequencesAreTheDeclaredGeneratorsAndHibernatesDefaultSequencePerEntity(String database) {
        assertThat(build(database).sequences()).containsExactlyInAnyOrder(
                new Sequence(QualifiedName.of("author_id_seq"), 100, 10),
                new Sequence(QualifiedName.of("book_seq"), 1, 50),
                new Sequence(QualifiedName.of("notification_seq"), 1, 1),
                new Sequence(QualifiedName.of("product_seq"), 1, 50));
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql", "mariadb"})
    void bookColumnsAreSnakeCasedWithTheirTypesAndNullability(String database) {
        Table book = table(build(database), "book");

        assertThat(column(book, "id")).isEqualTo(new Column("id", bigint(), false, null, false, null));
        assertThat(column(book, "title")).isEqualTo(new Column("title", string(200), false, null, false, null));
        assertThat(column(book, "isbn").type()).as("converted to a string").isEqualTo(string(17));
        assertThat(column(book, "list_price").type()).isEqualTo(numeric(10, 2));
        assertThat(column(book, "created_at")).as("from the mapped superclass")
                .isEqualTo(new Column("created_at", timestamp(), false, null, false, null));
        assertThat(column(book, "updated_at").nullable()).isTrue();
        assertThat(column(book, "edition_number").type()).as("embedded").isEqualTo(integer());
        assertThat(column(book, "published_on").type()).as("embedded").isEqualTo(date());
        assertThat(column(book, "publisher_id")).isEqualTo(new Column("publisher_id", bigint(), true, null, false, null));
    }

    @Test
    void typesFollowTheTargetDatabase() {
        Table h2 = table(build("h2"), "book");
        Table postgres = table(build("postgresql"), "book");
        Table mariadb = table(build("mariadb"), "book");

        // @Enumerated(STRING): a native enum on H2 and MariaDB, a varchar with a check on PostgreSQL.
        assertThat(column(h2, "genre").type()).isEqualTo(enumOf("FICTION", "NON_FICTION", "POETRY", "REFERENCE"));
        assertThat(column(mariadb, "genre").type()).isEqualTo(enumOf("FICTION", "NON_FICTION", "POETRY", "REFERENCE"));
        assertThat(column(postgres, "genre").type()).isEqualTo(string(20));
        // @Enumerated(ORDINAL): the narrowest integer each database has.
        assertThat(column(h2, "format").type()).isEqualTo(raw("tinyint"));
        assertThat(column(postgres, "format").type()).isEqualTo(smallint());
        // @Lob String: H2's CLOB (not the portable text(), an unbounded varchar on H2), PostgreSQL's
        // large-object oid, MariaDB's longtext.
        assertThat(column(h2, "summary").type()).isEqualTo(raw("clob"));
        assertThat(column(postgres, "summary").type()).isEqualTo(raw("oid"));
        assertThat(column(mariadb, "summary").type()).isEqualTo(text());
    }

    @Test
    void numbersBinariesAndTimesOnPostgres() {
        Schema schema = build("postgresql");
        Table product = table(schema, "product");
        assertThat(column(product, "weight_kg").type()).isEqualTo(doublePrecision());
        assertThat(column(product, "rating").type()).isEqualTo(real());
        Table ebook = table(schema, "ebook");
        assertThat(column(ebook, "checksum").type()).isEqualTo(blob());
        assertThat(column(ebook, "cover_image").type()).isEqualTo(raw("oid"));
        assertThat(column(table(schema, "printed_copy"), "pages").type()).isEqualTo(smallint());
        assertThat(column(table(schema, "customer_order"), "placed_at").type()).isEqualTo(timestampWithTimeZone());
        assertThat(column(table(schema, "library_member"), "last_seen_at").type()).isEqualTo(timestampWithTimeZone());
    }

    @Test
    void uuidKeysAreBinaryOnOldMariaDbAndNativeFrom10Point7() {
        Schema oldest = build("mariadb");
        Schema current = EntitySchemaBuilder.build(EntitySchemaSettings.springBootDefaults().withPackages(MODEL)
                .withDialect(Dialects.forName("mariadb")).withDatabaseVersion(10, 11));

        assertThat(column(table(oldest, "library_member"), "id").type()).isEqualTo(raw("binary(16)"));
        assertThat(column(table(current, "library_member"), "id").type()).isEqualTo(uuid());
        assertThat(column(table(current, "loan"), "member_id").type()).isEqualTo(uuid());
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql", "mariadb"})
    void identityKeysAreIdentityColumnsAndSequenceKeysAreNot(String database) {
        Schema schema = build(database);
        assertThat(column(table(schema, "publisher"), "id").identity()).isTrue();
        assertThat(column(table(schema, "tag"), "id")).isEqualTo(new Column("id", integer(), false, null, true, null));
        assertThat(column(table(schema, "book"), "id").identity()).isFalse();
        assertThat(column(table(schema, "library_member"), "id").identity()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql", "mariadb"})
    void primaryKeysIncludingJoinTablesCollectionTablesAndJoinedSubclasses(String database) {
        Schema schema = build(database);
        assertThat(table(schema, "book").primaryKey()).contains(new PrimaryKey(null, List.of("id")));
        assertThat(table(schema, "book_author").primaryKey()).as("ordered as Hibernate's create orders them")
                .contains(new PrimaryKey(null, List.of("author_id", "book_id")));
        assertThat(table(schema, "member_phone").primaryKey())
                .contains(new PrimaryKey(null, List.of("member_id", "phone_number")));
        assertThat(table(schema, "ebook").primaryKey()).contains(new PrimaryKey(null, List.of("id")));
    }

    @Test
    void foreignKeysHaveHibernatesGeneratedNamesTargetsAndDeleteActions() {
        Schema postgres = build("postgresql");
        Schema mariadb = build("mariadb");

        assertThat(constraints(table(postgres, "loan"), ForeignKey.class)).containsExactlyInAnyOrder(
                new ForeignKey("fk88c0ydlo57pcgp137tntrgqx1", List.of("book_id"), QualifiedName.of("book"),
                        List.of("id"), null, null),
                new ForeignKey("fk1edlx7kt1ltt6b994cceju6wl", List.of("member_id"), QualifiedName.of("library_member"),
                        List.of("id"), ReferentialAction.CASCADE, null));
        // MariaDB keeps the name as Hibernate writes it; PostgreSQL folds it to lower case.
        assertThat(constraints(table(mariadb, "loan"), ForeignKey.class)).extracting(ForeignKey::name)
                .containsExactlyInAnyOrder("FK88c0ydlo57pcgp137tntrgqx1", "FK1edlx7kt1ltt6b994cceju6wl");
        assertThat(constraints(table(postgres, "ebook"), ForeignKey.class)).as("joined subclass to its root")
                .singleElement().satisfies(fk -> {
                    assertThat(fk.columns()).containsExactly("id");
                    assertThat(fk.referencedTable()).isEqualTo(QualifiedName.of("product"));
                });
        assertThat(constraints(table(postgres, "email_notification"), ForeignKey.class)).as("table per class")
                .extracting(ForeignKey::referencedTable).containsExactly(QualifiedName.of("library_member"));
    }

    @Test
    void uniqueKeysAreNamedAsEachDatabaseGetsThem() {
        Schema postgres = build("postgresql");
        Schema mariadb = build("mariadb");

        assertThat(constraints(table(postgres, "book"), UniqueConstraint.class))
                .containsExactly(new UniqueConstraint("uk_book_isbn", List.of("isbn")));
        // @Column(unique = true): an unnamed inline unique on PostgreSQL, a named ALTER TABLE on MariaDB.
        assertThat(constraints(table(postgres, "publisher"), UniqueConstraint.class))
                .containsExactly(new UniqueConstraint(null, List.of("name")));
        assertThat(constraints(table(mariadb, "publisher"), UniqueConstraint.class))
                .containsExactly(new UniqueConstraint("UKh9trv4xhmh6s68vbw9ba6to70", List.of("name")));
    }

    @Test
    void indexesFromTableAnnotations() {
        Schema schema = build("postgresql");
        assertThat(table(schema, "book").indexes()).containsExactly(Index.on("ix_book_title", "title"));
        assertThat(table(schema, "author").indexes()).containsExactly(new Index("ix_author_name",
                List.of(IndexKey.column("last_name"), IndexKey.column("first_name")), false, null));
    }

    @Test
    void checksFromCheckAnnotationsEnumsDiscriminatorsAndBeanValidation() {
        Schema postgres = build("postgresql");
        assertThat(constraints(table(postgres, "review"), CheckConstraint.class))
                .containsExactly(new CheckConstraint("ck_review_rating", "rating between 1 and 5"));
        assertThat(constraints(table(postgres, "book"), CheckConstraint.class)).containsExactlyInAnyOrder(
                new CheckConstraint(null, "format between 0 and 2"),
                new CheckConstraint(null, "genre in ('FICTION','NON_FICTION','POETRY','REFERENCE')"));
        assertThat(constraints(table(postgres, "payment"), CheckConstraint.class))
                .containsExactly(new CheckConstraint(null, "payment_type in ('CARD','CASH')"));
        assertThat(constraints(table(postgres, "order_line"), CheckConstraint.class)).as("@Min(1)")
                .containsExactly(new CheckConstraint(null, "quantity>=1"));
        // On H2 and MariaDB the string enum is a native enum type, so there is no check for it.
        assertThat(constraints(table(build("mariadb"), "book"), CheckConstraint.class))
                .containsExactly(new CheckConstraint(null, "format between 0 and 2"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql", "mariadb"})
    void beanValidationShapesColumnsAsAtApplicationStart(String database) {
        Schema schema = build(database);
        Table author = table(schema, "author");
        assertThat(column(author, "first_name")).as("@NotNull @Size(max = 80)")
                .isEqualTo(new Column("first_name", string(80), false, null, false, null));
        assertThat(column(table(schema, "library_member"), "email")).as("@NotBlank @Size(max = 120)")
                .isEqualTo(new Column("email", string(120), false, null, false, null));
        assertThat(column(table(schema, "payment"), "card_last_digits").nullable())
                .as("@NotNull in a single-table subclass leaves the shared column nullable").isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql", "mariadb"})
    void singleTableInheritanceHasTheDiscriminatorAndEverySubclassColumn(String database) {
        Table payment = table(build(database), "payment");
        assertThat(payment.columns()).map(Column::name).containsExactlyInAnyOrder(
                "payment_type", "id", "amount", "card_last_digits", "tendered", "order_id");
        assertThat(column(payment, "payment_type")).isEqualTo(new Column("payment_type", string(10), false, null,
                false, null));
        assertThat(column(payment, "tendered").nullable()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql", "mariadb"})
    void tablePerClassCopiesTheRootColumnsIntoEachTable(String database) {
        Table sms = table(build(database), "sms_notification");
        assertThat(sms.columns()).map(Column::name).containsExactlyInAnyOrder(
                "id", "sent_at", "recipient_id", "phone_number", "text");
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql", "mariadb"})
    void commentsDefaultsAndVersions(String database) {
        Schema schema = build(database);
        Table publisher = table(schema, "publisher");
        assertThat(publisher.comment()).isEqualTo("Publishing houses whose books the library holds");
        assertThat(column(publisher, "country_code").comment()).isEqualTo("Two-letter ISO country code");
        Table member = table(schema, "library_member");
        assertThat(column(member, "active")).isEqualTo(new Column("active", bool(), false, "true", false, null));
        assertThat(column(member, "version")).isEqualTo(new Column("version", bigint(), false, null, false, null));
        assertThat(column(table(schema, "customer_order"), "status").serverDefault()).isEqualTo("'NEW'");
    }

    @Test
    void columnDefinitionIsTakenAsDeclared() {
        assertThat(column(table(build("postgresql"), "review"), "body").type()).isEqualTo(string(2000));
    }

    @Test
    void hibernatesDefaultSchemaQualifiesEveryTableAndSequence() {
        Schema schema = EntitySchemaBuilder.build(EntitySchemaSettings.springBootDefaults().withPackages(MODEL)
                .withDialect(Dialects.forName("postgresql")).withSetting("hibernate.default_schema", "library"));

        assertThat(schema.tables()).allSatisfy(table -> assertThat(table.name().schema()).isEqualTo("library"));
        assertThat(schema.sequences()).allSatisfy(seq -> assertThat(seq.name().schema()).isEqualTo("library"));
        Table loan = schema.table(new QualifiedName("library", "loan")).orElseThrow();
        assertThat(constraints(loan, ForeignKey.class))
                .allSatisfy(fk -> assertThat(fk.referencedTable().schema()).isEqualTo("library"));
    }
}
