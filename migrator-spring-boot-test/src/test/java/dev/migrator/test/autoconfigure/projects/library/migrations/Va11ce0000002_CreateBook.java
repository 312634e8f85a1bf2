package dev.migrator.test.autoconfigure.projects.library.migrations;

import static dev.migrator.operations.TableElements.column;
import static dev.migrator.schema.Types.bigint;
import static dev.migrator.schema.Types.string;

import dev.migrator.Migration;
import dev.migrator.Revision;
import dev.migrator.operations.Operations;

@Revision(id = "a11ce0000002", down = "a11ce0000001", branchLabels = "catalogue", message = "create book")
public class Va11ce0000002_CreateBook implements Migration {

    @Override
    public void upgrade(Operations op) {
        op.createTable("book",
                column("id", bigint()).identity().primaryKey(),
                column("title", string(300)).notNull(),
                column("author_id", bigint()).notNull().references("author", "id").foreignKeyName("fk_book_author"));
    }

    @Override
    public void downgrade(Operations op) {
        op.dropTable("book");
    }
}
