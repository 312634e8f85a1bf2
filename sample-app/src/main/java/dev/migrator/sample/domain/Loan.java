package dev.migrator.sample.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** A book lent to a member, until it comes back. */
@Entity
@Table(indexes = @Index(name = "ix_loan_member", columnList = "member_id"))
public class Loan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "book_id", nullable = false, foreignKey = @ForeignKey(name = "fk_loan_book"))
    private Book book;

    @ManyToOne(optional = false)
    @JoinColumn(name = "member_id", nullable = false, foreignKey = @ForeignKey(name = "fk_loan_member"))
    private Member member;

    @Column(nullable = false)
    private LocalDateTime loanedAt;

    @Column(nullable = false)
    private LocalDate dueOn;

    private LocalDateTime returnedAt;

    protected Loan() {
    }

    public Loan(Book book, Member member, LocalDateTime loanedAt, LocalDate dueOn) {
        this.book = book;
        this.member = member;
        this.loanedAt = loanedAt;
        this.dueOn = dueOn;
    }

    public void returned(LocalDateTime at) {
        this.returnedAt = at;
    }

    public Long getId() {
        return id;
    }

    public Book getBook() {
        return book;
    }

    public Member getMember() {
        return member;
    }

    public LocalDateTime getLoanedAt() {
        return loanedAt;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public LocalDateTime getReturnedAt() {
        return returnedAt;
    }
}
