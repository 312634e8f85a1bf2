package dev.migrator.sample.db.migrations;

import static dev.migrator.operations.TableElements.column;
import static dev.migrator.schema.Types.bigint;
import static dev.migrator.schema.Types.integer;
import static dev.migrator.schema.Types.string;

import dev.migrator.Migration;
import dev.migrator.Revision;
import dev.migrator.operations.Operations;

/** The catalogue: authors and their books. */
@Revision(id = "5a1d0c0a0001", message = "create author and book", created = "2026-11-01T09:00:00Z")
public class V5a1d0c0a0001_CreateAuthorAndBook implements Migration {

    @Override
    public void upgrade(Operations op) {
        op.createTable("author",
                column("id", bigint()).identity().primaryKey(),
                column("name", string(200)).notNull());
        op.createTable("book",
                column("id", bigint()).identity().primaryKey(),
                column("title", string(300)).notNull(),
                column("author_id", bigint()).notNull().references("author", "id").foreignKeyName("fk_book_author"),
                column("published_year", integer()));
    }

    @Override
    public void downgrade(Operations op) {
        op.dropTable("book");
        op.dropTable("author");
    }
}
