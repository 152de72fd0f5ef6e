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
