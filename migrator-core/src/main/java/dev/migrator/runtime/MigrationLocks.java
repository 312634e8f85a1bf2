package dev.migrator.runtime;

import dev.migrator.dialect.Dialect;
import dev.migrator.schema.QualifiedName;

/** Picks the lock that dies with its session on each database. */
final class MigrationLocks {

    private MigrationLocks() {
    }

    static MigrationLock forDialect(Dialect dialect, QualifiedName versionTable) {
        return switch (dialect.name()) {
            case "postgresql" -> new AdvisoryLock(versionTable);
            case "mariadb", "mysql" -> new NamedLock(versionTable);
            default -> new RowLock(versionTable.withName(versionTable.name() + "_lock"), dialect);
        };
    }
}
