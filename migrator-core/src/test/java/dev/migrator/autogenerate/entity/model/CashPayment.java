package dev.migrator.autogenerate.entity.model;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import java.math.BigDecimal;

/** A cash payment. */
@Entity
@DiscriminatorValue("CASH")
public class CashPayment extends Payment {

    @Column(precision = 12, scale = 2)
    private BigDecimal tendered;
}
