package dev.migrator.autoconfigure.cli.testapp.migrations;

import static dev.migrator.operations.TableElements.column;
import static dev.migrator.schema.Types.bigint;
import static dev.migrator.schema.Types.string;

import dev.migrator.Migration;
import dev.migrator.Revision;
import dev.migrator.operations.Operations;

@Revision(id = "0c1d2e3f4a5b", message = "create publisher", created = "2026-11-10T10:00:00Z")
public class V0c1d2e3f4a5b_CreatePublisher implements Migration {

    @Override
    public void upgrade(Operations op) {
        op.createTable("publisher", column("id", bigint()).primaryKey(), column("name", string(100)).notNull());
    }

    @Override
    public void downgrade(Operations op) {
        op.dropTable("publisher");
    }
}
