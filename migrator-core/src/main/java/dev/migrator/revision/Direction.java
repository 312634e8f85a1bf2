package dev.migrator.revision;

/** Which way a step moves the database along the revision graph. */
public enum Direction {
    UPGRADE,
    DOWNGRADE;

    public boolean isUpgrade() {
        return this == UPGRADE;
    }
}
