package dev.migrator.autoconfigure;

import dev.migrator.command.Migrator;
import java.util.List;
import java.util.Objects;

/**
 * One database Migrator manages: the default instance ({@code spring.migrator.*}) or a named one
 * ({@code spring.migrator.instances.<name>.*}).
 *
 * @param name {@value MigratorInstances#DEFAULT_INSTANCE} or the configured name
 * @param migrator the engine, bound to the instance's database and migrations
 * @param target what start-up upgrades to
 * @param entityPackages the packages of the entities that describe this database's schema
 */
public record MigratorInstance(String name, Migrator migrator, String target, List<String> entityPackages) {

    public MigratorInstance {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(migrator, "migrator");
        Objects.requireNonNull(target, "target");
        entityPackages = List.copyOf(entityPackages);
    }
}
