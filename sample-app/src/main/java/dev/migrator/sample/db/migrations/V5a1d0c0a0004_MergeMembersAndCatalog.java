package dev.migrator.sample.db.migrations;

import dev.migrator.Migration;
import dev.migrator.Revision;
import dev.migrator.operations.Operations;

/** Joins the "members" and "catalog" branches again; changes nothing itself. */
@Revision(id = "5a1d0c0a0004", down = {"5a1d0c0a0002", "5a1d0c0a0003"}, message = "merge members and catalog",
        created = "2026-11-03T09:00:00Z")
public class V5a1d0c0a0004_MergeMembersAndCatalog implements Migration {

    @Override
    public void upgrade(Operations op) {
        // a merge point: nothing to do
    }

    @Override
    public void downgrade(Operations op) {
        // a merge point: nothing to do
    }
}
