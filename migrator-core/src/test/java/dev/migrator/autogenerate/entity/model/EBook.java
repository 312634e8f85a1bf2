package dev.migrator.autogenerate.entity.model;

import jakarta.persistence.Entity;
import jakarta.persistence.Lob;

/** A downloadable book: a binary LOB. */
@Entity
public class EBook extends Product {

    private long fileSizeBytes;

    @Lob
    private byte[] coverImage;

    private byte[] checksum;
}
