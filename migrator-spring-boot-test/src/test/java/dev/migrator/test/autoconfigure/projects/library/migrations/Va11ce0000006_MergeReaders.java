package dev.migrator.test.autoconfigure.projects.library.migrations;

import dev.migrator.Migration;
import dev.migrator.Revision;
import dev.migrator.operations.Operations;

@Revision(id = "a11ce0000006", down = {"a11ce0000004", "a11ce0000005"}, message = "merge readers into the library")
public class Va11ce0000006_MergeReaders implements Migration {

    @Override
    public void upgrade(Operations op) {
        // a merge: nothing to do
    }

    @Override
    public void downgrade(Operations op) {
        // a merge: nothing to do
    }
}
