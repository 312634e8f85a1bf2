package dev.migrator.autogenerate.entity.model;

/** An ISBN as a value; {@link IsbnConverter} stores it as text. */
public record Isbn(String value) {
}
