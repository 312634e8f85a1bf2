package dev.migrator.autogenerate.entity.steps.step5;

import dev.migrator.autogenerate.entity.model.Book;
import dev.migrator.autogenerate.entity.model.Member;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.Check;

/** Unchanged in step 5. */
@Entity
@Check(name = "ck_review_rating", constraints = "rating between 1 and 5")
@Table(indexes = @Index(name = "ix_review_rating", columnList = "rating"))
public class Review {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    private Book book;

    @ManyToOne
    private Member author;

    private int rating;

    @Column(length = 100, nullable = false)
    private String headline;

    @ManyToOne
    private Loan loan;
}
