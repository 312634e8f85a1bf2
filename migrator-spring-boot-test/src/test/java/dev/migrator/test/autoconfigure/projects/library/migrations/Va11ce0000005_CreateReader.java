package dev.migrator.test.autoconfigure.projects.library.migrations;

import static dev.migrator.operations.TableElements.column;
import static dev.migrator.schema.Types.bigint;
import static dev.migrator.schema.Types.string;

import dev.migrator.Migration;
import dev.migrator.Revision;
import dev.migrator.operations.Operations;

@Revision(id = "a11ce0000005", branchLabels = "readers", message = "create reader, a root of its own")
public class Va11ce0000005_CreateReader implements Migration {

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
