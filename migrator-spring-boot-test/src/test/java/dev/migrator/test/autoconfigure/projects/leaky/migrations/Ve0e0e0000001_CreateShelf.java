package dev.migrator.test.autoconfigure.projects.leaky.migrations;

import static dev.migrator.operations.TableElements.column;
import static dev.migrator.schema.Types.bigint;
import static dev.migrator.schema.Types.string;

import dev.migrator.Migration;
import dev.migrator.Revision;
import dev.migrator.operations.Operations;

@Revision(id = "e0e0e0000001", message = "create shelf")
public class Ve0e0e0000001_CreateShelf implements Migration {

    @Override
    public void upgrade(Operations op) {
        op.createTable("shelf",
                column("id", bigint()).identity().primaryKey(),
                column("label", string(100)).notNull());
    }

    @Override
    public void downgrade(Operations op) {
        op.dropTable("shelf");
    }
}
