package dev.migrator.test.autoconfigure;

import dev.migrator.autoconfigure.MigratorInstance;
import dev.migrator.command.Migrator;
import java.util.List;
import java.util.Optional;

/**
 * {@link AutoMigrate#singleHead()}: the revision graph has exactly one head. Two heads typically come from two
 * branches of development that each added a revision after the same one; {@code upgrade head} then cannot choose.
 */
final class SingleHeadCheck {

    /** The problem, if the graph does not have exactly one head. */
    Optional<String> check(MigratorInstance instance) {
        Migrator migrator = instance.migrator();
        List<String> heads = migrator.heads();
        if (heads.size() == 1) {
            return Optional.empty();
        }
        if (heads.isEmpty()) {
            return Optional.of("singleHead: there are no revisions in " + RevisionNames.location(migrator)
                    + ", so there is no head. Check spring.migrator.migration-package, or write the first revision"
                    + " with 'revision -m \"...\"'.");
        }
        return Optional.of("singleHead: the revision graph of " + RevisionNames.location(migrator) + " has "
                + heads.size() + " heads: " + RevisionNames.of(migrator, heads) + ". 'upgrade head' cannot choose"
                + " between them. Merge them into one with a merge revision: 'merge -m \"merge heads\" heads' on"
                + " Migrator's command line (or Migrator.merge), then run the tests again.");
    }
}
