package dev.migrator.sample.db.migrations;

import static dev.migrator.operations.TableElements.column;
import static dev.migrator.schema.Types.string;

import dev.migrator.Migration;
import dev.migrator.Revision;
import dev.migrator.operations.Operations;

/** ISBNs, on the "catalog" branch, written while members were being added on the other. */
@Revision(id = "5a1d0c0a0003", down = "5a1d0c0a0001", branchLabels = "catalog", message = "add isbn to book",
        created = "2026-11-02T10:00:00Z")
public class V5a1d0c0a0003_AddIsbnToBook implements Migration {

    @Override
    public void upgrade(Operations op) {
        op.addColumn("book", column("isbn", string(13)));
        op.createUniqueConstraint("uq_book_isbn", "book", "isbn");
    }

    @Override
    public void downgrade(Operations op) {
        op.dropConstraint("uq_book_isbn", "book", dev.migrator.schema.ConstraintType.UNIQUE);
        op.dropColumn("book", "isbn");
    }
}
