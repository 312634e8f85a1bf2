package dev.migrator.autogenerate.entity.steps.step1;

import dev.migrator.autogenerate.entity.model.Book;
import dev.migrator.autogenerate.entity.model.Member;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import org.hibernate.annotations.Check;

/** Step 1: {@code body} dropped, {@code headline} added. */
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

    @Column(length = 100)
    private String headline;
}
