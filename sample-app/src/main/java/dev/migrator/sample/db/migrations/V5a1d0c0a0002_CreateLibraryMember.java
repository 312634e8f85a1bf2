package dev.migrator.sample.db.migrations;

import static dev.migrator.operations.TableElements.column;
import static dev.migrator.operations.TableElements.unique;
import static dev.migrator.schema.Types.bigint;
import static dev.migrator.schema.Types.date;
import static dev.migrator.schema.Types.string;

import dev.migrator.Migration;
import dev.migrator.Revision;
import dev.migrator.operations.Operations;

/** Members, on a branch of their own ("members") next to the catalogue work. */
@Revision(id = "5a1d0c0a0002", down = "5a1d0c0a0001", branchLabels = "members", message = "create library members",
        created = "2026-11-02T09:00:00Z")
public class V5a1d0c0a0002_CreateLibraryMember implements Migration {

    @Override
    public void upgrade(Operations op) {
        op.createTable("library_member",
                column("id", bigint()).identity().primaryKey(),
                column("email", string(200)).notNull(),
                column("name", string(200)).notNull(),
                column("joined_on", date()).notNull(),
                unique("email").named("uq_member_email"));
    }

    @Override
    public void downgrade(Operations op) {
        op.dropTable("library_member");
    }
}
