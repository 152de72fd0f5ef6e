-- Staging layer: decoded, normalised text with page furniture removed; one row per distinct text.
CREATE TABLE IF NOT EXISTS stg_articles (
    article_id      VARCHAR PRIMARY KEY,
    content_sha256  VARCHAR NOT NULL,
    decode_note     VARCHAR,
    title           VARCHAR NOT NULL,
    body            VARCHAR NOT NULL,
    is_candidate    BOOLEAN NOT NULL,   -- passed triage, so extraction read it sentence by sentence
    batch_id        VARCHAR NOT NULL
);
-- Added with page cleaning (issues 8 and 11); ALTER keeps warehouses built before it loadable.
ALTER TABLE stg_articles ADD COLUMN IF NOT EXISTS captions VARCHAR;         -- photo captions, one a line, '' if none
ALTER TABLE stg_articles ADD COLUMN IF NOT EXISTS published_date DATE;      -- the page's own dateline, if printed
ALTER TABLE stg_articles ADD COLUMN IF NOT EXISTS headline_note VARCHAR;    -- why the headline is not line 1

-- Every path an article's bytes were found under (the same bytes under two names: two rows).
CREATE TABLE IF NOT EXISTS article_sources (
    article_id      VARCHAR NOT NULL,
    source_path     VARCHAR NOT NULL,
    PRIMARY KEY (article_id, source_path)
);
