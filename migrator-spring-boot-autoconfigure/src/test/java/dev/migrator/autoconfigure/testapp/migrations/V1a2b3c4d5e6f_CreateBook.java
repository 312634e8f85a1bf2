package dev.migrator.autoconfigure.testapp.migrations;

import static dev.migrator.operations.TableElements.column;
import static dev.migrator.schema.Types.bigint;
import static dev.migrator.schema.Types.string;

import dev.migrator.Migration;
import dev.migrator.Revision;
import dev.migrator.operations.Operations;

@Revision(id = "1a2b3c4d5e6f", message = "create book", created = "2026-11-01T10:00:00Z")
public class V1a2b3c4d5e6f_CreateBook implements Migration {

    @Override
    public void upgrade(Operations op) {
        op.createTable("book", column("id", bigint()).primaryKey(), column("title", string(200)).notNull());
    }

    @Override
    public void downgrade(Operations op) {
        op.dropTable("book");
    }
}
