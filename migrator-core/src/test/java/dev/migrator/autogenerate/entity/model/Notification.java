package dev.migrator.autogenerate.entity.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import java.time.LocalDateTime;

/** TABLE_PER_CLASS inheritance: no table for this abstract root, a full table per concrete kind. */
@Entity
@Inheritance(strategy = InheritanceType.TABLE_PER_CLASS)
public abstract class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_ids")
    @SequenceGenerator(name = "notification_ids", sequenceName = "notification_seq", allocationSize = 1)
    private Long id;

    @ManyToOne(optional = false)
    private Member recipient;

    @Column(nullable = false)
    private LocalDateTime sentAt;
}
