-- migrator:revision b0b0b0000002
-- migrator:down b0b0b0000001
-- migrator:message add room to shelf
-- migrator:upgrade
ALTER TABLE shelf ADD COLUMN room VARCHAR(20);
-- migrator:downgrade
ALTER TABLE shelf DROP COLUMN room;
