-- Counts the re-extractions of an article. Each instance's search index records the revision it
-- indexed, so a re-extraction made through another instance (new quote ids) is picked up by the
-- periodic catch-up, which used to compare article ids only.
ALTER TABLE article ADD COLUMN revision INTEGER DEFAULT 0 NOT NULL;
