package dev.migrator.autogenerate.entity.model;

/** Stored by name. */
public enum OrderStatus {
    NEW, PAID, SHIPPED, CANCELLED
}
