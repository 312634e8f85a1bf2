-- migrator:revision b0b0b0000001
-- migrator:message create shelf
-- migrator:upgrade
CREATE TABLE shelf (id BIGINT PRIMARY KEY, label VARCHAR(100) NOT NULL);
-- migrator:downgrade
DROP TABLE shelf;
