package dev.migrator.autoconfigure.testapp;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** Maps the table the test migrations create; deliberately leaves the migration's 'shelf' column unmapped. */
@Entity
public class Book {

    @Id
    private Long id;

    private String title;

    protected Book() {
    }

    public Book(Long id, String title) {
        this.id = id;
        this.title = title;
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }
}
