package dev.migrator.autogenerate.entity.model;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A writer: an explicit sequence generator, Bean Validation lengths and not-nulls, a two-column index. */
@Entity
@Table(indexes = @Index(name = "ix_author_name", columnList = "lastName, firstName"))
public class Author extends Auditable {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "author_ids")
    @SequenceGenerator(name = "author_ids", sequenceName = "author_id_seq", initialValue = 100, allocationSize = 10)
    private Long id;

    @NotNull
    @Size(max = 80)
    private String firstName;

    @NotNull
    @Size(max = 80)
    private String lastName;

    private LocalDate bornOn;
}
