"""How `hoptac sql` prints a result: plain numbers (never 1.6000e9), the first N rows, as a table, CSV or JSON."""
from __future__ import annotations

import csv
import datetime as dt
import decimal
import io
import json
import math
from typing import Any

import polars as pl

FORMATS = ("table", "csv", "json")
TABLE_ROWS = 50  # rows a table shows when no --limit is given
CELL_WIDTH = 60  # longer text is cut in a table (CSV and JSON keep it whole)


def plain_number(value: float | int | decimal.Decimal) -> str:
    """A number as digits: 1600000000, 106290000, 0.5, 0.0000001; never an exponent."""
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if math.isnan(value) or math.isinf(value):
            return str(value)
        value = decimal.Decimal(repr(value))  # the shortest digits that give the float back
    text = format(value, "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float | decimal.Decimal):
        return plain_number(value)
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat(sep=" ") if isinstance(value, dt.datetime) else value.isoformat()
    if isinstance(value, list | tuple):
        return "[" + ", ".join(cell_text(v) for v in value) + "]"
    return str(value)


def _json_value(value: Any) -> Any:
    if isinstance(value, bool) or value is None or isinstance(value, str | int):
        return value
    if isinstance(value, float):
        if math.isnan(value) or math.isinf(value):
            return None
        return int(value) if value.is_integer() and abs(value) < 1e18 else value
    if isinstance(value, decimal.Decimal):
        if value == value.to_integral_value():
            return int(value)
        # A float keeps about 15 significant digits: a longer decimal goes out as its exact text.
        return float(value) if len(value.as_tuple().digits) <= 15 else format(value, "f")
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [_json_value(v) for v in value]
    if isinstance(value, dict):
        return {k: _json_value(v) for k, v in value.items()}
    return str(value)


def _table(frame: pl.DataFrame, total: int) -> str:
    numeric = [dtype.is_numeric() for dtype in frame.dtypes]
    rows = [[cell_text(v) for v in row] for row in frame.iter_rows()]
    rows = [[" ".join(c.split()) for c in row] for row in rows]  # one line per row: evidence has newlines
    rows = [[c if len(c) <= CELL_WIDTH else c[:CELL_WIDTH - 1] + "…" for c in row] for row in rows]
    widths = [max([len(name), *(len(r[i]) for r in rows)]) for i, name in enumerate(frame.columns)]

    def line(cells: list[str]) -> str:
        return "  ".join(
            c.rjust(w) if num else c.ljust(w) for c, w, num in zip(cells, widths, numeric, strict=True)
        ).rstrip()

    out = [line(frame.columns), "  ".join("-" * w for w in widths)]
    out += [line(r) for r in rows]
    shown = frame.height
    out.append(f"({total} row{'s' if total != 1 else ''})" if shown == total else
               f"(first {shown} of {total} rows; --limit N prints more)")
    return "\n".join(out)


def _csv(frame: pl.DataFrame) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(frame.columns)
    writer.writerows([cell_text(v) for v in row] for row in frame.iter_rows())
    return buffer.getvalue().rstrip("\n")


def _json(frame: pl.DataFrame) -> str:
    records = [{k: _json_value(v) for k, v in row.items()} for row in frame.iter_rows(named=True)]
    return json.dumps(records, ensure_ascii=False, indent=1)


def render(frame: pl.DataFrame, fmt: str = "table", limit: int | None = None) -> str:
    """The first `limit` rows of the result in the result's order (None: all rows for CSV and JSON,
    the first TABLE_ROWS for a table; 0: all rows)."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}: one of {', '.join(FORMATS)}")
    if limit is None:
        limit = TABLE_ROWS if fmt == "table" else 0
    shown = frame.head(limit) if limit > 0 else frame
    if fmt == "csv":
        return _csv(shown)
    if fmt == "json":
        return _json(shown)
    return _table(shown, frame.height)
