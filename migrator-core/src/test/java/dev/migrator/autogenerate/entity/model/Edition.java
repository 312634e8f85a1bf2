package dev.migrator.autogenerate.entity.model;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;

/** Which edition a book is; its columns are part of the book's table. */
@Embeddable
public class Edition {

    private int editionNumber;

    private LocalDate publishedOn;

    @Enumerated(EnumType.ORDINAL)
    private BookFormat format;
}
