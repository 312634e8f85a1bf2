package dev.migrator.autoconfigure.cli.testapp;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

/** Exactly what the migrations create. */
@Entity
@Table(indexes = @Index(name = "ix_publisher_name", columnList = "name"))
public class Publisher {

    @Id
    private Long id;

    @Column(nullable = false, length = 100)
    private String name;
}
