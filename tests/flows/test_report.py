"""The report page: written beside the warehouse by every run and by `hoptac report`, self-contained."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from flows.cli import main
from flows.report import column_chart, hbar_chart, report_path


def test_every_run_writes_the_report_beside_its_warehouse(seed_warehouse: Path) -> None:
    page = report_path(seed_warehouse)
    assert page == seed_warehouse.parent / "hoptac-report.html"
    assert page.exists(), "the run that built the warehouse wrote no report"


def test_report_command_draws_every_section_offline(seed_warehouse: Path, capsys: pytest.CaptureFixture) -> None:
    assert main(["report", "--warehouse", str(seed_warehouse)]) == 0
    page = Path(capsys.readouterr().out.strip())
    assert page == report_path(seed_warehouse)
    text = page.read_text(encoding="utf-8")
    for heading in ("Meetings per month", "Meetings by partner country", "Meetings by kind of partner",
                    "Vietnamese provinces and cities", "Foreign partners", "Latest meetings, with their evidence",
                    "Statistics by unit", "Data quality", "Quarantine"):
        assert heading in text, heading
    assert text.count("<svg") >= 7
    # Real content of the seeds: localities, partners, a figure as plain digits, evidence, quarantine reason.
    assert "Hồ Chí Minh" in text and "Daejeon" in text and "Quảng Châu" in text
    assert "1600000000" in text and "1.6e" not in text.lower()
    assert "tiếp đoàn công tác TP Daejeon" in text
    assert "empty file" in text
    # Self-contained: no script, no stylesheet or image fetched from anywhere.
    assert "<script" not in text
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", text)
    assert not re.findall(r"https?://(?!www\.w3\.org/2000/svg)", text)


def test_charts_scale_bars_to_the_largest_value() -> None:
    svg = hbar_chart([("Hồ Chí Minh", 4), ("Cần Thơ", 1)], "localities")
    widths = [float(w) for w in re.findall(r'<rect x="\d+" y="[\d.]+" width="([\d.]+)"', svg)]
    assert widths[0] == pytest.approx(4 * widths[1])
    columns = column_chart([("2025-09", 2), ("2025-10", 0), ("2025-11", 1)], "per month")
    assert columns.count("<rect") == 3 and "2025-11" in columns
    assert "nothing yet" in hbar_chart([], "empty chart")
