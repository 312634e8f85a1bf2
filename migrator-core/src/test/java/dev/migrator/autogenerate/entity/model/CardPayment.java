package dev.migrator.autogenerate.entity.model;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.validation.constraints.NotNull;

/** A card payment; its columns are nullable in the shared table, whatever its constraints say. */
@Entity
@DiscriminatorValue("CARD")
public class CardPayment extends Payment {

    @NotNull
    @Column(length = 4)
    private String cardLastDigits;
}
