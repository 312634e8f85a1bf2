package dev.migrator.autogenerate.entity.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.math.BigDecimal;
import java.util.Set;

/**
 * A title in the catalogue: Hibernate's default sequence ({@code book_seq}), an embedded edition, a converted
 * ISBN under a named unique constraint, a string enum, a CLOB, a decimal with precision and scale, an index,
 * a many-to-one and two many-to-many join tables (one named, one named by the implicit naming strategy).
 */
@Entity
@Table(indexes = @Index(name = "ix_book_title", columnList = "title"),
        uniqueConstraints = @UniqueConstraint(name = "uk_book_isbn", columnNames = "isbn"))
public class Book extends Auditable {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    private Long id;

    @Column(length = 200, nullable = false)
    private String title;

    @Column(length = 17)
    private Isbn isbn;

    @Embedded
    private Edition edition;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Genre genre;

    @Lob
    private String summary;

    @Column(precision = 10, scale = 2)
    private BigDecimal listPrice;

    @ManyToOne(fetch = FetchType.LAZY)
    private Publisher publisher;

    @ManyToMany
    @JoinTable(name = "book_author", joinColumns = @JoinColumn(name = "book_id"),
            inverseJoinColumns = @JoinColumn(name = "author_id"))
    private Set<Author> authors;

    @ManyToMany
    private Set<Tag> tags;
}
