package dev.migrator.sample.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.LocalDate;

/** Someone who may borrow books. */
@Entity
@Table(name = "library_member", uniqueConstraints = @UniqueConstraint(name = "uq_member_email", columnNames = "email"))
public class Member {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String email;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false)
    private LocalDate joinedOn;

    protected Member() {
    }

    public Member(String email, String name, LocalDate joinedOn) {
        this.email = email;
        this.name = name;
        this.joinedOn = joinedOn;
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getName() {
        return name;
    }

    public LocalDate getJoinedOn() {
        return joinedOn;
    }
}
