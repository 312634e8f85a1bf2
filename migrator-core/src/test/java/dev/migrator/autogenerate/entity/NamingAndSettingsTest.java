package dev.migrator.autogenerate.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrator.autogenerate.entity.model.Author;
import dev.migrator.autogenerate.entity.model.Book;
import dev.migrator.autogenerate.entity.model.IsbnConverter;
import dev.migrator.autogenerate.entity.model.Publisher;
import dev.migrator.autogenerate.entity.model.Tag;
import dev.migrator.dialect.Dialects;
import dev.migrator.schema.Column;
import dev.migrator.schema.QualifiedName;
import dev.migrator.schema.Schema;
import dev.migrator.schema.Table;
import dev.migrator.schema.Types;
import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl;
import org.hibernate.engine.jdbc.env.spi.JdbcEnvironment;
import org.junit.jupiter.api.Test;

/** Spring Boot's naming defaults, settings that override them, and the errors a user can act on. */
class NamingAndSettingsTest {

    private static final String MODEL = Book.class.getPackageName();

    /** A physical naming strategy an application might configure: snake case plus a table prefix. */
    public static class PrefixedTables extends PhysicalNamingStrategySnakeCaseImpl {
        @Override
        public Identifier toPhysicalTableName(Identifier logicalName, JdbcEnvironment environment) {
            Identifier snake = super.toPhysicalTableName(logicalName, environment);
            return Identifier.toIdentifier("lib_" + snake.getText(), snake.isQuoted());
        }
    }

    private static Table table(Schema schema, String name) {
        return schema.table(QualifiedName.of(name)).orElseThrow(() -> new AssertionError("no table " + name
                + " in " + schema.tables().stream().map(Table::name).toList()));
    }

    @Test
    void springBootDefaultsTurnCamelCaseIntoSnakeCase() {
        Schema schema = EntitySchemaBuilder.build(EntitySchemaSettings.springBootDefaults()
                .withEntityClasses(Author.class).withDialect(Dialects.forName("postgresql")));

        assertThat(table(schema, "author").columns()).map(Column::name)
                .contains("created_at", "updated_at", "first_name", "last_name", "born_on")
                .doesNotContain("createdAt", "createdat");
    }

    @Test
    void springBootDefaultsNameJoinTablesAfterTheOwningTableAndAttribute() {
        Schema spring = EntitySchemaBuilder.build(EntitySchemaSettings.springBootDefaults()
                .withEntityClasses(Book.class, Tag.class, Publisher.class, Author.class, IsbnConverter.class)
                .withDialect(Dialects.forName("h2")));
        Schema jpa = EntitySchemaBuilder.build(EntitySchemaSettings.springBootDefaults()
                .withSetting("hibernate.implicit_naming_strategy", "jpa")
                .withEntityClasses(Book.class, Tag.class, Publisher.class, Author.class, IsbnConverter.class)
                .withDialect(Dialects.forName("h2")));

        assertThat(spring.table(QualifiedName.of("book_tags"))).isPresent();
        assertThat(jpa.table(QualifiedName.of("book_tag"))).as("JPA's default: both entity names").isPresent();
    }

    @Test
    void springBootDefaultsUseHibernatesSnakeCaseStrategyAndSpringsImplicitStrategy() {
        assertThat(EntitySchemaSettings.springBootDefaults().hibernateSettings())
                .containsEntry("hibernate.physical_naming_strategy",
                        "org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl")
                .containsEntry("hibernate.implicit_naming_strategy",
                        SpringBootImplicitNamingStrategy.class.getName());
    }

    @Test
    void aConfiguredPhysicalNamingStrategyIsHonoured() {
        Schema schema = EntitySchemaBuilder.build(EntitySchemaSettings.springBootDefaults()
                .withSetting("hibernate.physical_naming_strategy", PrefixedTables.class.getName())
                .withEntityClasses(Author.class).withDialect(Dialects.forName("postgresql")));

        assertThat(schema.tables()).map(t -> t.name().name()).containsExactly("lib_author");
        assertThat(table(schema, "lib_author").column("first_name")).isPresent();
    }

    @Test
    void hibernatesOwnDefaultsKeepNamesAsWrittenAndTheDatabaseFoldsThem() {
        Schema postgres = EntitySchemaBuilder.build(EntitySchemaSettings.hibernateDefaults()
                .withEntityClasses(Author.class).withDialect(Dialects.forName("postgresql")));
        Schema mariadb = EntitySchemaBuilder.build(EntitySchemaSettings.hibernateDefaults()
                .withEntityClasses(Author.class).withDialect(Dialects.forName("mariadb")));

        // PostgreSQL folds the unquoted Author.firstName to lower case; MariaDB keeps it as written.
        assertThat(table(postgres, "author").column("firstname")).isPresent();
        assertThat(mariadb.table(QualifiedName.of("Author")).orElseThrow().column("firstName")).isPresent();
    }

    @Test
    void withoutAValidatorBeanValidationConstraintsLeaveTheSchemaAlone() {
        Schema schema = EntitySchemaBuilder.build(EntitySchemaSettings.springBootDefaults()
                .withSetting("jakarta.persistence.validation.mode", "none")
                .withEntityClasses(Author.class).withDialect(Dialects.forName("postgresql")));

        assertThat(table(schema, "author").column("first_name")).contains(
                new Column("first_name", Types.string(255), true, null, false, null));
    }

    @Test
    void aSchemaWithoutADatabaseIsRefusedWithWhatToSet() {
        assertThatThrownBy(() -> EntitySchemaBuilder.build(EntitySchemaSettings.springBootDefaults()
                .withEntityClasses(Author.class)))
                .isInstanceOf(EntitySchemaException.class)
                .hasMessageContaining("withDialect(Dialects.forName(");
    }

    @Test
    void noEntitiesIsRefusedWithWhatToSet() {
        assertThatThrownBy(() -> EntitySchemaBuilder.build(EntitySchemaSettings.springBootDefaults()
                .withDialect(Dialects.forName("h2"))))
                .isInstanceOf(EntitySchemaException.class)
                .hasMessageContaining("withPackages(...)");
    }

    @Test
    void aMissingPackageIsNamedInTheError() {
        assertThatThrownBy(() -> EntitySchemaBuilder.build(EntitySchemaSettings.springBootDefaults()
                .withPackages("com.example.nowhere").withDialect(Dialects.forName("h2"))))
                .isInstanceOf(EntitySchemaException.class)
                .hasMessageContaining("'com.example.nowhere' is not on the class path");
    }

    @Test
    void scanningFindsEntitiesEmbeddablesMappedSuperclassesAndConvertersOnly() {
        assertThat(new EntityClassScanner(getClass().getClassLoader()).mappedClasses(MODEL))
                .map(Class::getSimpleName)
                .contains("Book", "Edition", "Auditable", "IsbnConverter", "Payment", "CardPayment")
                .doesNotContain("Genre", "Isbn", "package-info")
                .hasSize(21);
    }
}
