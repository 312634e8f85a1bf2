package dev.migrator.autogenerate.entity.model;

/** Stored by ordinal. */
public enum BookFormat {
    HARDCOVER, PAPERBACK, LARGE_PRINT
}
