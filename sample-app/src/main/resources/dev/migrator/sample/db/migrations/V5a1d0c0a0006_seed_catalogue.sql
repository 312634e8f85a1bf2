-- migrator:revision 5a1d0c0a0006
-- migrator:down 5a1d0c0a0005
-- migrator:message seed the catalogue with a few classics
-- migrator:created 2026-11-05T09:00:00Z
-- migrator:upgrade
INSERT INTO author (name) VALUES ('Ursula K. Le Guin');
INSERT INTO author (name) VALUES ('Italo Calvino');
INSERT INTO book (title, isbn, author_id, published_year)
    SELECT 'A Wizard of Earthsea', '9780547773742', id, 1968 FROM author WHERE name = 'Ursula K. Le Guin';
INSERT INTO book (title, isbn, author_id, published_year)
    SELECT 'The Dispossessed', '9780061054884', id, 1974 FROM author WHERE name = 'Ursula K. Le Guin';
INSERT INTO book (title, isbn, author_id, published_year)
    SELECT 'Invisible Cities', '9780156453806', id, 1972 FROM author WHERE name = 'Italo Calvino';
-- migrator:downgrade
DELETE FROM book WHERE isbn IN ('9780547773742', '9780061054884', '9780156453806');
DELETE FROM author WHERE name IN ('Ursula K. Le Guin', 'Italo Calvino');
