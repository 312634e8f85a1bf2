package dev.migrator.test.autoconfigure.projects.library.migrations;

import dev.migrator.Migration;
import dev.migrator.Revision;
import dev.migrator.operations.Operations;

@Revision(id = "a11ce0000007", down = "a11ce0000006", message = "index book titles")
public class Va11ce0000007_IndexBookTitles implements Migration {

    @Override
    public void upgrade(Operations op) {
        op.createIndex("ix_book_title", "book", "title");
    }

    @Override
    public void downgrade(Operations op) {
        op.dropIndex("ix_book_title", "book");
    }
}
