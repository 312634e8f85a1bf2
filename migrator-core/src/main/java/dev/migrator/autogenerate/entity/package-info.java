/**
 * The target schema from JPA entities: {@link dev.migrator.autogenerate.entity.EntitySchemaBuilder} runs
 * Hibernate's boot phase over the entities with {@link dev.migrator.autogenerate.entity.EntitySchemaSettings}
 * and returns the {@link dev.migrator.schema.Schema} the application's Hibernate would create.
 *
 * <p>Hibernate ORM, Jakarta Persistence and Bean Validation are optional dependencies of migrator-core: this
 * package needs them at run time, the rest of the engine does not.
 */
package dev.migrator.autogenerate.entity;
