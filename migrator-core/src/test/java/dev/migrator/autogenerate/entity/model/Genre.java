package dev.migrator.autogenerate.entity.model;

/** Stored by name. */
public enum Genre {
    FICTION, NON_FICTION, POETRY, REFERENCE
}
