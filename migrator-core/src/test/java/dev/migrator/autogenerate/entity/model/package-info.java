/**
 * A lending library with a small shop: the entity model that the entity-schema tests, and later the
 * end-to-end autogenerate tests, build schemas from. It uses every mapping feature that changes DDL:
 * the three inheritance strategies, many-to-many join tables, element collections, embeddables, ordinal and
 * string enums, LOBs, versions, column defaults, comments, checks, indexes, unique constraints, sequences,
 * identity and UUID keys, a converter, and Bean Validation constraints.
 */
package dev.migrator.autogenerate.entity.model;
