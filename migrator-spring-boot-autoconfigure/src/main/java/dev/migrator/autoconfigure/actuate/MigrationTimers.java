package dev.migrator.autoconfigure.actuate;

import dev.migrator.autoconfigure.MigrationListenerFactory;
import dev.migrator.runtime.MigrationListener;
import dev.migrator.runtime.StepResult;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Locale;
import java.util.Objects;

/**
 * Times every migration step as {@code migrator.migration}, tagged with the instance, the revision, the direction
 * ({@code upgrade} or {@code downgrade}) and the outcome ({@code success} or {@code failure}).
 */
public final class MigrationTimers implements MigrationListenerFactory {

    /** The timer's name. */
    public static final String TIMER = "migrator.migration";

    private final MeterRegistry registry;

    public MigrationTimers(MeterRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    @Override
    public MigrationListener listenerFor(String instanceName) {
        return new MigrationListener() {
            @Override
            public void stepFinished(StepResult result) {
                Timer.builder(TIMER).description("Time taken by one migration step")
                        .tag("instance", instanceName)
                        .tag("revision", result.step().id())
                        .tag("direction", result.step().direction().name().toLowerCase(Locale.ROOT))
                        .tag("outcome", result.succeeded() ? "success" : "failure")
                        .register(registry).record(result.duration());
            }
        };
    }
}
