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

    task_runner: "thread" (default, one machine) or "dask" (the extract step on a Dask cluster;
    dask_address None starts a local cluster, "tcp://host:8786" uses an existing one).
    """

    warehouse: Path = field(default_factory=lambda: Path(_env("WAREHOUSE", DEFAULT_WAREHOUSE)))
    batch_size: int = field(default_factory=lambda: int(_env("BATCH_SIZE", "2000")))
    extract_chunk: int = field(default_factory=lambda: int(_env("EXTRACT_CHUNK", "500")))
    task_runner: str = field(default_factory=lambda: _env("TASK_RUNNER", "thread"))
    dask_address: str | None = field(default_factory=lambda: os.environ.get("HOPTAC_DASK_ADDRESS") or None)
    dask_workers: int = field(default_factory=lambda: int(_env("DASK_WORKERS", "2")))

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
