package dev.migrator.autogenerate.entity.model;

/** Stored by ordinal. */
public enum MembershipLevel {
    BASIC, SILVER, GOLD
}
