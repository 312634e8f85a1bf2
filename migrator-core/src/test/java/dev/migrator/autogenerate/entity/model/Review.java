package dev.migrator.autogenerate.entity.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import org.hibernate.annotations.Check;

/** A member's rating of a book: a named table check, and a text column declared in SQL. */
@Entity
@Check(name = "ck_review_rating", constraints = "rating between 1 and 5")
public class Review {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    private Book book;

    @ManyToOne
    private Member author;

    private int rating;

    @Column(columnDefinition = "varchar(2000)")
    private String body;
}
