"""Benchmark: the real hoptac flow on the 35,000-article corpus — throughput, steps, memory, reruns, scale.

`make bench` runs it. Every pipeline measurement is a fresh child process with a fresh warehouse and
its own ephemeral Prefect server, so that peak memory is per run; the server's start-up is timed
apart from the flow's own time. The runs share one PREFECT_HOME in the bench's temporary folder
(created by a first, separately reported server start), as `make run` reuses .prefect/. Printed,
with medians of --runs runs:

- the floor: reading, hashing, decoding and NFC-normalising every file in one Python process;
- the full corpus end to end (process wall, and the flow alone), articles/s, the ratio to the floor;
- seconds per step: those of the flow's process (ingest, stage, validate, load, waiting for workers,
  the rest) and those of the workers, which overlap them (clean, triage, extract);
- peak resident memory of the pipeline (the flow's process and its workers), of the flow's process
  alone, and with the Prefect server;
- rows per table, and how many triage candidates became meeting articles;
- an immediate rerun with nothing new (must skip every file by hash) and a rerun with 100 new files;
- the one-task-per-file flow of the Prefect tutorials (bench/per_file.py) against the batched flow
  on the same --sample files;
- a 10x corpus (every file copied ten times under a new name with a changed first line, so hashes
  and article ids differ): time ratio and memory ratio to the 1x run.

Usage: python bench/bench.py --corpus ../shared/corpus/baomoi-2017.tar.gz [--runs 3] [--no-scale10]
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
import unicodedata
from pathlib import Path
from typing import Any

BENCH_DIR = Path(__file__).resolve().parent
REPO = BENCH_DIR.parent
GIB = 1024**3
# As flows.etl reports them: the flow's process spends ingest, validate, load and wait (for the task
# runner); clean, triage and extract run on the task runner's workers, overlapping the flow's work.
FLOW_STEPS = ("ingest", "stage", "validate", "load", "wait")
WORKER_STEPS = ("clean", "triage", "extract")
NEW_FILES = 100
# The targets of issue 4, on a 2-core machine.
TARGET_FULL_S = 60.0
TARGET_RERUN_S = 5.0
TARGET_RSS = 1.5 * GIB
TARGET_SCALE_RATIO = 11.0
FLAT_RSS_RATIO = 1.25  # "memory stays flat": the 10x peak within a quarter of the 1x peak


# --------------------------------------------------------------------------------------------------
# Child processes: each measurement runs in its own interpreter and writes one JSON file.
# --------------------------------------------------------------------------------------------------

def _vm_hwm() -> int:
    """Peak resident set of this process in bytes (Linux VmHWM)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) * 1024
    return 0


def child_floor(source: str, out: str) -> None:
    """The floor: list, read, hash, decode and NFC-normalise every file, nothing else."""
    start = time.perf_counter()
    paths = sorted(str(p) for p in Path(source).rglob("*") if p.is_file())
    chars = 0
    for path in paths:
        raw = Path(path).read_bytes()
        hashlib.sha256(raw).hexdigest()
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            # The corpus has files cut inside a multi-byte character: decode what precedes it.
            text = raw[: exc.start].decode("utf-8-sig", errors="replace")
        chars += len(unicodedata.normalize("NFC", text))
    _write(out, {"seconds": time.perf_counter() - start, "files": len(paths), "chars": chars,
                 "peak_rss": _vm_hwm()})


def child_flow(kind: str, source: str, warehouse: str, out: str, batch_size: int | None) -> None:
    """Run the batched flow (kind "etl") or the per-file flow (kind "per_file") and report timings.

    As `hoptac run` does (flows/cli.py), the ephemeral Prefect server boots in a thread while the flow's code is
    imported (flows.service.boot_temporary_server): import_s is the time until the imports are done, server_s
    the time the run then still waits for the server."""
    started = time.perf_counter()
    from flows.config import prepare_prefect_environment

    prepare_prefect_environment()
    from flows.service import boot_temporary_server

    server_ready = boot_temporary_server()  # the same server the flow would start on first use
    from flows.runners import with_configured_runner
    if kind == "etl":
        from flows.etl import etl as flow
    else:
        sys.path.insert(0, str(BENCH_DIR))
        from per_file import per_file_etl as flow  # type: ignore[import-not-found]
    imported = time.perf_counter()
    server_ready()
    served = time.perf_counter()
    kwargs: dict[str, Any] = {"source_dir": source, "warehouse": warehouse}
    if batch_size:
        kwargs["batch_size"] = batch_size
    error = None
    try:
        from flows import files

        summary = with_configured_runner(flow, len(files.discover(Path(source))))(**kwargs)
    except Exception as exc:  # a failed run is a result too: report it, do not lose the timings
        summary, error = {}, f"{type(exc).__name__}: {exc}"
    flowed = time.perf_counter()
    steps = summary.get("step_seconds") or {}
    if error and Path(warehouse).exists():
        from warehouse.db import Warehouse

        with Warehouse(warehouse, read_only=True) as wh:
            summary = {"tables": wh.counts()}
    _write(out, {
        "import_s": imported - started, "server_s": served - imported, "flow_s": flowed - served,
        "steps": steps, "summary": summary, "error": error, "peak_rss": _vm_hwm(),
    })
    # The server stops at exit (Prefect registered that with atexit), after the log and event
    # workers have flushed: stopping it here would leave them retrying against a closed port.


def child_server(out: str) -> None:
    """Start the ephemeral Prefect server once (creating its database) and stop."""
    from flows.config import prepare_prefect_environment

    prepare_prefect_environment()
    from prefect.server.api.server import SubprocessASGIServer

    start = time.perf_counter()
    SubprocessASGIServer().start()
    _write(out, {"server_s": time.perf_counter() - start, "peak_rss": _vm_hwm()})


def _write(out: str, result: dict[str, Any]) -> None:
    Path(out).write_text(json.dumps(result, default=str), encoding="utf-8")


# --------------------------------------------------------------------------------------------------
# Parent: prepares inboxes, starts children, samples their memory, prints the report.
# --------------------------------------------------------------------------------------------------

def _tree_rss(pid: int) -> tuple[int, int]:
    """(RSS of the process tree under pid, RSS of the Prefect API server processes within it)."""
    import psutil

    try:
        proc = psutil.Process(pid)
        procs = [proc, *proc.children(recursive=True)]
    except psutil.Error:
        return 0, 0
    total = server = 0
    for p in procs:
        try:
            rss = p.memory_info().rss
            total += rss
            if any("uvicorn" in part or "prefect.server" in part for part in p.cmdline()):
                server += rss
        except psutil.Error:
            pass
    return total, server


def run_child(args: list[str], log: Path, env: dict[str, str] | None = None) -> dict[str, Any]:
    """Run `python bench.py --child ...` to completion; returns its JSON plus wall time and memory.

    peak_tree_rss is the largest sum of RSS over the child and all its descendants (Prefect server,
    worker processes), sampled every 0.1 s; peak_pipeline_rss the same without the Prefect server
    (the flow and its workers); peak_rss (from the child) is the flow process's own VmHWM.
    """
    out = log.with_suffix(".json")
    out.unlink(missing_ok=True)
    cmd = [sys.executable, str(Path(__file__).resolve()), "--child", *args, "--out", str(out)]
    start = time.perf_counter()
    with log.open("w") as log_file:
        proc = subprocess.Popen(cmd, stdout=log_file, stderr=subprocess.STDOUT, env=env or os.environ.copy(),
                                cwd=REPO)
        peak_tree = peak_pipeline = 0
        while True:
            pid, status, _ = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                proc.returncode = os.waitstatus_to_exitcode(status)
                break
            total, server = _tree_rss(proc.pid)
            peak_tree, peak_pipeline = max(peak_tree, total), max(peak_pipeline, total - server)
            time.sleep(0.1)
    wall = time.perf_counter() - start
    if not out.exists():
        tail = "".join(log.read_text(errors="replace").splitlines(keepends=True)[-30:])
        raise RuntimeError(f"child {' '.join(args)} exited {proc.returncode} without a result; log {log}:\n{tail}")
    result: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    own = int(result.get("peak_rss", 0))
    result.update(wall_s=wall, peak_tree_rss=max(peak_tree, own), peak_pipeline_rss=max(peak_pipeline, own),
                  log=str(log))
    return result


def flow_env(prefect_home: Path, code: Path, extra: dict[str, str] | None = None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PREFECT_API_URL", "HOPTAC_"))}
    env.update(PREFECT_HOME=str(prefect_home), PREFECT_SERVER_ANALYTICS_ENABLED="false",
               GX_ANALYTICS_ENABLED="False", PYTHONPATH=str(code))
    env.update(extra or {})
    return env


def unpack(corpus: Path, dest: Path) -> Path:
    """The corpus as a folder of files under dest (a copy: the bench adds files to it)."""
    if corpus.is_dir():
        shutil.copytree(corpus, dest / corpus.name)
        return dest / corpus.name
    with tarfile.open(corpus) as tar:
        tar.extractall(dest, filter="data")
    tops = [p for p in dest.iterdir() if p.is_dir()]
    return tops[0] if len(tops) == 1 and not any(p.is_file() for p in dest.iterdir()) else dest


def corpus_files(inbox: Path) -> list[Path]:
    return sorted(p for p in inbox.rglob("*") if p.is_file() and not p.name.startswith("."))


def variant(raw: bytes, copy_no: int) -> bytes:
    """The same article with a changed first line (headline), so its hash and article id differ."""
    first, sep, rest = raw.partition(b"\n")
    cr = b"\r" if first.endswith(b"\r") else b""
    return first.rstrip(b"\r") + f" (bản {copy_no})".encode() + cr + sep + rest


def write_variants(sources: list[Path], dest: Path, copies: range) -> int:
    """Copies of the sources, copy k as dest/copyNN/<stem>_cNN<suffix> with the k-th variant headline."""
    written = 0
    for k in copies:
        folder = dest / f"copy{k:02d}"
        folder.mkdir(parents=True, exist_ok=True)
        for src in sources:
            (folder / f"{src.stem}_c{k:02d}{src.suffix}").write_bytes(variant(src.read_bytes(), k))
            written += 1
    return written


def median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def gib(n: float) -> str:
    return f"{n / GIB:.2f} GiB"


def verdict(ok: bool) -> str:
    return "ok" if ok else "MISSED"


class Bench:
    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.work = Path(args.workdir or tempfile.mkdtemp(prefix="hoptac-bench-"))
        self.work.mkdir(parents=True, exist_ok=True)
        self.logs = self.work / "logs"
        self.logs.mkdir(exist_ok=True)
        self.results: dict[str, Any] = {}
        # One Prefect home for the whole bench, in the work folder: like `make run`'s .prefect/, its
        # database exists after the first start, so each run pays a warm server start-up.
        self.prefect_home = self.work / "prefect"
        self.prefect_home.mkdir(exist_ok=True)

    def say(self, text: str) -> None:
        print(text, flush=True)

    def flow(self, name: str, source: Path, warehouse: Path, kind: str = "etl") -> dict[str, Any]:
        args = ["flow", kind, str(source), str(warehouse)]
        if self.args.batch_size:
            args += ["--batch-size", str(self.args.batch_size)]
        extra = dict(item.split("=", 1) for item in self.args.env)
        if self.args.runner:
            extra["HOPTAC_TASK_RUNNER"] = self.args.runner
        result = run_child(args, self.logs / f"{name}.log", flow_env(self.prefect_home, Path(self.args.code), extra))
        s = result.get("summary") or {}
        self.say(f"  {name:<22} wall {result['wall_s']:7.1f} s  flow {result['flow_s']:7.1f} s  "
                 f"server {result['server_s']:4.1f} s  peak {gib(result['peak_pipeline_rss'])}  "
                 f"new {s.get('articles_loaded', '?')}  skipped {s.get('files_skipped_known', '?')}"
                 + (f"  ERROR {result['error']}" if result.get("error") else ""))
        return result

    def run(self) -> int:
        args = self.args
        ram = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
        self.say(f"hoptac bench: {os.cpu_count()} cores, {gib(ram)} RAM, work folder {self.work}")
        t = time.perf_counter()
        inbox = unpack(Path(args.corpus), self.work / "unpacked")
        files = corpus_files(inbox)
        size = sum(p.stat().st_size for p in files)
        self.say(f"corpus: {len(files)} files, {size / 1e6:.0f} MB, unpacked in {time.perf_counter() - t:.1f} s "
                 f"to {inbox}")
        self.results["corpus"] = {"files": len(files), "bytes": size}

        cold = run_child(["server"], self.logs / "server_cold.log",
                         flow_env(self.prefect_home, Path(args.code)))
        self.results["server_cold"] = cold
        self.say(f"Prefect server, first start with an empty home: {cold['server_s']:.1f} s (not counted below)")

        self.say(f"\nfloor (read + hash + decode + NFC, one process), {args.runs} runs")
        floors = [run_child(["floor", str(inbox)], self.logs / f"floor{i}.log") for i in range(args.runs)]
        self.results["floor"] = floors
        self.say("  " + ", ".join(f"{f['seconds']:.2f} s" for f in floors))

        self.say(f"\nfull corpus, {args.runs} runs (fresh warehouse each), each followed by an immediate rerun "
                 f"and by a run with {NEW_FILES} new files")
        new_sources = files[:: max(1, len(files) // NEW_FILES)][:NEW_FILES]
        full, rerun, added = [], [], []
        for i in range(1, args.runs + 1):
            run_dir = self.work / f"run{i}"
            warehouse = run_dir / "hoptac.duckdb"
            full.append(self.flow(f"full{i}", inbox, warehouse))
            rerun.append(self.flow(f"rerun{i}", inbox, warehouse))
            extra = inbox / "zz_new"
            write_variants(new_sources, extra, range(1, 2))
            added.append(self.flow(f"plus{NEW_FILES}_{i}", inbox, warehouse))
            shutil.rmtree(extra)
            if i > 1:
                shutil.rmtree(run_dir / "quarantine", ignore_errors=True)
                warehouse.unlink(missing_ok=True)
        self.results.update(full=full, rerun=rerun, added=added)

        if args.sample:
            self.sample_comparison(files)
        if args.scale10:
            self.scale10(files, size)
        self.report()
        (self.work / "results.json").write_text(json.dumps(self.results, indent=1, default=str))
        self.say(f"\nall results: {self.work / 'results.json'}; logs: {self.logs}")
        if not args.keep:
            for sub in ("unpacked", "sample", "inbox10"):
                shutil.rmtree(self.work / sub, ignore_errors=True)
        return 0

    def sample_comparison(self, files: list[Path]) -> None:
        n = min(self.args.sample, len(files))
        self.say(f"\nsample of {n} files: batched flow against the one-task-per-file flow (bench/per_file.py)")
        sample = self.work / "sample"
        sample.mkdir(exist_ok=True)
        for p in files[:: max(1, len(files) // n)][:n]:
            shutil.copyfile(p, sample / p.name)
        batched = self.flow("sample_batched", sample, self.work / "sample_batched" / "hoptac.duckdb")
        per_file = self.flow("sample_per_file", sample, self.work / "sample_per_file" / "hoptac.duckdb",
                             kind="per_file")
        self.results["sample"] = {"files": n, "batched": batched, "per_file": per_file}

    def scale10(self, files: list[Path], size: int) -> None:
        free = shutil.disk_usage(self.work).free
        need = int(size * 10 * 1.5) + 4 * GIB  # the copies, file-system slack, a 10x warehouse
        if free < need:
            self.say(f"\n10x corpus skipped: {gib(free)} free under {self.work}, about {gib(need)} needed")
            return
        self.say("\n10x corpus: every file ten times under a new name with a changed first line")
        t = time.perf_counter()
        inbox10 = self.work / "inbox10"
        written = write_variants(files, inbox10, range(1, 11))
        self.say(f"  wrote {written} files in {time.perf_counter() - t:.0f} s")
        result = self.flow("scale10", inbox10, self.work / "scale10" / "hoptac.duckdb")
        self.results["scale10"] = result

    # ----------------------------------------------------------------------------------------------
    def row(self, label: str, text: str) -> None:
        self.say(f"{label:<30}{text}")

    def report(self) -> None:
        r = self.results
        n_files = r["corpus"]["files"]
        floor = median([f["seconds"] for f in r["floor"]])
        full, rerun, added = r["full"], r["rerun"], r["added"]
        wall = median([x["wall_s"] for x in full])
        flow_s = median([x["flow_s"] for x in full])
        peak_tree = max(x["peak_tree_rss"] for x in full)
        peak_pipe = max(x["peak_pipeline_rss"] for x in full)
        peak_flow = max(x["peak_rss"] for x in full)
        ok_runs = all(not x.get("error") and not (x.get("summary") or {}).get("rejected_batches") for x in full)
        line = "-" * 100
        self.say(f"\n{line}\nRESULTS (medians of {len(full)} runs; ratios are measured in this run)\n{line}")
        self.row("corpus", f"{n_files} files, {r['corpus']['bytes'] / 1e6:.0f} MB")
        self.row("floor (read+hash+decode+NFC)", f"{floor:6.2f} s   ({n_files / floor:,.0f} files/s)")
        self.row("full corpus end to end", f"{wall:6.2f} s   {n_files / wall:,.0f} articles/s   {wall / floor:.1f}x "
                 f"the floor   target <= {TARGET_FULL_S:.0f} s: {verdict(wall <= TARGET_FULL_S and ok_runs)}")
        self.row("  python start + imports", f"{median([x['import_s'] for x in full]):6.2f} s")
        self.row("  Prefect server start-up", f"{median([x['server_s'] for x in full]):6.2f} s   (what is left of it "
                 "after the imports, which it overlaps as in `hoptac run`)")
        exits = [x["wall_s"] - x["import_s"] - x["server_s"] - x["flow_s"] for x in full]
        self.row("  exit (flush, stop server)", f"{median(exits):6.2f} s")
        self.row("  the flow itself", f"{flow_s:6.2f} s   {n_files / flow_s:,.0f} articles/s   "
                 f"{flow_s / floor:.1f}x the floor")
        self.row("  runs (wall)", ", ".join(f"{x['wall_s']:.1f}" for x in full) + " s")
        for x in full:
            if not ok_runs:
                self.row("  run problem", f"error={x.get('error')} rejected batches="
                         f"{(x.get('summary') or {}).get('rejected_batches')} (log {x['log']})")
        def step_median(step: str) -> float:
            return median([float(x["steps"].get(step, 0.0)) for x in full if x.get("steps")])

        self.say("time per step (median), in the flow's process (adds up to the flow's time)")
        own = {step: step_median(step) for step in FLOW_STEPS}
        for step, seconds in [*own.items(), ("other", flow_s - sum(own.values()))]:
            self.row(f"  {step}", f"{seconds:6.2f} s   {100 * seconds / flow_s:4.0f} %" + {
                "wait": "   (for clean and extract results from the workers)",
                "other": "   (Prefect task bookkeeping, listing files, summary, artifacts)",
            }.get(step, ""))
        self.say("time per step (median), on the task runner's workers (overlaps the flow's own work)")
        for step in WORKER_STEPS:
            self.row(f"  {step}", f"{step_median(step):6.2f} s")
        self.row("peak RSS, pipeline", f"{gib(peak_pipe)}   (flow process + its extract workers, sampled every "
                 f"0.1 s)   target <= {gib(TARGET_RSS)}: {verdict(peak_pipe <= TARGET_RSS)}")
        self.row("  flow process alone", f"{gib(peak_flow)}   (its VmHWM)")
        self.row("  with the Prefect server", f"{gib(peak_tree)}   (the local API server is infrastructure, "
                 "shared by every run)")
        summary = full[0].get("summary") or {}
        self.row("triage", f"{summary.get('candidates')} candidates examined by the extractor, "
                 f"{summary.get('meeting_articles')} became meeting articles "
                 f"(of {summary.get('articles_loaded')} new articles)")
        self.row("loaded", f"{summary.get('articles_loaded')} new articles, {summary.get('duplicates')} duplicate "
                 f"files, {summary.get('quarantined')} quarantined, {summary.get('checks_run')} expectations run, "
                 f"{summary.get('checks_failed')} failed, {summary.get('rejected_batches')} batches rejected")
        self.row("rows per table", ", ".join(f"{k} {v}" for k, v in dict(summary.get("tables") or {}).items()))

        rerun_wall = median([x["wall_s"] for x in rerun])
        rerun_flow = median([x["flow_s"] for x in rerun])
        skipped_all = all((x.get("summary") or {}).get("files_skipped_known") == n_files
                          and (x.get("summary") or {}).get("articles_loaded") == 0 for x in rerun)
        self.row("rerun, nothing new", f"{rerun_flow:6.2f} s flow ({rerun_wall:.2f} s with start-up)   target <= "
                 f"{TARGET_RERUN_S:.0f} s: {verdict(rerun_flow <= TARGET_RERUN_S and skipped_all)}   "
                 f"every file skipped by hash: {'yes' if skipped_all else 'NO'}")
        add_flow = median([x["flow_s"] for x in added])
        loaded_new = [(x.get("summary") or {}).get("articles_loaded") for x in added]
        self.row(f"rerun + {NEW_FILES} new files", f"{add_flow:6.2f} s flow: {add_flow - rerun_flow:+.2f} s over the "
                 f"rerun, against {NEW_FILES * flow_s / n_files:.2f} s for {NEW_FILES} articles at the full run's "
                 f"rate; new articles loaded {loaded_new}")

        if "sample" in r:
            s = r["sample"]
            b, p = s["batched"], s["per_file"]
            self.row(f"sample of {s['files']} files", f"batched {b['flow_s']:.2f} s flow ({b['wall_s']:.1f} s wall), "
                     f"one task per file {p['flow_s']:.2f} s flow ({p['wall_s']:.1f} s wall)")
            self.row("  per-file / batched", f"{p['flow_s'] / b['flow_s']:.1f}x (flow)   "
                     f"{p['wall_s'] / b['wall_s']:.1f}x (wall)   peak RSS {gib(p['peak_tree_rss'])} vs "
                     f"{gib(b['peak_tree_rss'])}" + (f"   per-file ERROR {p['error']}" if p.get("error") else ""))
        if "scale10" in r:
            x = r["scale10"]
            n10 = (x.get("summary") or {}).get("files_seen") or 10 * n_files
            ratio, flow_ratio = x["wall_s"] / wall, x["flow_s"] / flow_s
            rss_ratio = x["peak_pipeline_rss"] / peak_pipe
            self.row("10x corpus", f"{x['wall_s']:.1f} s wall ({x['flow_s']:.1f} s flow) for {n10} files, "
                     f"{n10 / x['wall_s']:,.0f} articles/s")
            self.row("  time ratio to 1x", f"{ratio:.2f}x wall, {flow_ratio:.2f}x flow   target <= "
                     f"{TARGET_SCALE_RATIO:.0f}x: {verdict(ratio <= TARGET_SCALE_RATIO)}")
            self.row("  peak RSS", f"pipeline {gib(x['peak_pipeline_rss'])} ({rss_ratio:.2f}x the 1x run), "
                     f"flow process {gib(x['peak_rss'])}, with server {gib(x['peak_tree_rss'])}   flat: "
                     f"{verdict(rss_ratio <= FLAT_RSS_RATIO)}   <= {gib(TARGET_RSS)}: "
                     f"{verdict(x['peak_pipeline_rss'] <= TARGET_RSS)}")
            if x.get("error"):
                self.row("  10x run ERROR", str(x["error"]))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", default=str(REPO.parent / "shared" / "corpus" / "baomoi-2017.tar.gz"),
                        help="the corpus: a .tar.gz or a folder of article files")
    parser.add_argument("--runs", type=int, default=3, help="full-corpus runs (medians are printed)")
    parser.add_argument("--scale10", action=argparse.BooleanOptionalAction, default=True,
                        help="also run the 10x corpus (on by default; --no-scale10 for a quick run)")
    parser.add_argument("--sample", type=int, default=2000,
                        help="files for the per-file vs batched comparison (0 to skip)")
    parser.add_argument("--batch-size", type=int, default=None, help="files per batch (flow default if unset)")
    parser.add_argument("--workdir", default=None, help="where inboxes, warehouses and logs go (default: a temp dir)")
    parser.add_argument("--runner", choices=["auto", "thread", "process", "dask"], default=None,
                        help="HOPTAC_TASK_RUNNER for every flow run (default: the flow's own default)")
    parser.add_argument("--env", action="append", default=[], metavar="HOPTAC_NAME=VALUE",
                        help="configuration for every flow run (repeatable), e.g. HOPTAC_BATCH_SIZE=2000")
    parser.add_argument("--code", default=str(REPO),
                        help="repository whose flows/transforms run (an experiment copy, to measure a change)")
    parser.add_argument("--keep", action="store_true", help="keep the unpacked inboxes after the run")
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    parser.add_argument("--out", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        if args.child[0] == "floor":
            child_floor(args.child[1], args.out)
        elif args.child[0] == "server":
            child_server(args.out)
        else:
            _, kind, source, warehouse = args.child
            child_flow(kind, source, warehouse, args.out, args.batch_size)
        return 0
    return Bench(args).run()


if __name__ == "__main__":
    sys.exit(main())
