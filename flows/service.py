"""hoptac as a service: a Prefect server, the served inbox deployment and the inbox watcher, up and down.

`make serve` (`python -m flows.service start`) starts three process groups on the embedded defaults
and records their ids under PREFECT_HOME/service/; `make stop` (`python -m flows.service stop`)
stops exactly those. The server's address goes to PREFECT_HOME/service.env, where every hoptac
command finds it (flows/config.py), so nothing needs exporting.
"""
from __future__ import annotations

import argparse
import contextlib
import os
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from flows.config import DEFAULT_WAREHOUSE, REPO_ROOT, prepare_prefect_environment

HOST = "127.0.0.1"
DEFAULT_PORT = 4200
DEFAULT_INBOX = "inbox"
# The nightly run, in the project's own time zone (the same as prefect.yaml).
NIGHTLY_CRON = "0 2 * * *"
NIGHTLY_TIMEZONE = "Asia/Ho_Chi_Minh"
DEPLOYMENT = "hoptac-etl/inbox"
PROCESSES = ("server", "serve", "watch")
# A file modified less than this long ago is still being copied: the run leaves it for the next one.
SETTLE_SECONDS = 1.0
# A first start on a fresh PREFECT_HOME creates the database; on a busy machine that takes more than
# Prefect's 20 s default.
TEMPORARY_SERVER_TIMEOUT = 120


# --- the Prefect server ------------------------------------------------------------------------------

def free_port(host: str = HOST) -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


def api_url(port: int, host: str = HOST) -> str:
    return f"http://{host}:{port}/api"


def api_is_up(url: str, timeout: float = 1.0) -> bool:
    """True when a Prefect API answers its health check at url."""
    try:
        with urllib.request.urlopen(f"{url.rstrip('/')}/health", timeout=timeout) as response:
            return bool(response.status == 200)
    except (urllib.error.URLError, OSError, ValueError):
        return False


def wait_for_api(url: str, timeout: float, process: subprocess.Popen[bytes] | None = None) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if api_is_up(url):
            return
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"the Prefect server exited with code {process.returncode} before answering at {url}")
        time.sleep(0.3)
    raise TimeoutError(f"no Prefect API at {url} after {timeout:.0f} s")


def server_environment(home: Path, port: int, ui: bool = True, **extra: str) -> dict[str, str]:
    """Environment of a `prefect server start` on the loopback address with its SQLite under home."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    env.update({
        "PREFECT_HOME": str(home),
        "PREFECT_SERVER_API_HOST": HOST,
        "PREFECT_SERVER_API_PORT": str(port),
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "PREFECT_SERVER_UI_ENABLED": "true" if ui else "false",
        "PREFECT_API_URL": api_url(port),
    })
    env.update(extra)
    return env


def start_process(command: list[str], env: dict[str, str], log: Path, cwd: Path = REPO_ROOT) -> subprocess.Popen[bytes]:
    """A process in its own session (own process group), output appended to log."""
    log.parent.mkdir(parents=True, exist_ok=True)
    with open(log, "ab") as out:
        return subprocess.Popen(command, env=env, cwd=cwd, stdout=out, stderr=subprocess.STDOUT,
                                stdin=subprocess.DEVNULL, start_new_session=True)


def prefect_command() -> list[str]:
    return [str(Path(sys.executable).with_name("prefect"))]


def start_server(home: Path, port: int, log: Path, ui: bool = True, **extra: str) -> subprocess.Popen[bytes]:
    home.mkdir(parents=True, exist_ok=True)
    return start_process([*prefect_command(), "server", "start", "--host", HOST, "--port", str(port)],
                         server_environment(home, port, ui, **extra), log)


def stop_group(pid: int, timeout: float = 15.0) -> bool:
    """SIGTERM the process group led by pid, SIGKILL what is left after timeout; True if it was running."""
    try:
        os.killpg(pid, signal.SIGTERM)
    except ProcessLookupError:
        return False
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not group_alive(pid):
            return True
        time.sleep(0.2)
    with contextlib.suppress(ProcessLookupError):
        os.killpg(pid, signal.SIGKILL)
    return True


def group_alive(pgid: int) -> bool:
    """True while any process of the group exists (zombies of our own children are reaped first)."""
    with contextlib.suppress(ChildProcessError):
        while True:
            pid, _ = os.waitpid(-pgid, os.WNOHANG)
            if pid == 0:
                break
    try:
        os.killpg(pgid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def boot_temporary_server() -> Callable[[], None]:
    """Without a server to use, start Prefect's temporary one now, in a thread, and return a function
    that waits for it. Prefect would start the same server (a singleton) when the flow begins, after
    our imports; booting it meanwhile uses the second core and saves seconds on a short run.
    """
    from prefect.settings import PREFECT_API_URL

    if PREFECT_API_URL.value():
        return lambda: None
    failed: list[BaseException] = []

    def boot() -> None:
        try:
            from prefect.server.api.server import SubprocessASGIServer
            from prefect.settings import PREFECT_SERVER_EPHEMERAL_ENABLED

            if not PREFECT_SERVER_EPHEMERAL_ENABLED.value():
                return
            server = SubprocessASGIServer()
            try:
                server.start(timeout=TEMPORARY_SERVER_TIMEOUT)
            except BaseException:
                # Prefect leaves a server that missed its start-up time running, and its atexit stops only
                # the one it starts next: that one would outlive us (and hold our output pipes open).
                if server.server_process is not None and server.server_process.poll() is None:
                    server.server_process.kill()
                raise
        except BaseException as exc:  # noqa: BLE001 - then Prefect tries again itself, and says why
            failed.append(exc)

    thread = threading.Thread(target=boot, name="hoptac-temporary-server", daemon=True)
    thread.start()
    return thread.join


# --- the inbox deployment ------------------------------------------------------------------------------

def inbox_resource_id(inbox: Path) -> str:
    from flows.watch import inbox_resource

    return inbox_resource(inbox)["prefect.resource.id"]


def inbox_deployment(inbox: Path, warehouse: str, name: str = "inbox") -> Any:
    """The ETL flow as the deployment `hoptac-etl/inbox`: on every hoptac.inbox.file-dropped event of
    this inbox and nightly, one run at a time (further runs wait in the queue)."""
    from prefect.client.schemas.objects import ConcurrencyLimitConfig, ConcurrencyLimitStrategy
    from prefect.events.schemas.deployment_triggers import DeploymentEventTrigger
    from prefect.schedules import Cron

    from flows.etl import etl
    from flows.watch import DROPPED

    inbox_path = str(inbox.resolve())
    trigger = DeploymentEventTrigger(
        name="inbox file dropped",
        expect={DROPPED},
        match={"prefect.resource.id": inbox_resource_id(inbox)},
        parameters={"source_dir": "{{ event.resource['hoptac.inbox.path'] }}", "warehouse": warehouse,
                    "settle_seconds": SETTLE_SECONDS},
    )
    # Nightly: whatever is in the inbox (dropped while no watcher ran), then the whole warehouse re-validated.
    nightly = Cron(NIGHTLY_CRON, timezone=NIGHTLY_TIMEZONE, slug="nightly",
                   parameters={"source_dir": inbox_path, "warehouse": warehouse, "settle_seconds": SETTLE_SECONDS,
                               "revalidate": True})
    return etl.to_deployment(
        name=name,
        triggers=[trigger],
        schedules=[nightly],
        parameters={"source_dir": inbox_path, "warehouse": warehouse, "settle_seconds": SETTLE_SECONDS},
        concurrency_limit=ConcurrencyLimitConfig(limit=1, collision_strategy=ConcurrencyLimitStrategy.ENQUEUE),
        description="Loads whatever is in the inbox: on arrival (hoptac watch) and nightly; one run at a time.",
    )


def pending_files(source_dir: Path, warehouse: Path, settle_seconds: float = 0.0) -> list[str]:
    """The complete files of the inbox that the published warehouse has not registered (path and size)."""
    from flows import files
    from warehouse.db import Warehouse

    found = files.discover(source_dir, settled_for=settle_seconds) if source_dir.is_dir() else []
    if not found or not warehouse.exists():
        return found
    with Warehouse(warehouse, read_only=True) as wh:
        known = {(p, s) for p, _, s in wh.known_paths().iter_rows()}
    return [p for p in found if (p, _size(p)) not in known]


def _size(path: str) -> int | None:
    try:
        return os.stat(path).st_size
    except OSError:
        return None


def deployment_run_name(parameters: dict[str, Any]) -> str:
    """E.g. "inbox 2026-12-01 20:14:03 · 37 new files" or "nightly 2026-12-02 02:00:01 · nothing new"."""
    import datetime as dt

    kind = "nightly" if parameters.get("revalidate") else "inbox"
    source = Path(str(parameters.get("source_dir", DEFAULT_INBOX)))
    warehouse = Path(str(parameters.get("warehouse") or os.environ.get("HOPTAC_WAREHOUSE", DEFAULT_WAREHOUSE)))
    try:
        count = len(pending_files(source, warehouse, float(parameters.get("settle_seconds") or 0.0)))
        new = {0: "nothing new", 1: "1 new file"}.get(count, f"{count} new files")
    except Exception:  # noqa: BLE001 - a name must never fail a run (e.g. the warehouse being replaced)
        new = "new files"
    return f"{kind} {dt.datetime.now():%Y-%m-%d %H:%M:%S} · {new}"


# --- make serve / make stop ----------------------------------------------------------------------------

@dataclass(frozen=True)
class Layout:
    """Where the service keeps its state: everything under PREFECT_HOME."""

    home: Path

    @property
    def folder(self) -> Path:
        return self.home / "service"

    @property
    def env_file(self) -> Path:
        return self.home / "service.env"

    def pid_file(self, name: str) -> Path:
        return self.folder / f"{name}.pid"

    def log(self, name: str) -> Path:
        return self.folder / f"{name}.log"

    def pids(self) -> dict[str, int]:
        found = {}
        for name in PROCESSES:
            with contextlib.suppress(FileNotFoundError, ValueError):
                found[name] = int(self.pid_file(name).read_text().strip())
        return found


def default_layout() -> Layout:
    prepare_prefect_environment()
    return Layout(Path(os.environ["PREFECT_HOME"]))


def write_env_file(layout: Layout, url: str) -> None:
    layout.env_file.write_text(f"PREFECT_API_URL={url}\n", encoding="utf-8")


def read_env_file(layout: Layout) -> dict[str, str]:
    try:
        lines = layout.env_file.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        return {}
    return dict(line.split("=", 1) for line in lines if "=" in line and not line.startswith("#"))


def _hoptac_command() -> list[str]:
    return [sys.executable, "-m", "flows.cli"]


def start(inbox: Path, warehouse: str, port: int = DEFAULT_PORT, timeout: float = 120.0) -> int:
    layout = default_layout()
    shown_inbox, shown_warehouse = inbox, warehouse
    # The served runs start in other processes: they get absolute paths.
    inbox, warehouse = inbox.resolve(), str(Path(warehouse).resolve())
    running = {n: p for n, p in layout.pids().items() if group_alive(p)}
    if running:
        print(f"hoptac service already running ({', '.join(f'{n} {p}' for n, p in running.items())}); "
              "`make stop` first", file=sys.stderr)
        return 1
    url = api_url(port)
    if api_is_up(url):
        print(f"hoptac: something else already answers at {url}; stop it or choose HOPTAC_UI_PORT", file=sys.stderr)
        return 1
    layout.folder.mkdir(parents=True, exist_ok=True)
    for name in PROCESSES:
        layout.log(name).write_bytes(b"")  # this session's logs only
    inbox.mkdir(parents=True, exist_ok=True)
    server = start_server(layout.home, port, layout.log("server"))
    layout.pid_file("server").write_text(str(server.pid))
    try:
        wait_for_api(url, timeout, server)
    except (RuntimeError, TimeoutError) as exc:
        stop_group(server.pid)
        layout.pid_file("server").unlink(missing_ok=True)
        print(f"hoptac: {exc}; see {layout.log('server')}", file=sys.stderr)
        return 1
    write_env_file(layout, url)
    env = {**os.environ, "PREFECT_API_URL": url, "PREFECT_HOME": str(layout.home)}
    serve = start_process([*_hoptac_command(), "serve", str(inbox), "--warehouse", warehouse], env, layout.log("serve"))
    layout.pid_file("serve").write_text(str(serve.pid))
    watch = start_process([*_hoptac_command(), "watch", str(inbox), "--warehouse", warehouse], env, layout.log("watch"))
    layout.pid_file("watch").write_text(str(watch.pid))
    watching = _wait_for_deployment(url, timeout, serve) and _wait_for_line(
        layout.log("watch"), "watching", timeout, watch)
    if not watching:
        print(f"hoptac: the deployment or the watcher did not come up; see {layout.folder}", file=sys.stderr)
        stop()
        return 1
    print(f"hoptac service up\n"
          f"  Prefect UI   http://{HOST}:{port}\n"
          f"  inbox        {shown_inbox}/  (drop article files here)\n"
          f"  warehouse    {shown_warehouse}  (hoptac sql \"...\", or any DuckDB client, read-only)\n"
          f"  deployment   {DEPLOYMENT}: on arrival, and nightly at 02:00 {NIGHTLY_TIMEZONE}\n"
          f"  logs         {layout.folder}/{{server,serve,watch}}.log\n"
          f"  stop with    make stop")
    return 0


def _wait_for_line(log: Path, text: str, timeout: float, process: subprocess.Popen[bytes]) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and process.poll() is None:
        if text in log.read_text(encoding="utf-8", errors="replace"):
            return True
        time.sleep(0.3)
    return False


def _wait_for_deployment(url: str, timeout: float, serve: subprocess.Popen[bytes]) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if serve.poll() is not None:
            return False
        try:
            with urllib.request.urlopen(f"{url}/deployments/name/{DEPLOYMENT}", timeout=2) as response:
                if response.status == 200:
                    return True
        except (urllib.error.URLError, OSError):
            pass
        time.sleep(0.5)
    return False


def stop() -> int:
    layout = default_layout()
    pids = layout.pids()
    # The watcher and the served runs first, then the server they talk to.
    for name in reversed(PROCESSES):
        if name in pids:
            was_running = stop_group(pids[name])
            print(f"hoptac: {name} (process group {pids[name]}) {'stopped' if was_running else 'was not running'}")
        layout.pid_file(name).unlink(missing_ok=True)
    layout.env_file.unlink(missing_ok=True)
    if not pids:
        print("hoptac: no service was running")
    return 0


def status() -> int:
    layout = default_layout()
    pids = layout.pids()
    url = read_env_file(layout).get("PREFECT_API_URL")
    for name in PROCESSES:
        pid = pids.get(name)
        print(f"{name:<7} {'running, process group ' + str(pid) if pid and group_alive(pid) else 'not running'}")
    print(f"api     {url or '-'} {'(up)' if url and api_is_up(url) else '(down)'}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m flows.service", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    up = commands.add_parser("start")
    up.add_argument("--inbox", default=os.environ.get("HOPTAC_INBOX", DEFAULT_INBOX))
    up.add_argument("--warehouse", default=os.environ.get("HOPTAC_WAREHOUSE", DEFAULT_WAREHOUSE))
    up.add_argument("--port", type=int, default=int(os.environ.get("HOPTAC_UI_PORT", DEFAULT_PORT)))
    commands.add_parser("stop")
    commands.add_parser("status")
    args = parser.parse_args(argv)
    if args.command == "start":
        return start(Path(args.inbox), args.warehouse, args.port)
    if args.command == "stop":
        return stop()
    return status()


if __name__ == "__main__":
    sys.exit(main())
