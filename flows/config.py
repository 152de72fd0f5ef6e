"""The one configuration object of a hoptac run, from arguments and HOPTAC_* environment variables."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_WAREHOUSE = "warehouse/hoptac.duckdb"


def _env(name: str, default: str) -> str:
    return os.environ.get(f"HOPTAC_{name}", default)


@dataclass(frozen=True)
class Settings:
    """Where to read and write, and how to cut and spread the work.

    task_runner: where the extract step's chunks run. "thread" (threads of the flow's process: no
    start-up cost, one core for the Python work), "process" (a pool of `workers` processes on this
    machine: every core, about 5 s to start), "auto" (default: "process" for a folder of more than one
    batch, "thread" otherwise) or "dask" (a Dask cluster; dask_address None starts a local one of `workers`
    processes, "tcp://host:8786" uses an existing one).
    """

    warehouse: Path = field(default_factory=lambda: Path(_env("WAREHOUSE", DEFAULT_WAREHOUSE)))
    # DuckDB's buffer pool while loading: table data beyond it goes to disk, so the flow's memory stays
    # flat as the warehouse grows, except for the primary-key indexes DuckDB keeps in memory (about
    # 35 MB per 100,000 files): 256MB holds a warehouse of about 600,000 files.
    duckdb_memory: str = field(default_factory=lambda: _env("DUCKDB_MEMORY", "256MB"))
    batch_size: int = field(default_factory=lambda: int(_env("BATCH_SIZE", "4000")))
    # A batch of at most this many new articles is cleaned and extracted in the flow's own process: less
    # work than starting a worker for it (a few new files dropped in must not pay for a process pool).
    inline_articles: int = field(default_factory=lambda: int(_env("INLINE_ARTICLES", "500")))
    task_runner: str = field(default_factory=lambda: _env("TASK_RUNNER", "auto"))
    dask_address: str | None = field(default_factory=lambda: os.environ.get("HOPTAC_DASK_ADDRESS") or None)
    # Worker processes of the "process" and local "dask" runners. The flow's own process keeps a core
    # busy (reading, validating, loading), so the default leaves it one.
    workers: int = field(default_factory=lambda: int(_env("WORKERS", str(max(1, (os.cpu_count() or 2) - 1)))))
    # The largest file read as an article (HOPTAC_MAX_ARTICLE_BYTES): a bigger one is hashed in chunks
    # and quarantined with its size as the reason, so no file costs more memory than this.
    max_article_bytes: int = field(default_factory=lambda: int(_env("MAX_ARTICLE_BYTES", str(5 * 1024 * 1024))))
    # Extract tasks per batch, to spread a batch over several workers (a cluster): HOPTAC_EXTRACT_PARTS.
    extract_parts: int = field(default_factory=lambda: int(_env("EXTRACT_PARTS", "1")))

    @property
    def quarantine_dir(self) -> Path:
        """Kept copies of quarantined files, beside the warehouse file."""
        return self.warehouse.parent / "quarantine"


def prepare_prefect_environment() -> None:
    """Embedded defaults: Prefect's local server with its SQLite database under the repository.

    Must run before prefect is imported. Anything the user set (PREFECT_API_URL of a running
    server, another PREFECT_HOME) wins.
    """
    os.environ.setdefault("PREFECT_HOME", str(REPO_ROOT / ".prefect"))
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "INFO")
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "False")
    if "PREFECT_API_URL" not in os.environ:
        url = running_service_api()
        if url:
            os.environ["PREFECT_API_URL"] = url


def running_service_api() -> str | None:
    """The API of the server `make serve` started (PREFECT_HOME/service.env), if it accepts connections.

    HOPTAC_FIND_SERVICE=0 ignores it (the tests run on servers of their own).
    """
    if os.environ.get("HOPTAC_FIND_SERVICE", "1") == "0":
        return None
    import socket
    from urllib.parse import urlsplit

    env_file = Path(os.environ.get("PREFECT_HOME", str(REPO_ROOT / ".prefect"))) / "service.env"
    try:
        lines = env_file.read_text(encoding="utf-8").splitlines()
    except OSError:
        return None
    url = dict(line.split("=", 1) for line in lines if "=" in line).get("PREFECT_API_URL", "").strip()
    where = urlsplit(url)
    if not url or not where.hostname or not where.port:
        return None
    try:
        with socket.create_connection((where.hostname, where.port), timeout=0.5):
            return url
    except OSError:
        return None  # a stale file: the service was stopped without `make stop`
