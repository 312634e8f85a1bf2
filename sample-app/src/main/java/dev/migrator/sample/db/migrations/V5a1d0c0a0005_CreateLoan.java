package dev.migrator.sample.db.migrations;

import static dev.migrator.operations.TableElements.column;
import static dev.migrator.schema.Types.bigint;
import static dev.migrator.schema.Types.date;
import static dev.migrator.schema.Types.timestamp;

import dev.migrator.Migration;
import dev.migrator.Revision;
import dev.migrator.operations.Operations;

/** Loans need both branches: books and members. */
@Revision(id = "5a1d0c0a0005", down = "5a1d0c0a0004", message = "create loan", created = "2026-11-04T09:00:00Z")
public class V5a1d0c0a0005_CreateLoan implements Migration {

    @Override
    public void upgrade(Operations op) {
        op.createTable("loan",
                column("id", bigint()).identity().primaryKey(),
                column("book_id", bigint()).notNull().references("book", "id").foreignKeyName("fk_loan_book"),
                column("member_id", bigint()).notNull().references("library_member", "id")
                        .foreignKeyName("fk_loan_member"),
                column("loaned_at", timestamp()).notNull(),
                column("due_on", date()).notNull(),
                column("returned_at", timestamp()));
        op.createIndex("ix_loan_member", "loan", "member_id");
    }

    @Override
    public void downgrade(Operations op) {
        op.dropTable("loan");
    }
}
