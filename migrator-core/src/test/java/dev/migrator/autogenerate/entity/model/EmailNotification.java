package dev.migrator.autogenerate.entity.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;

/** A notification sent by e-mail. */
@Entity
public class EmailNotification extends Notification {

    @Column(nullable = false)
    private String subject;

    @Column(length = 4000)
    private String body;
}
