/**
 * Migrator in Spring Boot's actuator: the {@code migrations} endpoint, the {@code migrator} health indicator, the
 * {@code migrator.*} meters and the {@code migrator.run} observation. Each is configured only when the application has
 * the library it needs (spring-boot-actuator, spring-boot-health, Micrometer).
 */
package dev.migrator.autoconfigure.actuate;
