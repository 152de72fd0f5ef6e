"""`hoptac sql`: plain numbers, the first N rows in order, table, CSV and JSON, on the seeds' warehouse."""
from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
from pathlib import Path

import pytest

from flows.cli import main
from flows.sql_output import plain_number

QUERY = "SELECT value, unit, raw_text FROM statistics ORDER BY value DESC, raw_text"


@pytest.mark.parametrize(("value", "text"), [
    (1.6e9, "1600000000"), (106290000.0, "106290000"), (0.5, "0.5"), (1e-7, "0.0000001"), (12, "12"),
    (2.25e15, "2250000000000000"), (-7.0, "-7"), (1.5e25, "15000000000000000000000000"),
])
def test_numbers_are_plain(value: float, text: str) -> None:
    assert plain_number(value) == text


def test_table_prints_plain_numbers_and_the_first_rows(seed_warehouse: Path, capsys: pytest.CaptureFixture) -> None:
    assert main(["sql", QUERY, "--warehouse", str(seed_warehouse), "--limit", "3"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["value", "unit", "raw_text"]
    assert lines[2].split()[:2] == ["1600000000", "USD"]  # the largest first, in the result's order
    assert lines[3].split()[:2] == ["106290000", "USD"]
    assert len(lines) == 2 + 3 + 1 and lines[-1].startswith("(first 3 of ")
    assert "e+" not in "\n".join(lines) and "e9" not in "\n".join(lines)


def test_csv_and_json(seed_warehouse: Path, capsys: pytest.CaptureFixture) -> None:
    assert main(["sql", QUERY, "--warehouse", str(seed_warehouse), "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert rows[0] == {"value": "1600000000", "unit": "USD", "raw_text": "xấp xỉ 1,6 tỷ USD"}
    assert len(rows) >= 10
    assert main(["sql", QUERY, "--warehouse", str(seed_warehouse), "--format", "json", "--limit", "2"]) == 0
    records = json.loads(capsys.readouterr().out)
    assert records == [
        {"value": 1600000000, "unit": "USD", "raw_text": "xấp xỉ 1,6 tỷ USD"},
        {"value": 106290000, "unit": "USD", "raw_text": "106,29 triệu USD"},
    ]


def test_duckdb_shell_is_installed_and_reads_the_warehouse(seed_warehouse: Path) -> None:
    duckdb_cli = Path(__file__).resolve().parents[2] / ".venv" / "bin" / "duckdb"
    shell = str(duckdb_cli) if duckdb_cli.exists() else shutil.which("duckdb")
    assert shell, "the duckdb shell (duckdb-cli) is not installed"
    out = subprocess.run([shell, "-readonly", "-csv", str(seed_warehouse), "-c",
                          "SELECT count(*) AS n FROM meeting_overview"],
                         capture_output=True, text=True, timeout=60, check=True).stdout
    assert out.split() == ["n", "10"] or int(out.split()[1]) > 0


def test_json_keeps_every_digit_of_a_long_decimal(seed_warehouse: Path, capsys: pytest.CaptureFixture) -> None:
    query = "SELECT CAST(8819631550473419.125 AS DECIMAL(20, 3)) AS big, CAST(2.5 AS DECIMAL(4, 1)) AS small"
    assert main(["sql", query, "--warehouse", str(seed_warehouse), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == [{"big": "8819631550473419.125", "small": 2.5}]

