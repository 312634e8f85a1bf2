package dev.migrator.autogenerate.entity.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import java.time.OffsetDateTime;
import java.util.List;
import org.hibernate.annotations.ColumnDefault;

/** An order in the shop: a string enum with a default, an offset timestamp, lines on the other side. */
@Entity
public class CustomerOrder {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    private Member customer;

    @Enumerated(EnumType.STRING)
    @ColumnDefault("'NEW'")
    @Column(nullable = false, length = 16)
    private OrderStatus status;

    private OffsetDateTime placedAt;

    @OneToMany(mappedBy = "order")
    private List<OrderLine> lines;
}
