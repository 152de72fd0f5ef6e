-- Evidence layer under the marts: every article's own reading of a meeting, and every name a partner was
-- seen under. meetings, meeting_sources and meeting_fields are derived from meeting_evidence at each load
-- (transforms/merge.py), one merge block at a time; partner_aliases from the names in it.
CREATE TABLE IF NOT EXISTS meeting_evidence (
    evidence_id     VARCHAR PRIMARY KEY,  -- the article's reading: article, partner, Vietnamese side, day
    article_id      VARCHAR NOT NULL,
    ordinal         INTEGER NOT NULL,     -- position among the article's readings
    meeting_id      VARCHAR,              -- the merged meeting it is a source of
    merge_block     VARCHAR NOT NULL,     -- partner country (or partner) and day: readings of one meeting share it
    partner_id      VARCHAR NOT NULL,
    partner_name    VARCHAR NOT NULL,     -- the partner's canonical name for this reading
    partner_alias   VARCHAR NOT NULL,     -- the partner as this article writes it
    partner_kind    VARCHAR NOT NULL,
    country_code    VARCHAR,
    meeting_date    DATE,
    date_text       VARCHAR,
    meeting_year    INTEGER,
    meeting_month   INTEGER,
    meeting_day     INTEGER,
    vn_locality     VARCHAR,
    vn_person       VARCHAR,
    vn_title        VARCHAR,
    foreign_person  VARCHAR,
    foreign_title   VARCHAR,
    is_primary      BOOLEAN NOT NULL,
    evidence        VARCHAR NOT NULL,
    fields          VARCHAR[] NOT NULL,
    confidence      DOUBLE                -- the decision model's probability for this reading
);

CREATE TABLE IF NOT EXISTS partner_aliases (
    partner_id  VARCHAR NOT NULL,
    alias       VARCHAR NOT NULL,     -- a name the partner was seen under, as the text writes it
    articles    INTEGER NOT NULL,     -- articles that name it so
    readings    INTEGER NOT NULL,     -- meeting readings that name it so
    PRIMARY KEY (partner_id, alias)
);

-- A partner row seen under several names keeps the most specific kind (a state over the council of it) and
-- the fullest name; the order is total, so the kept row does not depend on which article came first.
CREATE OR REPLACE MACRO partner_preference(kind, name) AS
    printf('%d|%03d|%s',
           CASE kind WHEN 'state' THEN 0 WHEN 'province' THEN 1 WHEN 'city' THEN 2 WHEN 'council' THEN 3 ELSE 4 END,
           999 - len(string_split(name, ' ')), name);
