package dev.migrator.autoconfigure;

import static dev.migrator.autoconfigure.TestDatabaseChecks.find;
import static dev.migrator.autoconfigure.TestDatabaseChecks.hasTable;
import static org.assertj.core.api.Assertions.assertThat;

import dev.migrator.autoconfigure.testapp.LibraryTestApplication;
import dev.migrator.autogenerate.SchemaDiff;
import dev.migrator.command.Migrator;
import dev.migrator.command.MigratorConfiguration;
import dev.migrator.operations.ExecuteSql;
import dev.migrator.revision.MigrationPlan;
import dev.migrator.runtime.MigrationListener;
import dev.migrator.runtime.TransactionMode;
import dev.migrator.schema.QualifiedName;
import dev.migrator.script.ScriptLocationNotFoundException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.boot.jdbc.SchemaManagement;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

class MigratorAutoConfigurationTests {

    private static final String BOOKS = LibraryTestApplication.MIGRATIONS;
    private static final String REPORTING = "dev.migrator.autoconfigure.fixtures.reporting";
    private static final String HEAD = "2b3c4d5e6f7a";

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, MigratorAutoConfiguration.class))
            .withPropertyValues("spring.migrator.migration-package=" + BOOKS);

    // --- conditions and back-off ---

    @Test
    void backsOffWithoutADataSource() {
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(MigratorAutoConfiguration.class))
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(Migrator.class)
                        .doesNotHaveBean(MigratorInitializer.class).doesNotHaveBean(MigratorProperties.class));
    }

    @Test
    void backsOffWhenDisabled() {
        runner.withPropertyValues("spring.migrator.enabled=false")
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(Migrator.class)
                        .doesNotHaveBean(MigratorInstances.class).doesNotHaveBean(MigratorInitializer.class));
    }

    @Test
    void upgradesTheApplicationDataSourceToHeadAtStartup() {
        runner.run(context -> {
            assertThat(context).hasSingleBean(Migrator.class).hasSingleBean(MigratorInstances.class)
                    .hasSingleBean(MigrationRunner.class).hasSingleBean(MigratorInitializer.class)
                    .hasSingleBean(MigratorSchemaManagementProvider.class)
                    .hasSingleBean(PropertiesMigratorConnectionDetails.class);
            DataSource dataSource = context.getBean(DataSource.class);
            assertThat(context.getBean(Migrator.class).configuration().dataSource()).isSameAs(dataSource);
            assertThat(context.getBean(MigrationRunner.class).current()).containsExactly(HEAD);
            assertThat(hasTable(dataSource, "book")).isTrue();
        });
    }

    @Test
    void runsWithOnlyAMigratorUrl() {
        String url = "jdbc:h2:mem:" + java.util.UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(MigratorAutoConfiguration.class))
                .withPropertyValues("spring.migrator.migration-package=" + BOOKS, "spring.migrator.url=" + url,
                        "spring.migrator.user=sa")
                .run(context -> {
                    assertThat(context).hasSingleBean(Migrator.class);
                    DataSource used = context.getBean(Migrator.class).configuration().dataSource();
                    assertThat(used).isInstanceOf(SimpleDriverDataSource.class);
                    assertThat(hasTable(used, "book")).isTrue();
                });
    }

    @Test
    void userBeansReplaceEveryBean() {
        runner.withUserConfiguration(UserBeans.class).run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(Migrator.class)).isSameAs(context.getBean(UserBeans.class).migrator);
            assertThat(context.getBean(MigrationRunner.class)).isInstanceOf(UserBeans.OwnRunner.class);
            assertThat(context.getBean(MigratorInitializer.class)).isInstanceOf(UserBeans.OwnInitializer.class);
            assertThat(context.getBean(MigratorConnectionDetails.class)).isInstanceOf(UserBeans.OwnDetails.class);
            // The user's initializer migrates nothing: the default instance built on the user's Migrator stays at base.
            assertThat(context.getBean(MigratorInstances.class).defaultInstance().migrator())
                    .isSameAs(context.getBean(Migrator.class));
            assertThat(hasTable(context.getBean(DataSource.class), "book")).isFalse();
        });
    }

    @Test
    void userMigratorInstancesReplaceOurs() {
        runner.withUserConfiguration(OwnInstances.class).run(context -> {
            assertThat(context.getBean(MigratorInstances.class)).isSameAs(OwnInstances.INSTANCES.get(0));
            assertThat(context.getBean(MigrationRunner.class).instanceName()).isEqualTo("default");
        });
    }

    // --- properties ---

    @Test
    void bindsEveryProperty() {
        runner.withPropertyValues("spring.migrator.fail-on-missing-location=false",
                "spring.migrator.source-directory=src/main/kotlin", "spring.migrator.target=1a2b3c4d5e6f",
                "spring.migrator.version-table=app_version", "spring.migrator.version-table-schema=PUBLIC",
                "spring.migrator.history-table=app_history", "spring.migrator.transaction-mode=all",
                "spring.migrator.lock-timeout=15s", "spring.migrator.dialect=h2",
                "spring.migrator.on-schema-mismatch=fail", "spring.migrator.entity-packages=com.example.model",
                "spring.migrator.autogenerate.include=book*,author", "spring.migrator.autogenerate.exclude=tmp_*",
                "spring.migrator.autogenerate.compare-type=false",
                "spring.migrator.autogenerate.compare-server-default=true",
                "spring.migrator.endpoint.write-operations-enabled=true").run(context -> {
                    assertThat(context).hasNotFailed();
                    MigratorProperties properties = context.getBean(MigratorProperties.class);
                    assertThat(properties.isFailOnMissingLocation()).isFalse();
                    assertThat(properties.getAutogenerate().getInclude()).containsExactly("book*", "author");
                    assertThat(properties.getAutogenerate().getExclude()).containsExactly("tmp_*");
                    assertThat(properties.getAutogenerate().isCompareType()).isFalse();
                    assertThat(properties.getAutogenerate().isCompareServerDefault()).isTrue();
                    assertThat(properties.getEndpoint().isWriteOperationsEnabled()).isTrue();
                    assertThat(properties.getOnSchemaMismatch()).isEqualTo(SchemaMismatchAction.FAIL);
                    MigratorInstance instance = context.getBean(MigratorInstances.class).defaultInstance();
                    assertThat(instance.target()).isEqualTo("1a2b3c4d5e6f");
                    assertThat(instance.entityPackages()).containsExactly("com.example.model");
                    MigratorConfiguration configuration = instance.migrator().configuration();
                    assertThat(configuration.requireLocation()).isFalse();
                    assertThat(configuration.sourceDirectory()).isEqualTo(Path.of("src/main/kotlin"));
                    assertThat(configuration.dialect().name()).isEqualTo("h2");
                    assertThat(configuration.settings().versionTable())
                            .isEqualTo(new QualifiedName("PUBLIC", "app_version"));
                    assertThat(configuration.settings().historyTable())
                            .isEqualTo(new QualifiedName("PUBLIC", "app_history"));
                    assertThat(configuration.settings().transactionMode()).isEqualTo(TransactionMode.ALL);
                    assertThat(configuration.settings().lockTimeout()).isEqualTo(Duration.ofSeconds(15));
                    // target was the first revision only
                    assertThat(context.getBean(MigrationRunner.class).current()).containsExactly("1a2b3c4d5e6f");
                });
    }

    @Test
    void defaultsMatchTheDocumentation() {
        runner.run(context -> {
            MigratorProperties defaults = new MigratorProperties();
            assertThat(defaults.getMigrationPackage()).isEqualTo("db.migrations");
            assertThat(defaults.getTarget()).isEqualTo("head");
            assertThat(defaults.getLockTimeout()).isEqualTo(Duration.ofMinutes(1));
            assertThat(defaults.getOnSchemaMismatch()).isEqualTo(SchemaMismatchAction.IGNORE);
            MigratorConfiguration configuration = context.getBean(Migrator.class).configuration();
            assertThat(configuration.settings().versionTable()).isEqualTo(QualifiedName.of("migrator_version"));
            assertThat(configuration.settings().historyTable()).isEqualTo(QualifiedName.of("migrator_history"));
            assertThat(configuration.settings().transactionMode()).isEqualTo(TransactionMode.PER_MIGRATION);
            assertThat(configuration.requireLocation()).isTrue();
            assertThat(configuration.dialect()).isNull();
        });
    }

    @Test
    void aBlankMigrationPackageFailsNamingTheProperty() {
        runner.withPropertyValues("spring.migrator.migration-package= ")
                .run(context -> assertBindFailure(context, "spring.migrator.migration-package", "must not be blank"));
    }

    @Test
    void aPathAsMigrationPackageFailsNamingTheProperty() {
        runner.withPropertyValues("spring.migrator.migration-package=db/migrations")
                .run(context -> assertBindFailure(context, "spring.migrator.migration-package",
                        "is not a Java package name"));
    }

    @Test
    void aNegativeLockTimeoutFailsNamingTheProperty() {
        runner.withPropertyValues("spring.migrator.lock-timeout=-5s")
                .run(context -> assertBindFailure(context, "spring.migrator.lock-timeout", "zero or positive"));
    }

    @Test
    void anUnknownTransactionModeFailsNamingTheProperty() {
        runner.withPropertyValues("spring.migrator.transaction-mode=sometimes")
                .run(context -> assertBindFailure(context, "spring.migrator.transaction-mode", "sometimes"));
    }

    @Test
    void anUnknownSchemaMismatchActionFailsNamingTheProperty() {
        runner.withPropertyValues("spring.migrator.on-schema-mismatch=shrug")
                .run(context -> assertBindFailure(context, "spring.migrator.on-schema-mismatch", "shrug"));
    }

    @Test
    void anInstancesNegativeLockTimeoutFailsNamingTheProperty() {
        runner.withPropertyValues("spring.migrator.instances.reporting.url=" + freshH2Url(),
                "spring.migrator.instances.reporting.lock-timeout=-1s")
                .run(context -> assertBindFailure(context, "spring.migrator.instances.reporting.lock-timeout",
                        "zero or positive"));
    }

    @Test
    void anUnknownDialectFailsNamingTheProperty() {
        runner.withPropertyValues("spring.migrator.dialect=oracle7")
                .run(context -> assertBindFailure(context, "spring.migrator.dialect", "Known dialects"));
    }

    @Test
    void theSameVersionAndHistoryTableFailsNamingTheProperty() {
        runner.withPropertyValues("spring.migrator.history-table=migrator_version")
                .run(context -> assertBindFailure(context, "spring.migrator.history-table", "different names"));
    }

    @Test
    void aMissingMigrationPackageFailsUnlessAllowed() {
        runner.withPropertyValues("spring.migrator.migration-package=com.example.nothing.here").run(context -> {
            assertThat(find(context.getStartupFailure(), ScriptLocationNotFoundException.class)).isNotNull();
            assertThat(find(context.getStartupFailure(), MigratorStartupException.class).instanceName())
                    .isEqualTo("default");
        });
        runner.withPropertyValues("spring.migrator.migration-package=com.example.nothing.here",
                "spring.migrator.fail-on-missing-location=false").run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context.getBean(MigrationRunner.class).current()).isEmpty();
                });
    }

    // --- which database ---

    @Test
    void migratorDataSourceIsMigratedInsteadOfThePrimaryOne() {
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(MigratorAutoConfiguration.class))
                .withPropertyValues("spring.migrator.migration-package=" + BOOKS)
                .withUserConfiguration(TwoDataSources.class).run(context -> {
                    DataSource migrated = context.getBean(Migrator.class).configuration().dataSource();
                    assertThat(migrated).isSameAs(context.getBean("migratorDataSource"));
                    assertThat(hasTable(migrated, "book")).isTrue();
                    assertThat(hasTable(context.getBean("applicationDataSource", DataSource.class), "book")).isFalse();
                });
    }

    @Test
    void migratorUrlWinsOverTheApplicationDataSource() {
        String url = "jdbc:h2:mem:" + java.util.UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        runner.withPropertyValues("spring.migrator.url=" + url, "spring.migrator.user=sa").run(context -> {
            DataSource migrated = context.getBean(Migrator.class).configuration().dataSource();
            assertThat(migrated).isNotSameAs(context.getBean(DataSource.class));
            assertThat(hasTable(migrated, "book")).isTrue();
            assertThat(hasTable(context.getBean(DataSource.class), "book")).isFalse();
            assertThat(context.getBean(MigratorSchemaManagementProvider.class)
                    .getSchemaManagement(context.getBean(DataSource.class))).isEqualTo(SchemaManagement.UNMANAGED);
        });
    }

    @Test
    void aMigratorUserAloneMigratesTheApplicationDatabaseAsThatUser() {
        runner.withPropertyValues("spring.migrator.user=sa", "spring.migrator.password=").run(context -> {
            DataSource migrated = context.getBean(Migrator.class).configuration().dataSource();
            assertThat(migrated).isInstanceOf(SimpleDriverDataSource.class);
            assertThat(((SimpleDriverDataSource) migrated).getUsername()).isEqualTo("sa");
            assertThat(hasTable(context.getBean(DataSource.class), "book")).isTrue();
        });
    }

    @Test
    void aConnectionDetailsBeanIsUsed() {
        runner.withUserConfiguration(OwnConnectionDetails.class).run(context -> {
            assertThat(context).doesNotHaveBean(PropertiesMigratorConnectionDetails.class);
            DataSource migrated = context.getBean(Migrator.class).configuration().dataSource();
            assertThat(((SimpleDriverDataSource) migrated).getUrl()).isEqualTo(OwnConnectionDetails.URL);
            assertThat(hasTable(migrated, "book")).isTrue();
            assertThat(hasTable(context.getBean(DataSource.class), "book")).isFalse();
        });
    }

    @Test
    void theSchemaManagementProviderReportsTheMigratedDataSourceAsManaged() {
        runner.run(context -> {
            MigratorSchemaManagementProvider provider = context.getBean(MigratorSchemaManagementProvider.class);
            assertThat(provider.getSchemaManagement(context.getBean(DataSource.class)))
                    .isEqualTo(SchemaManagement.MANAGED);
            assertThat(provider.getSchemaManagement(h2())).isEqualTo(SchemaManagement.UNMANAGED);
        });
    }

    // --- hooks ---

    @Test
    void customizersSeeEveryInstanceAndListenersHearTheRuns() {
        runner.withUserConfiguration(Hooks.class)
                .withPropertyValues("spring.migrator.instances.reporting.url=" + freshH2Url(),
                        "spring.migrator.instances.reporting.migration-package=" + REPORTING)
                .run(context -> {
                    Hooks hooks = context.getBean(Hooks.class);
                    assertThat(hooks.customized).containsExactly("default", "reporting");
                    assertThat(hooks.plans).hasSize(2);
                });
    }

    @Test
    void theStrategyReplacesTheUpgrade() {
        runner.withUserConfiguration(PendingOnlyStrategy.class).run(context -> {
            PendingOnlyStrategy strategy = context.getBean(PendingOnlyStrategy.class);
            assertThat(strategy.pending).singleElement().satisfies(plan -> assertThat(plan.steps()).hasSize(2));
            assertThat(context.getBean(MigrationRunner.class).current()).isEmpty();
        });
    }

    @Test
    void theSchemaCheckFollowsOnSchemaMismatchAndSkipsInstancesWithoutEntities() {
        runner.withUserConfiguration(MismatchedSchema.class).run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(MismatchedSchema.class).calls).as("not compared by default").hasValue(0);
        });
        runner.withUserConfiguration(MismatchedSchema.class)
                .withPropertyValues("spring.migrator.on-schema-mismatch=warn").run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context.getBean(MismatchedSchema.class).calls).hasValue(1);
                });
        runner.withUserConfiguration(MismatchedSchema.class)
                .withPropertyValues("spring.migrator.on-schema-mismatch=ignore").run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context.getBean(MismatchedSchema.class).calls).hasValue(0);
                });
        runner.withUserConfiguration(MismatchedSchema.class)
                .withPropertyValues("spring.migrator.on-schema-mismatch=fail").run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(new MigratorFailureAnalyzer().analyze(context.getStartupFailure()).getDescription())
                            .contains("does not match the expected schema", "DROP TABLE legacy");
                });
        runner.withPropertyValues("spring.migrator.on-schema-mismatch=fail")
                .run(context -> assertThat(context).hasNotFailed());
    }

    // --- several instances ---

    @Test
    void everyInstanceGetsItsOwnMigratorAndDatabase() {
        runner.withUserConfiguration(ReportingDataSource.class)
                .withPropertyValues("spring.migrator.instances.reporting.data-source=reportingDataSource",
                        "spring.migrator.instances.reporting.migration-package=" + REPORTING,
                        "spring.migrator.instances.reporting.version-table=reporting_version",
                        "spring.migrator.instances.archive.url=" + freshH2Url(),
                        "spring.migrator.instances.archive.user=sa",
                        "spring.migrator.instances.archive.migration-package=" + REPORTING,
                        "spring.migrator.instances.archive.lock-timeout=5s")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    MigratorInstances instances = context.getBean(MigratorInstances.class);
                    assertThat(instances.names()).containsExactly("default", "reporting", "archive");
                    MigratorInstance reporting = instances.get("reporting");
                    MigratorInstance archive = instances.get("archive");
                    assertThat(reporting.migrator()).isNotSameAs(archive.migrator())
                            .isNotSameAs(instances.defaultInstance().migrator());
                    assertThat(reporting.migrator().configuration().dataSource())
                            .isSameAs(context.getBean("reportingDataSource"));
                    assertThat(reporting.migrator().configuration().settings().versionTable().name())
                            .isEqualTo("reporting_version");
                    assertThat(archive.migrator().configuration().settings().lockTimeout())
                            .isEqualTo(Duration.ofSeconds(5));
                    // unset instance properties fall back to the top-level ones
                    assertThat(archive.migrator().configuration().settings().versionTable().name())
                            .isEqualTo("migrator_version");
                    assertThat(hasTable(reporting.migrator().configuration().dataSource(), "report")).isTrue();
                    assertThat(hasTable(archive.migrator().configuration().dataSource(), "report")).isTrue();
                    assertThat(hasTable(context.getBean("dataSource", DataSource.class), "report")).isFalse();
                    MigrationRunner runner = context.getBean(MigrationRunner.class);
                    assertThat(runner.instance("reporting").current()).containsExactly("3c4d5e6f7a8b");
                    assertThat(runner.current()).containsExactly(HEAD);
                });
    }

    @Test
    void anInstanceWithoutADatabaseFailsNamingIt() {
        runner.withPropertyValues("spring.migrator.instances.reporting.migration-package=" + REPORTING)
                .run(context -> assertBindFailure(context, "spring.migrator.instances.reporting.url",
                        "instance 'reporting' has no database"));
    }

    @Test
    void anInstanceNamingAMissingDataSourceBeanFailsNamingTheProperty() {
        runner.withPropertyValues("spring.migrator.instances.reporting.data-source=nope").run(context -> {
            InvalidMigratorConfigurationException invalid =
                    find(context.getStartupFailure(), InvalidMigratorConfigurationException.class);
            assertThat(invalid.property()).isEqualTo("spring.migrator.instances.reporting.data-source");
            assertThat(invalid.problem()).contains("'nope'", "[dataSource]");
        });
    }

    @Test
    void theDefaultInstanceNameIsReserved() {
        runner.withPropertyValues("spring.migrator.instances.default.url=" + freshH2Url())
                .run(context -> assertBindFailure(context, "spring.migrator.instances.default.url", "is reserved"));
    }

    @Test
    void askingForAnUnknownInstanceNamesTheKnownOnes() {
        runner.run(context -> assertThat(org.assertj.core.api.Assertions.catchThrowable(
                () -> context.getBean(MigrationRunner.class).instance("nope")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'default'"));
    }

    // --- helpers and user configurations ---

    /** Boot's own failure report for the start-up failure must name the property and give our reason. */
    private static void assertBindFailure(AssertableApplicationContext context, String property, String reason) {
        assertThat(context).hasFailed();
        FailureAnalysis analysis = BootFailureReport.analyze(context.getStartupFailure());
        assertThat(analysis).as("Boot's failure analysis").isNotNull();
        // Boot's report shows the field path (spring.migrator.lockTimeout) and, where it can, the origin; our reason
        // names the property as it is written.
        assertThat(analysis.getDescription()).contains(property).contains(reason);
    }

    static String freshH2Url() {
        return "jdbc:h2:mem:" + java.util.UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    }

    static DataSource h2() {
        return DataSourceBuilder.create().type(SimpleDriverDataSource.class).url(freshH2Url()).username("sa").build();
    }

    @Configuration(proxyBeanMethods = false)
    static class UserBeans {

        final Migrator migrator = Migrator.create(MigratorConfiguration.builder(BOOKS).dataSource(h2()).build());

        @Bean
        Migrator ownMigrator() {
            return migrator;
        }

        @Bean
        OwnRunner ownRunner(MigratorInstances instances) {
            return new OwnRunner(instances);
        }

        @Bean
        OwnInitializer ownInitializer(MigratorInstances instances) {
            return new OwnInitializer(instances);
        }

        @Bean
        OwnDetails ownDetails() {
            return new OwnDetails();
        }

        static class OwnRunner extends MigrationRunner {
            OwnRunner(MigratorInstances instances) {
                super(instances);
            }
        }

        static class OwnInitializer extends MigratorInitializer {
            OwnInitializer(MigratorInstances instances) {
                super(instances, instance -> { }, null, SchemaMismatchAction.IGNORE);
            }
        }

        static class OwnDetails implements MigratorConnectionDetails {
            public String getUsername() {
                return null;
            }

            public String getPassword() {
                return null;
            }

            public String getJdbcUrl() {
                return null;
            }
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnInstances {

        static final List<MigratorInstances> INSTANCES = new ArrayList<>();

        @Bean
        MigratorInstances ownInstances(Migrator migrator) {
            MigratorInstances instances = new MigratorInstances(
                    List.of(new MigratorInstance("default", migrator, "head", List.of())));
            INSTANCES.clear();
            INSTANCES.add(instances);
            return instances;
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class TwoDataSources {

        @Bean
        @Primary
        DataSource applicationDataSource() {
            return h2();
        }

        @Bean
        @MigratorDataSource
        DataSource migratorDataSource() {
            return h2();
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class ReportingDataSource {

        @Bean(defaultCandidate = false)
        DataSource reportingDataSource() {
            return h2();
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnConnectionDetails {

        static final String URL = freshH2Url();

        @Bean
        MigratorConnectionDetails testcontainersLikeDetails() {
            return new MigratorConnectionDetails() {
                public String getUsername() {
                    return "sa";
                }

                public String getPassword() {
                    return "";
                }

                public String getJdbcUrl() {
                    return URL;
                }
            };
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Hooks {

        final List<String> customized = new ArrayList<>();
        final List<MigrationPlan> plans = new ArrayList<>();

        @Bean
        MigratorConfigurationCustomizer recordingCustomizer() {
            return (name, builder) -> customized.add(name);
        }

        @Bean
        MigrationListener recordingListener() {
            return new MigrationListener() {
                @Override
                public void runStarting(MigrationPlan plan) {
                    plans.add(plan);
                }
            };
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class PendingOnlyStrategy {

        final List<MigrationPlan> pending = new ArrayList<>();

        @Bean
        MigratorMigrationStrategy onlyLookAtWhatIsPending() {
            return instance -> pending.add(instance.migrator().pending(instance.target()));
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class MismatchedSchema {

        final AtomicInteger calls = new AtomicInteger();

        @Bean
        MigratorSchemaCheck legacyTableCheck() {
            return instance -> {
                calls.incrementAndGet();
                return new SchemaDiff(List.of(new ExecuteSql("DROP TABLE legacy")), List.of(), List.of());
            };
        }
    }
}
