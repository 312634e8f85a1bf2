package dev.migrator.test.autoconfigure.projects.library.migrations;

import dev.migrator.Migration;
import dev.migrator.Revision;
import dev.migrator.operations.Operations;

@Revision(id = "a11ce0000004", down = {"a11ce0000002", "a11ce0000003"}, message = "merge catalogue and people")
public class Va11ce0000004_MergeCatalogueAndPeople implements Migration {

    @Override
    public void upgrade(Operations op) {
        // a merge: nothing to do
    }

    @Override
    public void downgrade(Operations op) {
        // a merge: nothing to do
    }
}
