"""Readers during a write: `hoptac sql`, the duckdb shell (read-only) and a notebook's long-held
connection (Python duckdb, read_only=True) query the warehouse every second while `hoptac run` loads
the whole corpus into it.

    .venv/bin/python bench/readers.py --corpus /tmp/corpus/baomoi-2017

Reports failures per reader (must be 0), whether every count seen is the state after a whole batch
(a prefix of the batches in load order), the run's wall time, and the cost of one publication at the
final size. Unpack ../shared/corpus/baomoi-2017.tar.gz first (tar xzf ... -C /tmp/corpus).
"""
from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

import duckdb

REPO = Path(__file__).resolve().parent.parent
HOPTAC = [str(Path(sys.executable).with_name("hoptac"))]
COUNTS = "SELECT (SELECT count(*) FROM raw_files) AS files, (SELECT count(*) FROM articles) AS articles"


class Reader(threading.Thread):
    """Queries every `interval` seconds until stopped; records (files, articles) or the error."""

    def __init__(self, name: str, query: object, interval: float) -> None:
        super().__init__(name=name, daemon=True)
        self.query, self.interval = query, interval
        self.seen: list[tuple[int, int]] = []
        self.failures: list[str] = []
        self.seconds: list[float] = []
        self.stopping = threading.Event()

    def run(self) -> None:
        while not self.stopping.is_set():
            started = time.perf_counter()
            try:
                self.seen.append(self.query())  # type: ignore[operator]
            except Exception as exc:  # noqa: BLE001 - every failure is the measurement
                self.failures.append(f"{type(exc).__name__}: {str(exc).splitlines()[0][:160]}")
            self.seconds.append(time.perf_counter() - started)
            self.stopping.wait(max(0.0, self.interval - (time.perf_counter() - started)))


def hoptac_sql(warehouse: Path) -> tuple[int, int]:
    done = subprocess.run([*HOPTAC, "sql", COUNTS, "--warehouse", str(warehouse), "--format", "csv"],
                          capture_output=True, text=True, cwd=REPO, timeout=60)
    if done.returncode != 0:
        raise RuntimeError(done.stderr.strip() or f"exit {done.returncode}")
    files, articles = done.stdout.strip().splitlines()[-1].split(",")
    return int(files), int(articles)


def duckdb_cli(warehouse: Path) -> tuple[int, int]:
    """The duckdb shell (duckdb-cli), a process of its own like any other client."""
    done = subprocess.run([str(Path(sys.executable).with_name("duckdb")), "-readonly", "-csv", "-noheader",
                           str(warehouse), "-c", COUNTS], capture_output=True, text=True, timeout=60)
    if done.returncode != 0:
        raise RuntimeError(done.stderr.strip() or f"exit {done.returncode}")
    files, articles = done.stdout.strip().splitlines()[-1].split(",")
    return int(files), int(articles)


def batch_states(warehouse: Path) -> set[tuple[int, int]]:
    """(files, articles) after each whole batch, in load order: the only states a reader may see."""
    con = duckdb.connect(str(warehouse), read_only=True)
    rows = con.execute(
        "SELECT r.batch_id, min(r.ingested_at) AS loaded_at, count(*) AS files, "
        "(SELECT count(*) FROM stg_articles s WHERE s.batch_id = r.batch_id) AS articles "
        "FROM raw_files r GROUP BY r.batch_id ORDER BY loaded_at, r.batch_id"
    ).fetchall()
    con.close()
    states, files, articles = {(0, 0)}, 0, 0
    for _, _, batch_files, batch_articles in rows:
        files, articles = files + batch_files, articles + batch_articles
        states.add((files, articles))
    return states


def publish_cost(warehouse: Path, times: int = 3) -> tuple[float, int]:
    from warehouse.publish import PublishedWarehouse

    with PublishedWarehouse(warehouse) as wh:
        seconds = [wh.publish() for _ in range(times)]
    return statistics.median(seconds), warehouse.stat().st_size


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=Path("/tmp/corpus/baomoi-2017"))
    parser.add_argument("--warehouse", type=Path, default=Path("/tmp/hoptac-bench-readers/hoptac.duckdb"))
    parser.add_argument("--interval", type=float, default=1.0)
    parser.add_argument("--batch-size", type=int, default=None)
    args = parser.parse_args()
    if args.warehouse.parent.exists():
        shutil.rmtree(args.warehouse.parent)
    args.warehouse.parent.mkdir(parents=True)
    command = [*HOPTAC, "run", str(args.corpus), "--warehouse", str(args.warehouse)]
    if args.batch_size:
        command += ["--batch-size", str(args.batch_size)]
    started = time.perf_counter()
    run = subprocess.Popen(command, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    while not args.warehouse.exists() and run.poll() is None:
        time.sleep(0.1)
    if not args.warehouse.exists():
        print(f"the run ended before publishing anything:\n{run.communicate()[0]}")
        return 1
    # A notebook: one read-only connection opened at the start and kept for the whole run.
    notebook = duckdb.connect(str(args.warehouse), read_only=True)
    readers = [
        Reader("hoptac sql", lambda: hoptac_sql(args.warehouse), args.interval),
        Reader("duckdb CLI", lambda: duckdb_cli(args.warehouse), args.interval),
        Reader("notebook (held open)", lambda: tuple(notebook.execute(COUNTS).fetchone()), args.interval),
    ]
    for reader in readers:
        reader.start()
    output, _ = run.communicate()
    run_seconds = time.perf_counter() - started
    for reader in readers:
        reader.stopping.set()
        reader.join()
    notebook.close()
    states = batch_states(args.warehouse)
    print(f"run                {' '.join(command)}")
    print(f"run exit           {run.returncode}, {run_seconds:.1f} s wall")
    print("run summary        " + "\n                   ".join(
        line for line in output.splitlines() if line.startswith(("tables", "seconds per step", "files seen"))))
    ok = run.returncode == 0
    for reader in readers:
        partial = [s for s in reader.seen if tuple(s) not in states]
        growing = all(a <= b for a, b in zip(reader.seen, reader.seen[1:], strict=False))
        distinct = sorted({s[0] for s in reader.seen})
        print(f"{reader.name:<20} {len(reader.seen) + len(reader.failures)} queries, {len(reader.failures)} failures, "
              f"{len(partial)} states not after a whole batch, growing {growing}, "
              f"median {statistics.median(reader.seconds):.2f} s, files seen {distinct}")
        for failure in reader.failures[:3]:
            print(f"{'':<20}   {failure}")
        ok = ok and not reader.failures and not partial and growing
    cost, size = publish_cost(args.warehouse)
    batches = len(states) - 1
    print(f"publication        {cost:.3f} s each at the final size ({size / 1e6:.0f} MB); {batches} batches: "
          f"at most {cost * (batches + 1):.1f} s of the run")
    print("result             " + ("OK" if ok else "FAILED"))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.path.insert(0, str(REPO))
    sys.exit(main())
