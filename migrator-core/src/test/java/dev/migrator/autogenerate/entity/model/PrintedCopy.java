package dev.migrator.autogenerate.entity.model;

import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;

/** A printed copy of a book for sale. */
@Entity
public class PrintedCopy extends Product {

    @ManyToOne
    private Book book;

    private short pages;
}
