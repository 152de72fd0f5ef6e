"""`hoptac run` with nothing new, timed as typed: with the service up (the run goes to its server) and
without (Prefect starts a temporary server), medians of several runs.

    .venv/bin/python bench/noop.py --runs 5

Targets (issue 9): at most 5 s with the service up, at most 10 s without. The service is started on a
temporary PREFECT_HOME and a free port, and stopped at the end.
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
HOPTAC = str(Path(sys.executable).with_name("hoptac"))


def _env(home: Path, find_service: bool) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PREFECT_", "HOPTAC_"))}
    env["PREFECT_HOME"] = str(home)
    if not find_service:
        env["HOPTAC_FIND_SERVICE"] = "0"
    return env


def time_runs(command: list[str], env: dict[str, str], runs: int) -> list[float]:
    seconds = []
    for _ in range(runs):
        started = time.perf_counter()
        done = subprocess.run(command, env=env, cwd=REPO, capture_output=True, text=True, timeout=300)
        seconds.append(time.perf_counter() - started)
        if done.returncode != 0:
            raise SystemExit(f"{' '.join(command)} failed:\n{done.stderr[-2000:]}")
        if "files seen" not in done.stdout:
            raise SystemExit(f"no summary printed:\n{done.stdout}")
    return seconds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--source", default=str(REPO / "seeds"))
    args = parser.parse_args()
    sys.path.insert(0, str(REPO))
    from flows import service

    with tempfile.TemporaryDirectory(prefix="hoptac-noop-") as tmp:
        root = Path(tmp)
        home, warehouse = root / "prefect-home", root / "wh" / "hoptac.duckdb"
        command = [HOPTAC, "run", args.source, "--warehouse", str(warehouse)]
        time_runs(command, _env(home, find_service=False), 1)  # the first run loads: nothing new after it
        without = time_runs(command, _env(home, find_service=False), args.runs)
        port = service.free_port()
        start = subprocess.run([sys.executable, "-m", "flows.service", "start", "--inbox", str(root / "inbox"),
                                "--warehouse", str(warehouse), "--port", str(port)],
                               env=_env(home, True), cwd=REPO, capture_output=True, text=True)
        try:
            if start.returncode != 0:
                raise SystemExit(f"the service did not start:\n{start.stderr}")
            up = time_runs(command, _env(home, find_service=True), args.runs)
        finally:
            subprocess.run([sys.executable, "-m", "flows.service", "stop"], env=_env(home, True), cwd=REPO,
                           capture_output=True)
    print(f"command            {' '.join(command[1:])}  (nothing new: the files are in the warehouse)")
    print(f"service up         median {statistics.median(up):.2f} s  runs {', '.join(f'{s:.2f}' for s in up)}"
          f"  (target 5 s)")
    print(f"no service         median {statistics.median(without):.2f} s  runs "
          f"{', '.join(f'{s:.2f}' for s in without)}  (target 10 s)")
    print(f"load average       {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    return 0


if __name__ == "__main__":
    sys.exit(main())
