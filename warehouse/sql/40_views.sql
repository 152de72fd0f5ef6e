-- Convenience views for analysts.
CREATE OR REPLACE VIEW meeting_overview AS
SELECT m.meeting_id, m.meeting_date, m.meeting_month, m.meeting_day, m.date_text,
       m.vn_locality, m.vn_person, m.vn_title,
       p.name AS partner, p.kind AS partner_kind, p.country_code, parent.name AS partner_parent,
       m.foreign_person, m.foreign_title, m.is_primary,
       (SELECT string_agg(f.field, ', ' ORDER BY f.field) FROM meeting_fields f WHERE f.meeting_id = m.meeting_id) AS fields,
       (SELECT count(*) FROM meeting_sources s WHERE s.meeting_id = m.meeting_id) AS sources
FROM meetings m
JOIN partners p USING (partner_id)
LEFT JOIN partners parent ON parent.partner_id = p.parent_partner_id;

CREATE OR REPLACE VIEW dq_failures AS
SELECT * FROM dq_results WHERE NOT success ORDER BY checked_at DESC;

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
