-- migrator:revision a11ce0000008
-- migrator:down a11ce0000007
-- migrator:message seed two authors and a book
-- migrator:upgrade
INSERT INTO author (name, born) VALUES ('Ursula K. Le Guin', 1929);
INSERT INTO author (name, born) VALUES ('Italo Calvino', 1923);
INSERT INTO book (title, author_id) SELECT 'Invisible Cities', id FROM author WHERE name = 'Italo Calvino';
-- migrator:downgrade
DELETE FROM book WHERE title = 'Invisible Cities';
DELETE FROM author WHERE name IN ('Ursula K. Le Guin', 'Italo Calvino');
