package dev.migrator.runtime;

import dev.migrator.dialect.Dialect;
import dev.migrator.schema.QualifiedName;

/** Picks the lock that dies with its session on each database. */
final class MigrationLocks {

    private MigrationLocks() {
    }

    static MigrationLock forDialect(Dialect dialect, QualifiedName versionTable) {
        String name = "migrator:" + versionTable;
        return switch (dialect.name()) {
            case "postgresql" -> new AdvisoryLock(name);
            case "mariadb", "mysql" -> new NamedLock(name);
            default -> new RowLock(versionTable.withName(versionTable.name() + "_lock"), dialect);
        };
    }
}
