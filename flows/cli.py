"""The `hoptac` command: run the main flow on a folder, or query the warehouse."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from flows.config import DEFAULT_WAREHOUSE, prepare_prefect_environment


def _run(args: argparse.Namespace) -> int:
    prepare_prefect_environment()
    if args.runner:
        import os

        os.environ["HOPTAC_TASK_RUNNER"] = args.runner
    from flows.service import boot_temporary_server

    server_ready = boot_temporary_server()  # without a running server: boots while the flow's code loads
    from flows import files
    from flows.etl import etl
    from flows.runners import with_configured_runner
    from warehouse.lock import WarehouseBusy, run_lock

    source = Path(args.source_dir)
    flow = with_configured_runner(etl, len(files.discover(source)) if source.is_dir() else None)
    server_ready()
    try:
        # The lock comes before the flow starts: a second run on the same warehouse waits here (or
        # leaves at once with --no-wait), without opening the DuckDB file another run is writing.
        with run_lock(args.warehouse, wait=not args.no_wait, on_wait=lambda m: print(f"hoptac: {m}", file=sys.stderr,
                                                                                     flush=True)):
            summary = flow(source_dir=str(source), warehouse=args.warehouse, batch_size=args.batch_size)
    except WarehouseBusy as exc:
        print(f"hoptac: {exc}; not started (--no-wait)", file=sys.stderr)
        return 2
    except NotADirectoryError as exc:
        print(f"hoptac: {exc}", file=sys.stderr)
        return 2
    except RuntimeError as exc:
        print(f"hoptac: run failed: {exc}", file=sys.stderr)
        return 1
    _print_summary(summary)
    return 0


def _print_summary(summary: dict[str, object]) -> None:
    tables = dict(summary["tables"])  # type: ignore[call-overload]
    print(f"warehouse          {summary['warehouse']}")
    print(f"files seen         {summary['files_seen']} ({summary['files_skipped_known']} already loaded)")
    print(f"new articles       {summary['articles_loaded']} ({summary['duplicates']} duplicate files)")
    print(f"quarantined files  {summary['quarantined']} (in total: {tables['quarantine']})")
    print(f"meeting articles   {summary['meeting_articles']} of {summary['candidates']} triage candidates")
    print("tables             " + ", ".join(
        f"{name} {tables[name]}" for name in ("articles", "meetings", "partners", "statistics", "raw_files")
    ))
    steps = dict(summary["step_seconds"])  # type: ignore[call-overload]
    print("seconds per step   " + ", ".join(f"{step} {seconds:.2f}" for step, seconds in steps.items()))
    added = {t: n for t, n in dict(summary.get("rows_added") or {}).items() if n}  # type: ignore[call-overload]
    print("rows added         " + (", ".join(f"{t} {n}" for t, n in added.items()) or "none"))
    run_quality = list(summary.get("run_quality") or [])  # type: ignore[call-overload]
    if not run_quality:
        print("expectations       none run: nothing new" if summary.get("nothing_new") else
              "expectations       none run")
    for row in run_quality:
        print(f"expectations       {row['suite']:<10} {row['passed']}/{row['checks']} passed, "
              f"{row['critical_failures']} critical failures")
    if summary.get("report"):
        print(f"report             {summary['report']}")


def _sql(args: argparse.Namespace) -> int:
    import duckdb

    from flows import sql_output
    from warehouse.db import Warehouse

    if not Path(args.warehouse).exists():
        print(f"hoptac: no warehouse at {args.warehouse}; run `hoptac run SOURCE_DIR` first", file=sys.stderr)
        return 2
    try:
        with Warehouse(args.warehouse, read_only=True) as wh:
            frame = wh.query(args.query)
    except duckdb.Error as exc:
        print(f"hoptac: query failed: {exc}", file=sys.stderr)
        return 1
    print(sql_output.render(frame, args.format, args.limit))
    return 0


def _require_server(command: str) -> bool:
    """watch and serve only make sense against a running Prefect server (events, deployments)."""
    import os

    from flows.service import api_is_up

    url = os.environ.get("PREFECT_API_URL")
    if not url:
        print(f"hoptac {command}: no Prefect server to talk to: start the service with `make serve` "
              "(or point PREFECT_API_URL at a running server)", file=sys.stderr)
        return False
    if not api_is_up(url, timeout=3):
        print(f"hoptac {command}: the Prefect server at {url} does not answer; start it with `make serve`",
              file=sys.stderr)
        return False
    return True


def _report(args: argparse.Namespace) -> int:
    import duckdb

    from flows.report import write_report
    from warehouse.db import Warehouse

    if not Path(args.warehouse).exists():
        print(f"hoptac: no warehouse at {args.warehouse}; run `hoptac run SOURCE_DIR` first", file=sys.stderr)
        return 2
    try:
        with Warehouse(args.warehouse, read_only=True) as wh:
            path = write_report(wh)
    except duckdb.Error as exc:
        print(f"hoptac: cannot read {args.warehouse}: {exc}", file=sys.stderr)
        return 1
    print(path)
    return 0


def _watch(args: argparse.Namespace) -> int:
    prepare_prefect_environment()
    if not _require_server("watch"):
        return 2
    from flows.watch import watch

    watch(Path(args.inbox), warehouse=Path(args.warehouse))
    return 0


def _serve(args: argparse.Namespace) -> int:
    prepare_prefect_environment()
    if not _require_server("serve"):
        return 2
    from flows.watch import serve

    serve(Path(args.inbox), args.warehouse)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="hoptac", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    run = commands.add_parser("run", help="run the ETL flow on every file under SOURCE_DIR")
    run.add_argument("source_dir")
    run.add_argument("--warehouse", default=DEFAULT_WAREHOUSE, help="DuckDB file, created if missing")
    run.add_argument("--batch-size", type=int, default=None, help="files per batch (default 4000)")
    run.add_argument("--runner", choices=["auto", "thread", "process", "dask"], default=None,
                     help="where the extract step runs: threads, a process pool, a Dask cluster (default auto: "
                          "a process pool for more than one batch of files)")
    run.add_argument("--no-wait", action="store_true",
                     help="exit with status 2 at once when another run is writing to the same warehouse "
                          "(default: wait for it)")
    run.set_defaults(handler=_run)
    sql = commands.add_parser("sql", help="run a read-only SQL query on the warehouse")
    sql.add_argument("query")
    sql.add_argument("--warehouse", default=DEFAULT_WAREHOUSE)
    sql.add_argument("--limit", type=int, default=None,
                     help="print the first N rows (default: 50 for a table, all for csv and json; 0: all)")
    sql.add_argument("--format", choices=["table", "csv", "json"], default="table", help="output format")
    sql.set_defaults(handler=_sql)
    report = commands.add_parser("report", help="write the HTML report page beside the warehouse")
    report.add_argument("--warehouse", default=DEFAULT_WAREHOUSE)
    report.set_defaults(handler=_report)
    watch = commands.add_parser("watch", help="emit a hoptac.inbox.file-dropped event when files arrive in INBOX")
    watch.add_argument("inbox")
    watch.add_argument("--warehouse", default=DEFAULT_WAREHOUSE,
                       help="announce at start the files of INBOX this warehouse has not registered")
    watch.set_defaults(handler=_watch)
    serve = commands.add_parser("serve", help="serve the flow: runs on inbox events and nightly")
    serve.add_argument("inbox")
    serve.add_argument("--warehouse", default=DEFAULT_WAREHOUSE)
    serve.set_defaults(handler=_serve)
    args = parser.parse_args(argv)
    return int(args.handler(args))


if __name__ == "__main__":
    sys.exit(main())
