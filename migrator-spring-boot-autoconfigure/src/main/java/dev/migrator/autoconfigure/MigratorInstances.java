package dev.migrator.autoconfigure;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every Migrator instance of the application, by name, the default instance first. Start-up migrates them in this
 * order; the runner, the command line and the actuator endpoint look them up here.
 */
public final class MigratorInstances {

    /** The name of the instance the top-level {@code spring.migrator.*} properties configure. */
    public static final String DEFAULT_INSTANCE = "default";

    private final Map<String, MigratorInstance> byName = new LinkedHashMap<>();

    public MigratorInstances(List<MigratorInstance> instances) {
        for (MigratorInstance instance : instances) {
            if (byName.putIfAbsent(instance.name(), instance) != null) {
                throw new IllegalArgumentException("Two Migrator instances are named '" + instance.name() + "'.");
            }
        }
    }

    /** All instances, in start-up order. */
    public List<MigratorInstance> all() {
        return Collections.unmodifiableList(new ArrayList<>(byName.values()));
    }

    public Set<String> names() {
        return Collections.unmodifiableSet(byName.keySet());
    }

    /**
     * @throws IllegalArgumentException naming the instances there are, when none has this name
     */
    public MigratorInstance get(String name) {
        MigratorInstance instance = byName.get(name);
        if (instance == null) {
            throw new IllegalArgumentException("There is no Migrator instance named '" + name + "'. The instances are "
                    + byName.keySet().stream().map(n -> "'" + n + "'").collect(Collectors.joining(", "))
                    + "; configure more under spring.migrator.instances.<name>.");
        }
        return instance;
    }

    /** The instance named {@value #DEFAULT_INSTANCE}. */
    public MigratorInstance defaultInstance() {
        return get(DEFAULT_INSTANCE);
    }
}
