/**
 * The entity model changed in steps: each {@code stepN} package holds the state, after step N, of the entities
 * that change ({@code Review}, {@code Loan} and, for a while, {@code Branch}); every other entity stays the one in
 * {@code dev.migrator.autogenerate.entity.model}. Steps: 1 adds and drops columns; 2 lengthens a column and adds
 * an index; 3 adds an entity and foreign keys to it and between existing tables; 4 makes columns NOT NULL; 5
 * removes the entity again.
 */
package dev.migrator.autogenerate.entity.steps;
