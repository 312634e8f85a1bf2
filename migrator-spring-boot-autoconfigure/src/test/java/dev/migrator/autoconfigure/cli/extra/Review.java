package dev.migrator.autoconfigure.cli.extra;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** An entity no migration creates a table for. */
@Entity
public class Review {

    @Id
    private Long id;

    @Column(nullable = false, length = 500)
    private String text;
}
