-- migrator:revision b0b0b0000003
-- migrator:down b0b0b0000001
-- migrator:message add capacity to shelf
-- migrator:upgrade
ALTER TABLE shelf ADD COLUMN capacity INTEGER;
-- migrator:downgrade
ALTER TABLE shelf DROP COLUMN capacity;
