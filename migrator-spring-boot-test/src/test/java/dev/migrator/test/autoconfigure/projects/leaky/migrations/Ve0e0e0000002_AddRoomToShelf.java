package dev.migrator.test.autoconfigure.projects.leaky.migrations;

import static dev.migrator.operations.TableElements.column;
import static dev.migrator.schema.Types.string;

import dev.migrator.Migration;
import dev.migrator.Revision;
import dev.migrator.operations.Operations;

@Revision(id = "e0e0e0000002", down = "e0e0e0000001", message = "add room to shelf")
public class Ve0e0e0000002_AddRoomToShelf implements Migration {

    @Override
    public void upgrade(Operations op) {
        op.addColumn("shelf", column("room", string(20)));
        op.createIndex("ix_shelf_room", "shelf", "room");
    }

    @Override
    public void downgrade(Operations op) {
        // The mistake this project is about: the column stays.
        op.dropIndex("ix_shelf_room", "shelf");
    }
}
