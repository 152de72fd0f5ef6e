"""The analysts' views and every ready question of the README, on a warehouse built from the seeds."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.conftest import REPO
from warehouse.db import Warehouse


def readme_questions() -> list[tuple[str, str]]:
    """(title, sql) of every ```sql block of the README's "Asking questions" section."""
    text = (REPO / "README.md").read_text(encoding="utf-8")
    section = text.split("## Asking questions", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```sql\n(.*?)```", section, flags=re.S)
    return [(block.splitlines()[0].lstrip("- ").strip(), block) for block in blocks]


def test_readme_has_a_dozen_questions() -> None:
    titles = [title for title, _ in readme_questions()]
    assert len(titles) >= 12, titles
    assert any("country and year" in t for t in titles) and any("today" in t for t in titles)


@pytest.mark.parametrize(("title", "sql"), readme_questions(), ids=[t for t, _ in readme_questions()])
def test_every_readme_question_runs_and_answers(seed_warehouse: Path, title: str, sql: str) -> None:
    with Warehouse(seed_warehouse, read_only=True) as wh:
        frame = wh.query(sql)
    if "empty when all is well" in title:
        assert frame.height == 0, frame
    else:
        assert frame.height > 0, f"{title}: no rows"
        assert frame.null_count().row(0) != tuple([frame.height] * frame.width)


def test_meeting_overview_carries_when_what_and_evidence(seed_warehouse: Path) -> None:
    with Warehouse(seed_warehouse, read_only=True) as wh:
        overview = wh.query("SELECT * FROM meeting_overview")
        meetings = wh.query("SELECT count(*) AS n FROM meetings")["n"][0]
    assert overview.height == meetings
    daejeon = overview.filter(overview["partner"] == "Daejeon").row(0, named=True)
    assert (daejeon["year"], daejeon["month"], str(daejeon["meeting_date"])) == (2026, 3, "2026-03-10")
    assert daejeon["article_titles"] == "Lãnh đạo TP HCM tiếp đoàn công tác TP Daejeon - Hàn Quốc"
    assert daejeon["source_files"].startswith("003_") and daejeon["sources"] == 1
    assert "Daejeon" in daejeon["evidence"] and daejeon["country_code"] == "KR"
    assert overview["evidence"].null_count() == 0 and overview["article_titles"].null_count() == 0


def test_grouped_views_add_up_to_the_tables(seed_warehouse: Path) -> None:
    with Warehouse(seed_warehouse, read_only=True) as wh:
        def one(sql: str) -> object:
            return wh.query(sql).row(0)[0]

        meetings = one("SELECT count(*) FROM meetings")
        assert one("SELECT sum(meetings) FROM meetings_by_country_year") == meetings
        assert one("SELECT sum(meetings) FROM meetings_by_partner_kind") == meetings
        assert one("SELECT sum(meetings) FROM partner_activity") == meetings
        assert one("SELECT sum(meetings) FROM locality_activity") == one(
            "SELECT count(*) FROM meetings WHERE vn_locality IS NOT NULL")
        assert one("SELECT vn_locality FROM locality_activity LIMIT 1") == "Hồ Chí Minh"
        assert one("SELECT sum(figures) FROM statistics_by_unit") == one("SELECT count(*) FROM statistics")
        assert one("SELECT max_value FROM statistics_by_unit WHERE unit = 'USD'") == 1_600_000_000
        assert one("SELECT sum(files) FROM arrivals_by_day") == one("SELECT count(*) FROM raw_files") == 6
        assert one("SELECT reason FROM quarantine_reasons") == "empty file"
