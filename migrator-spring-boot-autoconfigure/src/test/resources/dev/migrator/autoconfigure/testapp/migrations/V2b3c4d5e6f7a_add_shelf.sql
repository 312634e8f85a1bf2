-- migrator:revision 2b3c4d5e6f7a
-- migrator:down 1a2b3c4d5e6f
-- migrator:message add shelf, a column the entity does not map
-- migrator:created 2026-11-02T10:00:00Z
-- migrator:upgrade
ALTER TABLE book ADD COLUMN shelf VARCHAR(20) DEFAULT 'new arrivals' NOT NULL;
-- migrator:downgrade
ALTER TABLE book DROP COLUMN shelf;
