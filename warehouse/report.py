"""The queries behind the HTML report: one named frame per section, read from the analysts' views."""
from __future__ import annotations

import polars as pl

from warehouse.db import Warehouse

TOP = 15  # bars in a "most active" chart
LATEST = 20  # rows in a "latest" table

# name -> query; flows/report.py draws them. Each reads the views of 40_views.sql or the raw layer.
REPORT_QUERIES: dict[str, str] = {
    "totals": """
        SELECT (SELECT count(*) FROM articles) AS articles,
               (SELECT count(*) FROM articles WHERE is_meeting_article) AS meeting_articles,
               (SELECT count(*) FROM meetings) AS meetings,
               (SELECT count(*) FROM partners) AS partners,
               (SELECT count(DISTINCT country_code) FROM partners) AS countries,
               (SELECT count(DISTINCT vn_locality) FROM meetings) AS vn_localities,
               (SELECT count(*) FROM statistics) AS statistics,
               (SELECT count(*) FROM raw_files) AS files,
               (SELECT count(*) FROM quarantine) AS quarantined,
               (SELECT count(*) FROM meetings WHERE meeting_date IS NULL) AS undated_meetings,
               (SELECT max(ingested_at) FROM raw_files) AS last_arrival""",
    "meetings_by_month": """
        SELECT strftime(month_start, '%Y-%m') AS month, meetings FROM meetings_by_month ORDER BY month_start""",
    "meetings_by_country": f"""
        WITH names AS (SELECT country_code, min(name) AS country FROM partners WHERE kind = 'country' GROUP BY ALL)
        SELECT coalesce(c.country_code, '?') AS country_code,
               coalesce(c.country_code || ' ' || n.country, c.country_code, 'country unknown') AS country,
               sum(c.meetings) AS meetings
        FROM meetings_by_country_year c LEFT JOIN names n USING (country_code)
        GROUP BY ALL ORDER BY meetings DESC, country LIMIT {TOP}""",
    "meetings_by_country_year": """
        SELECT coalesce(country_code, '?') AS country_code, coalesce(CAST(year AS VARCHAR), 'undated') AS year,
               meetings
        FROM meetings_by_country_year ORDER BY country_code, meetings_by_country_year.year NULLS LAST""",
    "meetings_by_kind": """
        SELECT partner_kind, sum(meetings) AS meetings, sum(partners) AS partners
        FROM meetings_by_partner_kind GROUP BY ALL ORDER BY meetings DESC, partner_kind""",
    "top_localities": f"""
        SELECT vn_locality, meetings, partners, country_codes FROM locality_activity LIMIT {TOP}""",
    "top_partners": f"""
        SELECT partner, partner_kind, country_code, meetings, localities
        FROM partner_activity WHERE meetings > 0 LIMIT {TOP}""",
    "latest_meetings": f"""
        SELECT coalesce(CAST(meeting_date AS VARCHAR), date_text) AS meeting_when, vn_locality, vn_person,
               partner, country_code, foreign_person, article_titles, evidence
        FROM meeting_overview
        ORDER BY meeting_date DESC NULLS LAST, ingested_at DESC, meeting_id LIMIT {LATEST}""",
    "statistics_by_unit": "SELECT unit, figures, articles, min_value, max_value, total_value FROM statistics_by_unit",
    "largest_money": """
        SELECT value, unit, qualifier, raw_text, vn_locality, partner, evidence
        FROM statistics_overview WHERE regexp_matches(unit, '^[A-Z]{3}$')
        ORDER BY value DESC LIMIT 10""",
    "quality_by_suite": """
        SELECT suite, count(*) AS checks, count(*) FILTER (WHERE success) AS passed,
               count(*) FILTER (WHERE NOT success AND critical) AS critical_failures,
               count(*) FILTER (WHERE NOT success AND NOT critical) AS warnings,
               count(DISTINCT batch_id) AS batches
        FROM dq_results GROUP BY suite ORDER BY suite""",
    "quality_failures": f"""
        SELECT checked_at, suite, expectation, column_name, critical, unexpected, details
        FROM dq_failures LIMIT {LATEST}""",
    "quarantine_reasons": "SELECT reason, step, files, last_seen FROM quarantine_reasons",
    "latest_quarantined": f"""
        SELECT quarantined_at, parse_filename(source_path) AS file, step, reason
        FROM quarantine ORDER BY quarantined_at DESC, source_path LIMIT {LATEST}""",
    "arrivals_by_day": "SELECT day, files, loaded, duplicates, quarantined FROM arrivals_by_day ORDER BY day",
}


def report_data(wh: Warehouse) -> dict[str, pl.DataFrame]:
    """Every section's frame, read in one transaction so the sections agree with each other."""
    with wh.transaction():
        return {name: wh.query(sql) for name, sql in REPORT_QUERIES.items()}


def run_quality(wh: Warehouse, batch_ids: list[str]) -> pl.DataFrame:
    """Expectation results of the given batches (one run's), per suite."""
    return wh.query(
        "SELECT suite, count(*) AS checks, count(*) FILTER (WHERE success) AS passed, "
        "count(*) FILTER (WHERE NOT success AND critical) AS critical_failures, "
        "count(*) FILTER (WHERE NOT success AND NOT critical) AS warnings "
        "FROM dq_results WHERE batch_id IN (SELECT unnest($ids)) GROUP BY suite ORDER BY suite",
        {"ids": list(batch_ids)},
    )
