package dev.migrator.autogenerate.entity.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.hibernate.annotations.Comment;

/** A publishing house: identity key, a unique name, comments on the table and a column. */
@Entity
@Comment("Publishing houses whose books the library holds")
public class Publisher {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 120)
    private String name;

    @Comment("Two-letter ISO country code")
    @Column(length = 2)
    private String countryCode;
}
