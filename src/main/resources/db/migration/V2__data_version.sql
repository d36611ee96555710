-- A counter bumped after every committed write (ingest, delete, re-extraction, merge). Read results
-- are cached per value of it, so every instance sharing the database sees another's writes within
-- its polling interval, and its own at once.
CREATE TABLE data_version (
    id      INTEGER PRIMARY KEY,
    version BIGINT  NOT NULL
);
INSERT INTO data_version (id, version) VALUES (1, 0);
