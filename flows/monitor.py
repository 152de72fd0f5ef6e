"""What a run tells the people watching it: Prefect artifacts about this run only, keyed per warehouse, a
progress bar per batch, events an automation can notify on, and the report page at the end."""
from __future__ import annotations

import hashlib
import string
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from uuid import UUID

from prefect import get_run_logger
from prefect.artifacts import (
    create_link_artifact,
    create_markdown_artifact,
    create_progress_artifact,
    create_table_artifact,
    update_progress_artifact,
)
from prefect.events import emit_event

from flows.config import Settings
from warehouse.db import Warehouse
from warehouse.report import run_quality

QUARANTINED = "hoptac.file.quarantined"
RUN_COMPLETED = "hoptac.run.completed"
RUN_FAILED = "hoptac.run.failed"
_KEY_CHARS = set(string.ascii_lowercase + string.digits)


def warehouse_key(path: str | Path) -> str:
    """A short artifact-key part for a warehouse file: its name as a slug and a hash of its full path
    ("hoptac-3f2a9c1b"), so that two warehouses never publish under the same keys."""
    path = Path(path)
    slug = "".join(c if c in _KEY_CHARS else "-" for c in path.stem.lower())
    slug = "-".join(part for part in slug.split("-") if part)[:24].strip("-") or "warehouse"
    return f"{slug}-{hashlib.sha256(str(path.resolve()).encode('utf-8')).hexdigest()[:8]}"


def warehouse_resource(path: str | Path) -> dict[str, str]:
    resolved = str(Path(path).resolve())
    return {"prefect.resource.id": f"hoptac.warehouse.{resolved}", "prefect.resource.name": Path(path).name,
            "hoptac.warehouse.path": resolved, "hoptac.warehouse.key": warehouse_key(path)}


def _emit(event: str, resource: dict[str, str], payload: dict[str, Any],
          related: list[dict[str, str]] | None = None) -> None:
    """An event is information, never a reason for the run to fail."""
    try:
        emit_event(event=event, resource=resource, payload=payload, related=related)  # type: ignore[arg-type]
    except Exception as exc:  # noqa: BLE001 - the events client may be absent (no API): the run goes on
        get_run_logger().warning("could not emit %s: %s", event, exc)


@dataclass
class RunMonitor:
    """Follows one flow run over one warehouse: row counts before, batches done, artifacts at the end."""

    warehouse: Path
    before: dict[str, int]
    batches: int
    started: float = field(default_factory=time.perf_counter)
    done: int = 0
    progress_id: UUID | None = None
    announced: set[int] = field(default_factory=set)  # batches whose quarantined files were announced

    @property
    def key(self) -> str:
        return warehouse_key(self.warehouse)

    @classmethod
    def start(cls, warehouse: Path, before: dict[str, int], batches: int) -> RunMonitor:
        monitor = cls(warehouse, dict(before), batches)
        try:
            monitor.progress_id = create_progress_artifact(  # type: ignore[assignment]  # sync in a sync flow
                0.0, key=f"hoptac-progress-{monitor.key}",
                description=f"Batches of this run done, of {batches}, into {warehouse}",
            )
        except Exception as exc:  # noqa: BLE001 - progress is a courtesy
            get_run_logger().warning("no progress artifact: %s", exc)
        return monitor

    def batch_done(self, report: Any = None) -> None:
        """One more batch read, validated and loaded (or found already loaded): move the progress bar, and
        tell about the batch's quarantined files now rather than at the end of a long run."""
        self.done += 1
        self._progress(100.0 * self.done / self.batches if self.batches else 100.0)
        if report is not None:
            self._announce_quarantined(report)

    def _progress(self, percent: float) -> None:
        if self.progress_id is not None:
            try:
                update_progress_artifact(self.progress_id, min(100.0, percent))
            except Exception as exc:  # noqa: BLE001
                get_run_logger().warning("progress not updated: %s", exc)

    def _announce_quarantined(self, report: Any) -> None:
        if report.batch_no in self.announced:
            return
        self.announced.add(report.batch_no)
        resource = warehouse_resource(self.warehouse)
        related = [{"prefect.resource.id": resource["prefect.resource.id"], "prefect.resource.role": "warehouse"}]
        for item in report.quarantined:
            _emit(QUARANTINED, {"prefect.resource.id": f"hoptac.file.{item['file']}",
                                "prefect.resource.name": Path(item["file"]).name},
                  {"file": item["file"], "reason": item["reason"], "warehouse": str(self.warehouse),
                   "batch": report.batch_no}, related)

    def finish(self, summary: dict[str, Any], reports: list[Any], wh: Warehouse) -> dict[str, Any]:
        """Add this run's own figures to the summary, write the report, publish artifacts and events."""
        after = dict(summary["tables"])
        summary["warehouse_key"] = self.key
        summary["rows_added"] = {t: after[t] - self.before.get(t, 0) for t in after}
        summary["nothing_new"] = not any(r.files - r.skipped for r in reports)
        batch_ids = [r.batch_id for r in reports if getattr(r, "batch_id", None)]
        summary["run_quality"] = run_quality(wh, batch_ids).to_dicts()
        summary["report"] = None
        from flows.report import report_path, write_report

        page = report_path(self.warehouse)
        if summary["nothing_new"] and page.exists():
            summary["report"] = str(page.resolve())  # the tables did not change: neither does the page
        else:
            try:
                summary["report"] = str(write_report(wh, run=_run_line(summary), warehouse=self.warehouse).resolve())
            except Exception as exc:  # noqa: BLE001 - a report that cannot be drawn must not fail the load
                get_run_logger().warning("report not written: %s", exc)
        self._progress(100.0)
        quarantined = [q for r in reports for q in r.quarantined]
        self._artifacts(summary, quarantined, reports)
        for report in reports:
            self._announce_quarantined(report)
        _emit(RUN_COMPLETED, warehouse_resource(self.warehouse), {
            k: summary[k] for k in ("files_seen", "files_skipped_known", "articles_loaded", "quarantined",
                                    "checks_run", "checks_failed", "rejected_batches", "nothing_new", "report")
        })
        return summary

    def _artifacts(self, summary: dict[str, Any], quarantined: list[dict[str, str]], reports: list[Any]) -> None:
        key = self.key
        create_markdown_artifact(key=f"hoptac-run-summary-{key}", markdown=summary_markdown(summary, quarantined),
                                 description=f"What this run did to {summary['warehouse']}")
        create_table_artifact(
            key=f"hoptac-data-quality-{key}",
            description=f"Expectations run by this run on {summary['warehouse']}, per suite",
            table=summary["run_quality"] or [{
                "suite": "(none)", "checks": 0, "passed": 0, "critical_failures": 0, "warnings": 0,
                "note": "nothing new in this run: no expectation ran",
            }],
        )
        create_table_artifact(
            key=f"hoptac-quarantine-{key}",
            description=f"Files quarantined by this run, with the reason ({summary['warehouse']})",
            table=quarantined or [{"file": "(none)", "reason": "no file quarantined by this run"}],
        )
        if summary["report"]:
            create_link_artifact(key=f"hoptac-report-{key}", link=Path(summary["report"]).as_uri(),
                                 link_text=Path(summary["report"]).name,
                                 description=f"The report page of {summary['warehouse']}, written by this run")


def _run_line(summary: dict[str, Any]) -> dict[str, object]:
    return {"files seen": summary["files_seen"], "new articles": summary["articles_loaded"],
            "quarantined": summary["quarantined"]}


def summary_markdown(summary: dict[str, Any], quarantined: list[dict[str, str]]) -> str:
    """The run summary artifact: this run's figures first, then what the tables hold now."""
    seen, known = summary["files_seen"], summary["files_skipped_known"]
    if summary["rejected_batches"]:
        headline = f"{summary['rejected_batches']} batch(es) rejected by critical expectations"
    elif summary["nothing_new"]:
        headline = "nothing new"
    else:
        headline = f"{summary['articles_loaded']} new article(s) loaded"
    lines = [f"# hoptac run: {headline}", "",
             f"Warehouse `{summary['warehouse']}` (artifact key `{summary['warehouse_key']}`)."]
    if summary.get("report"):
        lines.append(f"Report: [{Path(summary['report']).name}]({Path(summary['report']).as_uri()}) "
                     f"(`{summary['report']}`).")
    lines.append("")
    if summary["nothing_new"]:
        lines += [f"All {seen} file(s) were already in the warehouse: nothing was decoded, no expectation ran, "
                  "no row was added.", ""]
    failed = summary["checks_failed"]
    lines += [
        "| this run | |", "|---|---|",
        f"| files seen | {seen} |",
        f"| already in the warehouse (skipped) | {known} |",
        f"| new articles loaded | {summary['articles_loaded']} |",
        f"| duplicate files (same text as an article) | {summary['duplicates']} |",
        f"| quarantined files | {summary['quarantined']} |",
        f"| triage candidates / meeting articles | {summary['candidates']} / {summary['meeting_articles']} |",
        f"| expectations run / failed | {summary['checks_run']} / {failed} |",
        f"| batches rejected | {summary['rejected_batches']} |",
        "",
    ]
    added = {t: n for t, n in summary["rows_added"].items() if n}
    if added:
        lines += ["## Rows added by this run", "", "| table | added | rows now |", "|---|---:|---:|"]
        lines += [f"| {t} | {n} | {summary['tables'][t]} |" for t, n in added.items()]
        lines.append("")
    else:
        lines += ["## Rows added by this run", "", "None.", ""]
    if summary["run_quality"]:
        lines += ["## Expectations of this run", "", "| suite | checks | passed | critical failures | warnings |",
                  "|---|---:|---:|---:|---:|"]
        lines += [f"| {q['suite']} | {q['checks']} | {q['passed']} | {q['critical_failures']} | {q['warnings']} |"
                  for q in summary["run_quality"]]
        lines.append("")
    if quarantined:
        lines += ["## Quarantined by this run", "", "| file | reason |", "|---|---|"]
        lines += [f"| `{q['file']}` | {q['reason']} |" for q in quarantined[:200]]
        if len(quarantined) > 200:
            lines.append(f"| … | {len(quarantined) - 200} more: see the quarantine table |")
        lines.append("")
    steps = summary.get("step_seconds") or {}
    if steps:
        lines += ["## Seconds per step", "", " · ".join(f"{s} {v:.2f}" for s, v in steps.items())]
    return "\n".join(lines) + "\n"


def announce_failure(flow: Any, flow_run: Any, state: Any) -> None:
    """Flow hook (failed or crashed): a hoptac.run.failed event naming the warehouse and the reason."""
    parameters = dict(getattr(flow_run, "parameters", {}) or {})
    warehouse = parameters.get("warehouse") or Settings().warehouse
    try:
        emit_event(event=RUN_FAILED, resource=warehouse_resource(warehouse), payload={
            "flow_run": str(getattr(flow_run, "name", "")), "flow_run_id": str(getattr(flow_run, "id", "")),
            "state": str(getattr(state, "name", "")), "message": str(getattr(state, "message", "") or ""),
            "source_dir": str(parameters.get("source_dir", "")),
        })
    except Exception:  # noqa: BLE001, S110 - nothing to tell the failure to
        pass
