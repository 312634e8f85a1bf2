package dev.migrator.test.autoconfigure;

import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Runs the checks {@link AutoMigrate @AutoMigrate} switches on before a test class's first test, so that a failing
 * check fails the class with its report. The context remembers the outcome: classes that share it are not checked
 * again, and all of them fail when a check did.
 */
final class AutoMigrateTestExecutionListener extends AbstractTestExecutionListener {

    /**
     * After DirtiesContextBeforeModesTestExecutionListener (1500), which may close the context before the class,
     * and before DependencyInjectionTestExecutionListener (2000); the checks must run before anything of the test.
     */
    private static final int ORDER = 1900;

    @Override
    public int getOrder() {
        return ORDER;
    }

    @Override
    public void beforeTestClass(TestContext testContext) {
        AutoMigrateSettings settings = AutoMigrateSettings.of(testContext.getTestClass());
        if (settings == null || !settings.checksAnything()) {
            return;
        }
        ApplicationContext context = testContext.getApplicationContext();
        context.getBean(MigrationChecks.BEAN_NAME, MigrationChecks.class).verify(context);
    }
}
