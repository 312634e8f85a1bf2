package dev.migrator.autoconfigure.actuate;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Remembers every observation that stopped, with whether the observation was current while it ran. */
final class RecordingObservationHandler implements ObservationHandler<Observation.Context> {

    final List<Observation.Context> stopped = new CopyOnWriteArrayList<>();
    final List<String> scopesOpened = new CopyOnWriteArrayList<>();

    @Override
    public void onScopeOpened(Observation.Context context) {
        scopesOpened.add(context.getName());
    }

    @Override
    public void onStop(Observation.Context context) {
        stopped.add(context);
    }

    @Override
    public boolean supportsContext(Observation.Context context) {
        return true;
    }
}
