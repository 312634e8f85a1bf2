package dev.migrator.autogenerate.entity.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;

/** A notification sent as a text message. */
@Entity
public class SmsNotification extends Notification {

    @Column(nullable = false, length = 30)
    private String phoneNumber;

    @Column(length = 160)
    private String text;
}
