package dev.migrator.autoconfigure.cli.testapp.migrations;

import dev.migrator.Migration;
import dev.migrator.Revision;
import dev.migrator.operations.Operations;

@Revision(id = "1d2e3f4a5b6c", down = "0c1d2e3f4a5b", message = "index publisher names",
        created = "2026-11-11T10:00:00Z")
public class V1d2e3f4a5b6c_IndexPublisherName implements Migration {

    @Override
    public void upgrade(Operations op) {
        op.createIndex("ix_publisher_name", "publisher", "name");
    }

    @Override
    public void downgrade(Operations op) {
        op.dropIndex("ix_publisher_name", "publisher");
    }
}
