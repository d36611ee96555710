-- Which database this is: a random id written once by the first instance to start on it. A search
-- index records the id of the database it was built from, so an index found beside another database
-- (dev mode's, the embedded jar's, a PostgreSQL server's) is rebuilt rather than pruned.
CREATE TABLE database_identity (
    id       INTEGER PRIMARY KEY,
    identity VARCHAR(64) NOT NULL
);
