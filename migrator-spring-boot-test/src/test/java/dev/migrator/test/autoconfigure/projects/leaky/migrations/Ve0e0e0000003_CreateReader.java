package dev.migrator.test.autoconfigure.projects.leaky.migrations;

import static dev.migrator.operations.TableElements.column;
import static dev.migrator.schema.Types.bigint;
import static dev.migrator.schema.Types.string;

import dev.migrator.Migration;
import dev.migrator.Revision;
import dev.migrator.operations.Operations;

/** After the faulty revision, so the report must name that one, not the head. */
@Revision(id = "e0e0e0000003", down = "e0e0e0000002", message = "create reader")
public class Ve0e0e0000003_CreateReader implements Migration {

    @Override
    public void upgrade(Operations op) {
        op.createTable("reader",
                column("id", bigint()).identity().primaryKey(),
                column("name", string(100)).notNull());
    }

    @Override
    public void downgrade(Operations op) {
        op.dropTable("reader");
    }
}
