package dev.migrator.autogenerate.entity.steps.step1;

import dev.migrator.autogenerate.entity.model.Book;
import dev.migrator.autogenerate.entity.model.Member;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.time.LocalDate;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

/** Step 1: a {@code note} column added. */
@Entity
public class Loan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @OnDelete(action = OnDeleteAction.CASCADE)
    private Member member;

    @ManyToOne(optional = false)
    private Book book;

    @Column(nullable = false)
    private LocalDate loanedOn;

    private LocalDate dueOn;

    private LocalDate returnedOn;

    @Column(length = 200)
    private String note;
}
