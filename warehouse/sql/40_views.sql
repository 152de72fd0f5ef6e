-- Views for analysts: the joins and groupings asked for first, each named for its question.
-- They read the contract's columns (plus meeting_fields and the model's confidence), so they survive new columns.

-- One row per meeting with everything needed to read it: when (year and month to group by: of the
-- meeting when the text gives them, else of the reporting article's publication), who on each side,
-- which articles and files reported it, the sentence(s) it was read from, and how sure the decision model is.
CREATE OR REPLACE VIEW meeting_overview AS
WITH reported AS (
    SELECT s.meeting_id,
           count(*) AS sources,
           string_agg(a.title, ' | ' ORDER BY a.published_date NULLS LAST, a.article_id) AS article_titles,
           string_agg(parse_filename(a.source_path), ', ' ORDER BY a.published_date NULLS LAST, a.article_id)
               AS source_files,
           min(a.published_date) AS published_date,
           min(a.ingested_at) AS ingested_at
    FROM meeting_sources s
    JOIN articles a USING (article_id)
    GROUP BY s.meeting_id
), fields AS (
    SELECT meeting_id, string_agg(field, ', ' ORDER BY field) AS fields
    FROM meeting_fields
    GROUP BY meeting_id
)
SELECT m.meeting_id,
       CAST(coalesce(year(m.meeting_date), year(r.published_date)) AS INTEGER) AS year,
       CAST(coalesce(m.meeting_month, month(r.published_date)) AS INTEGER) AS month,
       m.meeting_date, m.meeting_month, m.meeting_day, m.date_text,
       m.vn_locality, m.vn_person, m.vn_title,
       m.partner_id, p.name AS partner, p.name_en AS partner_en, p.kind AS partner_kind, p.country_code,
       parent.name AS partner_parent,
       m.foreign_person, m.foreign_title, m.is_primary, m.confidence,
       f.fields,
       coalesce(r.sources, 0) AS sources,
       r.article_titles, r.source_files, r.published_date, r.ingested_at,
       m.evidence
FROM meetings m
JOIN partners p USING (partner_id)
LEFT JOIN partners parent ON parent.partner_id = p.parent_partner_id
LEFT JOIN reported r USING (meeting_id)
LEFT JOIN fields f USING (meeting_id);

-- Meetings per partner country and year (year NULL: neither the meeting nor its article is dated).
CREATE OR REPLACE VIEW meetings_by_country_year AS
SELECT country_code, year,
       count(*) AS meetings,
       count(DISTINCT partner_id) AS partners,
       count(DISTINCT vn_locality) AS vn_localities
FROM meeting_overview
GROUP BY country_code, year
ORDER BY country_code, year NULLS LAST;

-- Meetings per month, for a time line (months without a known year are left out).
CREATE OR REPLACE VIEW meetings_by_month AS
SELECT make_date(year, month, 1) AS month_start, year, month,
       count(*) AS meetings,
       count(DISTINCT partner_id) AS partners,
       count(DISTINCT country_code) AS countries
FROM meeting_overview
WHERE year IS NOT NULL AND month IS NOT NULL
GROUP BY year, month
ORDER BY year, month;

-- Vietnamese provinces and cities by the meetings they held (national-level meetings have no locality).
CREATE OR REPLACE VIEW locality_activity AS
SELECT vn_locality,
       count(*) AS meetings,
       count(DISTINCT partner_id) AS partners,
       count(DISTINCT country_code) AS countries,
       string_agg(DISTINCT country_code, ', ' ORDER BY country_code) AS country_codes,
       min(meeting_date) AS first_meeting,
       max(meeting_date) AS last_meeting
FROM meeting_overview
WHERE vn_locality IS NOT NULL
GROUP BY vn_locality
ORDER BY meetings DESC, vn_locality;

-- Foreign partners by the meetings they held, with the Vietnamese localities they met.
CREATE OR REPLACE VIEW partner_activity AS
SELECT p.partner_id, p.name AS partner, p.name_en AS partner_en, p.kind AS partner_kind, p.country_code,
       parent.name AS partner_parent,
       count(m.meeting_id) AS meetings,
       count(DISTINCT m.vn_locality) AS vn_localities,
       string_agg(DISTINCT m.vn_locality, ', ' ORDER BY m.vn_locality) AS localities,
       min(m.meeting_date) AS first_meeting,
       max(m.meeting_date) AS last_meeting
FROM partners p
LEFT JOIN partners parent ON parent.partner_id = p.parent_partner_id
LEFT JOIN meetings m ON m.partner_id = p.partner_id
GROUP BY ALL
ORDER BY meetings DESC, partner;

-- Partners and meetings by partner kind (state, city, embassy...) and country.
CREATE OR REPLACE VIEW meetings_by_partner_kind AS
SELECT partner_kind, country_code, count(*) AS meetings, count(DISTINCT partner_id) AS partners
FROM meeting_overview
GROUP BY partner_kind, country_code
ORDER BY meetings DESC, partner_kind, country_code;

-- Every figure with its article and, when it came with one, its meeting.
CREATE OR REPLACE VIEW statistics_overview AS
SELECT s.stat_id, s.value, s.unit, s.qualifier, s.raw_text,
       a.title AS article_title, parse_filename(a.source_path) AS source_file, a.published_date,
       s.meeting_id, m.vn_locality, p.name AS partner, p.country_code,
       s.evidence, s.article_id, s.confidence
FROM statistics s
JOIN articles a USING (article_id)
LEFT JOIN meetings m USING (meeting_id)
LEFT JOIN partners p ON p.partner_id = m.partner_id;

-- Figures by unit: how many, and their range and sum (a sum is only meaningful for additive units).
CREATE OR REPLACE VIEW statistics_by_unit AS
SELECT unit,
       count(*) AS figures,
       count(DISTINCT article_id) AS articles,
       min(value) AS min_value,
       max(value) AS max_value,
       sum(value) AS total_value
FROM statistics
GROUP BY unit
ORDER BY figures DESC, unit;

-- What came in, per day: files registered, articles, duplicates and quarantined files.
CREATE OR REPLACE VIEW arrivals_by_day AS
SELECT CAST(ingested_at AS DATE) AS day,
       count(*) AS files,
       count(*) FILTER (WHERE status = 'loaded') AS loaded,
       count(*) FILTER (WHERE status = 'duplicate') AS duplicates,
       count(*) FILTER (WHERE status = 'quarantined') AS quarantined,
       sum(size_bytes) AS bytes
FROM raw_files
GROUP BY day
ORDER BY day DESC;

-- Quarantined files by reason (the reason's text up to its first colon groups the same cause).
CREATE OR REPLACE VIEW quarantine_reasons AS
SELECT split_part(reason, ':', 1) AS reason, step, count(*) AS files, max(quarantined_at) AS last_seen
FROM quarantine
GROUP BY ALL
ORDER BY files DESC, reason;

CREATE OR REPLACE VIEW dq_failures AS
SELECT * FROM dq_results WHERE NOT success ORDER BY checked_at DESC;

-- Meetings the decision model is least sure of, least sure first: the rows an analyst should read before trusting.
-- A row under 0.8 is wrong about one time in three or more (make eval prints the reliability table).
CREATE OR REPLACE VIEW meetings_to_review AS
SELECT m.confidence, m.meeting_date, m.meeting_month, m.meeting_day, m.vn_locality, m.vn_person, m.vn_title,
       p.name AS partner, p.kind AS partner_kind, p.country_code, m.foreign_person, m.foreign_title,
       m.evidence, m.meeting_id,
       (SELECT string_agg(a.source_path, ' | ' ORDER BY a.source_path)
          FROM meeting_sources s JOIN articles a USING (article_id) WHERE s.meeting_id = m.meeting_id) AS sources
FROM meetings m
JOIN partners p USING (partner_id)
WHERE m.confidence IS NULL OR m.confidence < 0.8
ORDER BY m.confidence NULLS FIRST, m.meeting_id;

-- Figures the figure model is least sure of (confidence under 0.9), least sure first: read the evidence before
-- quoting them. On the check split about two in three of these were real figures, against nine in ten above 0.9.
CREATE OR REPLACE VIEW statistics_to_review AS
SELECT s.confidence, s.value, s.unit, s.qualifier, s.raw_text, s.evidence,
       a.title AS article_title, parse_filename(a.source_path) AS source_file, s.stat_id, s.article_id
FROM statistics s
JOIN articles a USING (article_id)
WHERE s.confidence IS NULL OR s.confidence < 0.9
ORDER BY s.confidence NULLS FIRST, s.stat_id;

-- ---------------------------------------------------------------------------------------------------------
-- Counts analysts make (dedupe helper): each counts merged meetings, not rows, and says how many sources
-- (meeting_sources rows: article reports) stand behind them.
CREATE OR REPLACE VIEW meetings_per_partner AS
SELECT p.partner_id, p.name AS partner, p.kind AS partner_kind, p.country_code, parent.name AS partner_parent,
       count(DISTINCT m.meeting_id) AS meetings,
       count(s.article_id) AS sources,
       count(DISTINCT s.article_id) AS articles,
       min(m.meeting_date) AS first_date, max(m.meeting_date) AS last_date
FROM partners p
JOIN meetings m USING (partner_id)
JOIN meeting_sources s USING (meeting_id)
LEFT JOIN partners parent ON parent.partner_id = p.parent_partner_id
GROUP BY ALL;

-- A partner's country: its own code (a state, city, embassy or company of the country counts for it).
CREATE OR REPLACE VIEW meetings_per_country AS
SELECT p.country_code,
       (SELECT c.name FROM partners c WHERE c.kind = 'country' AND c.country_code = p.country_code
        ORDER BY c.partner_id LIMIT 1) AS country,
       count(DISTINCT m.meeting_id) AS meetings,
       count(s.article_id) AS sources,
       count(DISTINCT m.partner_id) AS partners
FROM meetings m
JOIN partners p USING (partner_id)
JOIN meeting_sources s USING (meeting_id)
GROUP BY ALL;

-- vn_locality NULL: the Vietnamese side is national (Government, National Assembly, a ministry).
CREATE OR REPLACE VIEW meetings_per_locality AS
SELECT m.vn_locality, m.vn_locality IS NULL AS is_national,
       count(DISTINCT m.meeting_id) AS meetings,
       count(s.article_id) AS sources,
       count(DISTINCT m.partner_id) AS partners
FROM meetings m
JOIN meeting_sources s USING (meeting_id)
GROUP BY ALL;

-- meeting_year NULL: the year is not argued by any source (month and day may still be known).
CREATE OR REPLACE VIEW meetings_per_year AS
SELECT year(m.meeting_date) AS meeting_year,
       count(DISTINCT m.meeting_id) AS meetings,
       count(s.article_id) AS sources,
       count(DISTINCT m.meeting_id) FILTER (WHERE m.meeting_month IS NOT NULL) AS with_month
FROM meetings m
JOIN meeting_sources s USING (meeting_id)
GROUP BY ALL;

-- A partner's history across the names it was seen under: one row per name, with the meetings read under it.
CREATE OR REPLACE VIEW partner_history AS
SELECT p.partner_id, p.name AS partner, p.kind AS partner_kind, p.country_code, a.alias, a.articles, a.readings,
       count(DISTINCT e.meeting_id) AS meetings,
       min(m.meeting_date) AS first_date, max(m.meeting_date) AS last_date
FROM partners p
JOIN partner_aliases a USING (partner_id)
LEFT JOIN meeting_evidence e ON e.partner_id = a.partner_id AND e.partner_alias = a.alias
LEFT JOIN meetings m ON m.meeting_id = e.meeting_id
GROUP BY ALL;
