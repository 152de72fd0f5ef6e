-- Marts: the tables of CONTRACT.md that users query.
CREATE TABLE IF NOT EXISTS articles (
    article_id          VARCHAR PRIMARY KEY,
    source_path         VARCHAR NOT NULL,
    content_sha256      VARCHAR NOT NULL,
    title               VARCHAR NOT NULL,
    body                VARCHAR NOT NULL,
    is_meeting_article  BOOLEAN NOT NULL,
    published_date      DATE,
    ingested_at         TIMESTAMP NOT NULL
);
-- Photo captions, one a line ('' if none): kept out of body, evidence of who met whom.
ALTER TABLE articles ADD COLUMN IF NOT EXISTS captions VARCHAR;

CREATE TABLE IF NOT EXISTS partners (
    partner_id         VARCHAR PRIMARY KEY,
    name               VARCHAR NOT NULL,
    name_en            VARCHAR,
    kind               VARCHAR NOT NULL,
    country_code       VARCHAR,
    parent_partner_id  VARCHAR
);

CREATE TABLE IF NOT EXISTS meetings (
    meeting_id      VARCHAR PRIMARY KEY,
    meeting_date    DATE,
    date_text       VARCHAR,
    meeting_month   INTEGER,
    meeting_day     INTEGER,
    vn_locality     VARCHAR,
    vn_person       VARCHAR,
    vn_title        VARCHAR,
    partner_id      VARCHAR NOT NULL,
    foreign_person  VARCHAR,
    foreign_title   VARCHAR,
    is_primary      BOOLEAN NOT NULL,
    evidence        VARCHAR NOT NULL,
    confidence      DOUBLE   -- the decision model's probability that the row is a real meeting (0-1)
);
-- Warehouses made before the decision model get the column (NULL: decided by the hand rules).
ALTER TABLE meetings ADD COLUMN IF NOT EXISTS confidence DOUBLE;

CREATE TABLE IF NOT EXISTS meeting_sources (
    meeting_id  VARCHAR NOT NULL,
    article_id  VARCHAR NOT NULL,
    PRIMARY KEY (meeting_id, article_id)
);

CREATE TABLE IF NOT EXISTS meeting_fields (
    meeting_id  VARCHAR NOT NULL,
    field       VARCHAR NOT NULL,
    PRIMARY KEY (meeting_id, field)
);

CREATE TABLE IF NOT EXISTS statistics (
    stat_id     VARCHAR PRIMARY KEY,
    article_id  VARCHAR NOT NULL,
    meeting_id  VARCHAR,
    value       DOUBLE NOT NULL,
    unit        VARCHAR NOT NULL,
    qualifier   VARCHAR NOT NULL,
    raw_text    VARCHAR NOT NULL,
    evidence    VARCHAR NOT NULL,
    confidence  DOUBLE  -- 0-1 from the figure model (transforms/figure_model.py): how sure the figure is real
);
ALTER TABLE statistics ADD COLUMN IF NOT EXISTS confidence DOUBLE;  -- warehouses made before the figure model
