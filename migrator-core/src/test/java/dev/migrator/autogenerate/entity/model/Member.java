package dev.migrator.autogenerate.entity.model;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.ColumnDefault;

/**
 * A library member: a UUID key, an optimistic-lock version, an ordinal enum, a server-side default, an
 * instant, and phone numbers in a collection table. Named {@code library_member} because {@code member}
 * is reserved on some databases.
 */
@Entity
@Table(name = "library_member")
public class Member extends Auditable {

    @Id
    @GeneratedValue(strategy = GenerationType.UUID)
    private UUID id;

    @NotBlank
    @Size(max = 120)
    @Column(unique = true)
    private String email;

    @Enumerated
    private MembershipLevel level;

    @ColumnDefault("true")
    @Column(nullable = false)
    private boolean active;

    private Instant lastSeenAt;

    @Version
    private long version;

    @ElementCollection
    @CollectionTable(name = "member_phone", joinColumns = @JoinColumn(name = "member_id"))
    @Column(name = "phone_number", length = 30, nullable = false)
    private Set<String> phoneNumbers;
}
