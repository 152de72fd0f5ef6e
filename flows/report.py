"""The report page: one self-contained HTML file beside the warehouse, charts drawn as inline SVG (works offline)."""
from __future__ import annotations

import datetime as dt
import html
import os
from collections.abc import Sequence
from pathlib import Path

import polars as pl

from flows.sql_output import cell_text
from warehouse.db import Warehouse
from warehouse.report import report_data

BAR = "#2f6f9f"
WARN = "#c0392b"
CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;margin:0;color:#1d2733;
background:#f5f7fa}
header{background:#1d3b53;color:#fff;padding:18px 32px}header h1{margin:0 0 4px;font-size:24px}
header p{margin:2px 0;opacity:.85;font-size:13px}main{padding:8px 32px 40px;max-width:1400px}
section{background:#fff;border:1px solid #dde3ea;border-radius:6px;padding:14px 18px;margin:16px 0}
h2{font-size:18px;margin:0 0 10px}h3{font-size:14px;margin:14px 0 6px;color:#415266}
.cards{display:flex;flex-wrap:wrap;gap:10px}.card{background:#fff;border:1px solid #dde3ea;border-radius:6px;
padding:10px 16px;min-width:120px}.card b{display:block;font-size:24px}.card span{font-size:12px;color:#5b6b7d}
.grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(420px,1fr));gap:16px}
table{border-collapse:collapse;width:100%;font-size:13px}th,td{border-bottom:1px solid #e6eaef;padding:4px 6px;
text-align:left;vertical-align:top}th{background:#f0f3f7}td.num{text-align:right;font-variant-numeric:tabular-nums}
td.long{font-size:12px;color:#334;max-width:520px}.empty{color:#6b7a8c;font-style:italic}
svg text{font-family:inherit;font-size:11px;fill:#334}.bad{color:#c0392b;font-weight:600}.ok{color:#1e7e34}
"""


def report_path(warehouse: str | Path) -> Path:
    """The report of warehouse/hoptac.duckdb is warehouse/hoptac-report.html."""
    warehouse = Path(warehouse)
    return warehouse.parent / f"{warehouse.stem}-report.html"


def _esc(value: object) -> str:
    return html.escape(cell_text(value))


def _points(frame: pl.DataFrame, label: str, value: str) -> list[tuple[str, float]]:
    return [(cell_text(r[label]), float(r[value] or 0)) for r in frame.iter_rows(named=True)]


def _fit(width: int) -> str:
    """An SVG shrinks with its column, never grows past its drawn size."""
    return f"width:100%;max-width:{width}px;height:auto"


def hbar_chart(points: Sequence[tuple[str, float]], title: str, color: str = BAR) -> str:
    """Horizontal bars, one per label, longest first as given; an inline SVG."""
    if not points:
        return f'<p class="empty">{html.escape(title)}: nothing yet.</p>'
    label_w, bar_w, row_h = 210, 420, 22
    top = max(v for _, v in points) or 1
    height = row_h * len(points) + 8
    rows = []
    for i, (label, value) in enumerate(points):
        y = 4 + i * row_h
        width = max(1.0, bar_w * value / top)
        shown = label if len(label) <= 32 else label[:31] + "…"
        rows.append(
            f'<text x="{label_w - 6}" y="{y + 15}" text-anchor="end">{html.escape(shown)}</text>'
            f'<rect x="{label_w}" y="{y + 3}" width="{width:.1f}" height="{row_h - 6}" fill="{color}">'
            f'<title>{html.escape(label)}: {cell_text(value)}</title></rect>'
            f'<text x="{label_w + width + 4:.1f}" y="{y + 15}">{cell_text(value)}</text>'
        )
    return (f'<svg role="img" aria-label="{html.escape(title)}" style="{_fit(label_w + bar_w + 60)}" '
            f'viewBox="0 0 {label_w + bar_w + 60} {height}" xmlns="http://www.w3.org/2000/svg">'
            f'<title>{html.escape(title)}</title>{"".join(rows)}</svg>')


def column_chart(points: Sequence[tuple[str, float]], title: str, color: str = BAR) -> str:
    """Vertical columns over time (labels in order); an inline SVG with a value axis."""
    if not points:
        return f'<p class="empty">{html.escape(title)}: nothing yet.</p>'
    left, plot_h, bottom = 60, 180, 50
    step = min(48.0, 860 / len(points))  # a few months do not make fat bars
    plot_w = step * len(points)
    top = max(v for _, v in points) or 1
    every = max(1, round(len(points) / 24))  # at most about 24 labels
    parts = [f'<line x1="{left}" y1="{plot_h + 10}" x2="{left + plot_w}" y2="{plot_h + 10}" stroke="#99a"/>']
    for tick in (0, top / 2, top):
        y = 10 + plot_h - plot_h * tick / top
        parts.append(f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end">{cell_text(round(tick, 1))}</text>'
                     f'<line x1="{left}" y1="{y:.1f}" x2="{left + plot_w}" y2="{y:.1f}" stroke="#eef"/>')
    for i, (label, value) in enumerate(points):
        h = plot_h * value / top
        x = left + i * step
        parts.append(f'<rect x="{x + step * 0.12:.1f}" y="{10 + plot_h - h:.1f}" width="{max(1.0, step * 0.76):.1f}" '
                     f'height="{h:.1f}" fill="{color}"><title>{html.escape(label)}: {cell_text(value)}</title></rect>')
        if i % every == 0:
            cx = x + step / 2
            parts.append(f'<text x="{cx:.1f}" y="{plot_h + 24}" text-anchor="end" '
                         f'transform="rotate(-35 {cx:.1f} {plot_h + 24})">{html.escape(label)}</text>')
    width, height = int(left + plot_w + 10), 10 + plot_h + bottom
    return (f'<svg role="img" aria-label="{html.escape(title)}" style="{_fit(width)}" '
            f'viewBox="0 0 {width} {height}" xmlns="http://www.w3.org/2000/svg">'
            f'<title>{html.escape(title)}</title>{"".join(parts)}</svg>')


def html_table(frame: pl.DataFrame, long: Sequence[str] = ()) -> str:
    """A frame as an HTML table: plain numbers right-aligned, long text (evidence) in small type."""
    if not frame.height:
        return '<p class="empty">None.</p>'
    numeric = {c for c, t in zip(frame.columns, frame.dtypes, strict=True) if t.is_numeric()}
    head = "".join(f"<th>{html.escape(c.replace('_', ' '))}</th>" for c in frame.columns)
    body = []
    for row in frame.iter_rows(named=True):
        cells = []
        for c in frame.columns:
            css = ' class="num"' if c in numeric else ' class="long"' if c in long else ""
            cells.append(f"<td{css}>{_esc(row[c])}</td>")
        body.append("<tr>" + "".join(cells) + "</tr>")
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"


def country_by_year(by_year: pl.DataFrame, top: pl.DataFrame) -> pl.DataFrame:
    """Meetings per country (rows, the chart's countries in its order) and year (columns, undated last)."""
    if not by_year.height:
        return by_year
    wide = by_year.pivot(on="year", index="country_code", values="meetings", aggregate_function="sum")
    years = sorted(c for c in wide.columns if c not in ("country_code", "undated"))
    ordered = top.select("country_code", "country").join(wide, on="country_code", how="left")
    return ordered.select("country", *years, *(["undated"] if "undated" in wide.columns else [])).with_columns(
        pl.exclude("country").fill_null(0)
    )


def _cards(totals: dict[str, object]) -> str:
    labels = [("articles", "articles"), ("meeting_articles", "meeting articles"), ("meetings", "meetings"),
              ("partners", "foreign partners"), ("countries", "partner countries"),
              ("vn_localities", "Vietnamese localities"), ("statistics", "figures"), ("files", "files registered"),
              ("quarantined", "quarantined files")]
    return '<div class="cards">' + "".join(
        f'<div class="card"><b>{_esc(totals.get(key, 0))}</b><span>{label}</span></div>' for key, label in labels
    ) + "</div>"


def render_report(data: dict[str, pl.DataFrame], warehouse: str | Path, run: dict[str, object] | None = None,
                  generated_at: dt.datetime | None = None) -> str:
    """The whole page from the frames of warehouse.report.report_data."""
    generated_at = generated_at or dt.datetime.now().replace(microsecond=0)
    totals = data["totals"].row(0, named=True) if data["totals"].height else {}
    quality = data["quality_by_suite"]
    failed = int(quality["critical_failures"].sum() or 0) if quality.height else 0
    warnings = int(quality["warnings"].sum() or 0) if quality.height else 0
    run_line = ""
    if run:
        run_line = "<p>Last run: " + ", ".join(f"{html.escape(str(k))} {_esc(v)}" for k, v in run.items()) + "</p>"
    undated = totals.get("undated_meetings", 0)
    sections = [
        f"<section><h2>In the warehouse</h2>{_cards(totals)}</section>",
        "<section><h2>Meetings per month</h2>"
        + column_chart(_points(data["meetings_by_month"], "month", "meetings"), "Meetings per month")
        + f'<p class="empty">{_esc(undated)} meeting(s) without a full date are counted by the month of their '
          "article where it is known, and left out otherwise.</p></section>",
        '<section><h2>Partners</h2><div class="grid"><div><h3>Meetings by partner country</h3>'
        + hbar_chart(_points(data["meetings_by_country"], "country", "meetings"), "Meetings by partner country")
        + "</div><div><h3>Meetings by kind of partner</h3>"
        + hbar_chart(_points(data["meetings_by_kind"], "partner_kind", "meetings"), "Meetings by kind of partner")
        + "</div></div><h3>By country and year (the most active countries)</h3>"
        + html_table(country_by_year(data["meetings_by_country_year"], data["meetings_by_country"])) + "</section>",
        '<section><h2>Most active</h2><div class="grid"><div><h3>Vietnamese provinces and cities</h3>'
        + hbar_chart(_points(data["top_localities"], "vn_locality", "meetings"), "Most active Vietnamese localities")
        + "</div><div><h3>Foreign partners</h3>"
        + hbar_chart(_points(data["top_partners"], "partner", "meetings"), "Most active foreign partners")
        + "</div></div>" + html_table(data["top_partners"], long=("localities",)) + "</section>",
        "<section><h2>Latest meetings, with their evidence</h2>"
        + html_table(data["latest_meetings"], long=("evidence", "article_titles")) + "</section>",
        '<section><h2>Statistics by unit</h2><div class="grid"><div>'
        + hbar_chart(_points(data["statistics_by_unit"], "unit", "figures"), "Figures by unit")
        + "</div><div>" + html_table(data["statistics_by_unit"]) + "</div></div>"
        + "<h3>Largest money figures</h3>" + html_table(data["largest_money"], long=("evidence",)) + "</section>",
        "<section><h2>Data quality</h2>"
        + (f'<p class="bad">{failed} critical expectation failure(s), {warnings} warning(s).</p>' if failed else
           f'<p class="ok">No critical expectation failed; {warnings} warning(s).</p>')
        + html_table(quality) + "<h3>Latest failed expectations</h3>"
        + html_table(data["quality_failures"], long=("details",)) + "</section>",
        "<section><h2>Quarantine</h2>"
        + hbar_chart(_points(data["quarantine_reasons"], "reason", "files"), "Quarantined files by reason", WARN)
        + html_table(data["quarantine_reasons"]) + "<h3>Latest quarantined files</h3>"
        + html_table(data["latest_quarantined"], long=("reason",)) + "</section>",
        "<section><h2>Arrivals per day</h2>"
        + column_chart(_points(data["arrivals_by_day"], "day", "files"), "Files registered per day")
        + html_table(data["arrivals_by_day"]) + "</section>",
    ]
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>hoptac report: {html.escape(Path(warehouse).name)}</title><style>{CSS}</style></head><body>"
        f"<header><h1>hoptac report</h1><p>Warehouse {html.escape(str(warehouse))}</p>"
        f"<p>Generated {generated_at:%Y-%m-%d %H:%M:%S}; last arrival {_esc(totals.get('last_arrival'))}</p>"
        f"{run_line}</header><main>{''.join(sections)}</main></body></html>"
    )


def write_report(wh: Warehouse, run: dict[str, object] | None = None, warehouse: str | Path | None = None) -> Path:
    """Query the warehouse and write the page beside it, atomically: a browser never sees half a page.

    warehouse: the file users open, when wh is a writer's working copy of it."""
    warehouse = Path(warehouse or wh.path)
    page = render_report(report_data(wh), warehouse, run)
    target = report_path(warehouse)
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    partial.write_text(page, encoding="utf-8")
    os.replace(partial, target)
    return target
