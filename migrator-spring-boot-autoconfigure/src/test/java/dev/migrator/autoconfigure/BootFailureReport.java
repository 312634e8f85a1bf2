package dev.migrator.autoconfigure;

import java.util.List;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.env.Environment;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.support.SpringFactoriesLoader;

/** What Boot's "APPLICATION FAILED TO START" report would say: the first analysis of the registered analyzers. */
final class BootFailureReport {

    private BootFailureReport() {
    }

    static FailureAnalysis analyze(Throwable failure) {
        List<FailureAnalyzer> analyzers = SpringFactoriesLoader.forDefaultResourceLocation(
                BootFailureReport.class.getClassLoader()).load(FailureAnalyzer.class,
                        // Some of Boot's analyzers want the bean factory or the environment; empty ones do here.
                        SpringFactoriesLoader.ArgumentResolver.of(BeanFactory.class, new DefaultListableBeanFactory())
                                .and(Environment.class, new StandardEnvironment()),
                        // ... and those that need more than that are left out: none of them analyzes bind failures.
                        SpringFactoriesLoader.FailureHandler.handleMessage((message, failed) -> { }));
        for (FailureAnalyzer analyzer : analyzers) {
            FailureAnalysis analysis = analyzer.analyze(failure);
            if (analysis != null) {
                return analysis;
            }
        }
        return null;
    }
}
