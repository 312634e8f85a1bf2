package dev.migrator.test.autoconfigure.projects.library.migrations;

import static dev.migrator.operations.TableElements.column;
import static dev.migrator.schema.Types.integer;

import dev.migrator.Migration;
import dev.migrator.Revision;
import dev.migrator.operations.Operations;

@Revision(id = "a11ce0000003", down = "a11ce0000001", branchLabels = "people", message = "add born to author")
public class Va11ce0000003_AddBornToAuthor implements Migration {

    @Override
    public void upgrade(Operations op) {
        op.addColumn("author", column("born", integer()));
    }

    @Override
    public void downgrade(Operations op) {
        op.dropColumn("author", "born");
    }
}
