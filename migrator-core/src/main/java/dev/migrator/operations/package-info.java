/**
 * Migration operations: the {@link dev.migrator.operations.Operations} API a migration calls, the
 * immutable {@link dev.migrator.operations.MigrationOperation} values it builds, and the sinks that
 * execute them on a connection or write them to an SQL script.
 */
package dev.migrator.operations;
