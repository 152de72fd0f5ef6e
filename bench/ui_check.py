"""The service checked in a real browser: start it, drop the seeds into its inbox, wait for the triggered run,
then headless Chromium opens the run's page in the Prefect UI, its summary artifact and the report.

    .venv/bin/python bench/ui_check.py [--out warehouse/screenshots] [--keep]

Everything runs on its own Prefect home, inbox, warehouse and free port (a running `make serve` is left
alone), and every process started here is stopped at the end. Screenshots (PNG) and the page text Chromium
saw (.txt) land in --out. Exit 0 when every page shows what it should; 1 otherwise; 2 without Chromium.
"""
from __future__ import annotations

import argparse
import contextlib
import html
import importlib.util
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"
DEFAULT_OUT = REPO / "warehouse" / "screenshots"
BROWSERS = ("chromium", "chromium-browser", "google-chrome")
# A Prefect UI page that failed says so in its text; a report that failed has no charts.
ERROR_TEXTS = ("Page not found", "Something went wrong", "Can't connect to Server API", "Internal Server Error")


def find_browser() -> str | None:
    return next((path for name in BROWSERS if (path := shutil.which(name))), None)


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _api(url: str, body: dict[str, object] | None = None, timeout: float = 5.0) -> object:
    request = urllib.request.Request(url, data=json.dumps(body).encode() if body is not None else None,
                                     headers={"Content-Type": "application/json"},
                                     method="POST" if body is not None else "GET")
    with urllib.request.urlopen(request, timeout=timeout) as response:
        return json.loads(response.read() or b"null")


def _wait(what: str, check: object, timeout: float, step: float = 0.5) -> object:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with contextlib.suppress(urllib.error.URLError, OSError, ValueError, KeyError):
            found = check()  # type: ignore[operator]
            if found:
                return found
        time.sleep(step)
    raise TimeoutError(f"{what}: not after {timeout:.0f} s")


@dataclass
class Service:
    """The hoptac service on a home, inbox and warehouse of its own."""

    root: Path
    port: int
    processes: list[subprocess.Popen[bytes]] = field(default_factory=list)

    @property
    def home(self) -> Path:
        return self.root / "prefect-home"

    @property
    def inbox(self) -> Path:
        return self.root / "inbox"

    @property
    def warehouse(self) -> Path:
        return self.root / "warehouse" / "hoptac.duckdb"

    @property
    def ui(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def api(self) -> str:
        return f"{self.ui}/api"

    def env(self) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("PREFECT_", "HOPTAC_WAREHOUSE"))}
        env.update({"PREFECT_HOME": str(self.home), "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
                    "PREFECT_SERVER_API_HOST": "127.0.0.1", "PREFECT_SERVER_API_PORT": str(self.port),
                    "HOPTAC_UI_PORT": str(self.port), "PREFECT_LOGGING_LEVEL": "WARNING"})
        return env

    def _spawn(self, command: list[str], log: str, env: dict[str, str]) -> subprocess.Popen[bytes]:
        out = (self.root / f"{log}.log").open("ab")
        process = subprocess.Popen(command, cwd=REPO, env=env, stdout=out, stderr=subprocess.STDOUT,
                                   start_new_session=True)
        self.processes.append(process)
        return process

    def start(self, timeout: float = 120.0) -> None:
        self.inbox.mkdir(parents=True, exist_ok=True)
        if importlib.util.find_spec("flows.service") is not None:
            # The project's own `make serve` (flows/service.py), on this check's home and port.
            done = subprocess.run([sys.executable, "-m", "flows.service", "start", "--inbox", str(self.inbox),
                                   "--warehouse", str(self.warehouse), "--port", str(self.port)],
                                  cwd=REPO, env=self.env(), capture_output=True, text=True, timeout=timeout + 30)
            if done.returncode:
                raise RuntimeError(f"the service did not start: {done.stdout}{done.stderr}")
            return
        env = self.env()
        self._spawn([sys.executable, "-m", "prefect", "server", "start", "--host", "127.0.0.1",
                     "--port", str(self.port)], "server", env)
        _wait("the Prefect API", lambda: _api(f"{self.api}/health"), timeout)
        env["PREFECT_API_URL"] = self.api
        hoptac = [sys.executable, "-m", "flows.cli"]
        self._spawn([*hoptac, "serve", str(self.inbox), "--warehouse", str(self.warehouse)], "serve", env)
        self._spawn([*hoptac, "watch", str(self.inbox)], "watch", env)
        _wait("the inbox deployment", lambda: _api(f"{self.api}/deployments/name/hoptac-etl/inbox"), timeout)
        time.sleep(3)  # the watcher subscribes to file-system notifications

    def stop(self) -> None:
        if importlib.util.find_spec("flows.service") is not None and not self.processes:
            subprocess.run([sys.executable, "-m", "flows.service", "stop"], cwd=REPO, env=self.env(),
                           capture_output=True, timeout=60)
        for process in reversed(self.processes):
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGTERM)
        for process in reversed(self.processes):
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(process.pid, signal.SIGKILL)
                process.wait(timeout=5)

    def finished_run(self, timeout: float) -> dict[str, object]:
        """The first run of the inbox deployment, once it is over."""
        def over() -> dict[str, object] | None:
            runs = _api(f"{self.api}/flow_runs/filter", {"sort": "START_TIME_ASC", "limit": 10})
            for run in runs:  # type: ignore[attr-defined]
                if run.get("deployment_id") and run["state_type"] in ("COMPLETED", "FAILED", "CRASHED"):
                    return dict(run)
            return None

        return dict(_wait("a finished flow run of the inbox deployment", over, timeout, step=1.0))  # type: ignore[arg-type]

    def artifacts(self, flow_run_id: str) -> list[dict[str, object]]:
        found = _api(f"{self.api}/artifacts/filter", {"artifacts": {"flow_run_id": {"any_": [flow_run_id]}}})
        return list(found)  # type: ignore[call-overload]


@contextlib.contextmanager
def running_service(root: Path, port: int) -> Iterator[Service]:
    service = Service(root, port)
    try:
        service.start()
        yield service
    finally:
        service.stop()


def browser_command(browser: str, profile: Path, *args: str) -> list[str]:
    return [browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-quic", "--no-first-run", "--disable-component-update", "--disable-sync",
            "--disable-dev-shm-usage", "--hide-scrollbars", f"--user-data-dir={profile}", *args]


def page_text(browser: str, profile: Path, url: str, budget_ms: int = 15000) -> str:
    """The page's text after its scripts ran (the Prefect UI is a JavaScript application)."""
    dom = subprocess.run(browser_command(browser, profile, f"--virtual-time-budget={budget_ms}", "--dump-dom", url),
                         capture_output=True, text=True, timeout=120).stdout
    dom = re.sub(r"<(script|style)\b.*?</\1>", " ", dom, flags=re.S | re.I)
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", dom)).split())


def screenshot(browser: str, profile: Path, url: str, target: Path, size: str = "1400,1000",
               budget_ms: int = 15000) -> Path:
    target.unlink(missing_ok=True)
    subprocess.run(browser_command(browser, profile, f"--virtual-time-budget={budget_ms}", f"--window-size={size}",
                                   f"--screenshot={target}", url), capture_output=True, timeout=120)
    if not target.exists() or target.stat().st_size < 10_000:
        raise RuntimeError(f"no screenshot of {url} (or a blank one) at {target}")
    return target


@dataclass
class Page:
    name: str
    url: str
    must_show: list[str]
    size: str = "1400,1000"
    text: str = ""
    problems: list[str] = field(default_factory=list)


def check_page(browser: str, profile: Path, page: Page, out: Path) -> Page:
    page.text = page_text(browser, profile, page.url)
    (out / f"{page.name}.txt").write_text(page.text + "\n", encoding="utf-8")
    page.problems = [f"does not show {s!r}" for s in page.must_show if s not in page.text]
    page.problems += [f"shows {s!r}" for s in ERROR_TEXTS if s in page.text and s not in " ".join(page.must_show)]
    try:
        screenshot(browser, profile, page.url, out / f"{page.name}.png", page.size)
    except (RuntimeError, subprocess.TimeoutExpired) as exc:
        page.problems.append(str(exc))
    return page


def run_check(out: Path = DEFAULT_OUT, keep: bool = False, timeout: float = 90.0) -> int:
    browser = find_browser()
    if browser is None:
        print("ui-check: no Chromium on this machine (apt-get install chromium)", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    root = Path(tempfile.mkdtemp(prefix="hoptac-ui-check-"))
    started = time.monotonic()
    pages: list[Page] = []
    try:
        with running_service(root, free_port()) as service:
            print(f"ui-check: service up at {service.ui} ({time.monotonic() - started:.0f} s); dropping the seeds")
            for seed in sorted(SEEDS.glob("*.txt")):
                shutil.copy(seed, service.inbox / seed.name)
            run = service.finished_run(timeout)
            print(f"ui-check: run {run['name']} {run['state_type']} ({time.monotonic() - started:.0f} s)")
            artifacts = service.artifacts(str(run["id"]))
            summary = next((a for a in artifacts if str(a.get("key", "")).startswith("hoptac-run-summary-")), None)
            profile = root / "chromium-profile"
            # The run's page with its Artifacts tab open (the V2 UI honours ?tab=, the V1 UI resets it).
            pages.append(Page("flow-run", f"{service.ui}/v2/runs/flow-run/{run['id']}?tab=Artifacts",
                              [str(run["name"]), "Completed", "hoptac-run-summary-", "hoptac-data-quality-",
                               "hoptac-quarantine-", "hoptac-report-", "hoptac-progress-"], size="1400,1100"))
            if summary:
                pages.append(Page("run-summary", f"{service.ui}/artifacts/artifact/{summary['id']}",
                                  ["hoptac run: 5 new article(s) loaded", "Rows added by this run", str(run["name"]),
                                   "hoptac-report.html"], size="1400,1400"))
            report = service.warehouse.parent / "hoptac-report.html"
            pages.append(Page("report", report.as_uri(),
                              ["hoptac report", "Meetings per month", "Hồ Chí Minh", "Daejeon",
                               "Latest meetings, with their evidence", "Statistics by unit", "Data quality"],
                              size="1400,2400"))
            for page in pages:
                check_page(browser, profile, page, out)
            if run["state_type"] != "COMPLETED":
                pages[0].problems.append(f"the run ended {run['state_type']}")
            if not summary:
                pages[0].problems.append("the run has no hoptac-run-summary artifact")
            if report.exists():
                shutil.copy(report, out / "hoptac-report.html")
    finally:
        if keep:
            print(f"ui-check: kept {root}")
        else:
            shutil.rmtree(root, ignore_errors=True)
    failed = False
    for page in pages:
        status = "ok" if not page.problems else "FAILED: " + "; ".join(page.problems)
        failed |= bool(page.problems)
        print(f"ui-check: {page.name:<12} {out / (page.name + '.png')}  {status}")
    print(f"ui-check: {'failed' if failed or not pages else 'passed'} in {time.monotonic() - started:.0f} s")
    return 1 if failed or not pages else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="folder of the screenshots")
    parser.add_argument("--keep", action="store_true", help="keep the service's temporary folder")
    parser.add_argument("--timeout", type=float, default=90.0, help="seconds to wait for the triggered run")
    args = parser.parse_args(argv)
    return run_check(args.out, args.keep, args.timeout)


if __name__ == "__main__":
    sys.exit(main())
