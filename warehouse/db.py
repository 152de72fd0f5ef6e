"""The one access layer to the DuckDB warehouse: schema, batch loads in one transaction, read queries."""
from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import duckdb
import polars as pl

SQL_DIR = Path(__file__).parent / "sql"
USER_TABLES = ("articles", "partners", "meetings", "meeting_sources", "meeting_fields", "statistics")
ALL_TABLES = ("raw_files", "quarantine", "stg_articles", "article_sources", *USER_TABLES, "dq_results")

# Each frame of a LoadBatch goes into its table by one fixed statement; duplicates of rows already
# there are ignored, so loading the same batch twice changes nothing.
_INSERTS: dict[str, str] = {
    # A path back to an earlier content (superseded) is that content's registration again.
    "raw_files": """
        INSERT INTO raw_files BY NAME SELECT * FROM batch_frame
        ON CONFLICT (source_path, content_sha256) DO UPDATE SET
            status = excluded.status, article_id = excluded.article_id, batch_id = excluded.batch_id,
            ingested_at = excluded.ingested_at""",
    "quarantine": "INSERT OR IGNORE INTO quarantine BY NAME SELECT * FROM batch_frame",
    "stg_articles": "INSERT OR IGNORE INTO stg_articles BY NAME SELECT * FROM batch_frame",
    "article_sources": "INSERT OR IGNORE INTO article_sources BY NAME SELECT * FROM batch_frame",
    "articles": "INSERT OR IGNORE INTO articles BY NAME SELECT * FROM batch_frame",
    "partners": """
        INSERT INTO partners BY NAME SELECT * FROM batch_frame
        ON CONFLICT (partner_id) DO UPDATE SET
            name_en = coalesce(partners.name_en, excluded.name_en),
            parent_partner_id = coalesce(partners.parent_partner_id, excluded.parent_partner_id)""",
    "meetings": """
        INSERT INTO meetings BY NAME SELECT * FROM batch_frame
        ON CONFLICT (meeting_id) DO UPDATE SET
            is_primary = meetings.is_primary OR excluded.is_primary,
            vn_title = coalesce(meetings.vn_title, excluded.vn_title),
            foreign_title = coalesce(meetings.foreign_title, excluded.foreign_title),
            foreign_person = coalesce(meetings.foreign_person, excluded.foreign_person)""",
    "meeting_sources": "INSERT OR IGNORE INTO meeting_sources BY NAME SELECT * FROM batch_frame",
    "meeting_fields": "INSERT OR IGNORE INTO meeting_fields BY NAME SELECT * FROM batch_frame",
    "statistics": "INSERT OR IGNORE INTO statistics BY NAME SELECT * FROM batch_frame",
    "dq_results": "INSERT OR IGNORE INTO dq_results BY NAME SELECT * FROM batch_frame",
}
LOAD_ORDER = tuple(_INSERTS)

# Versions: a path of the batch (batch_frame: its raw_files rows) registered before with other bytes is a
# file rewritten. Its earlier content becomes `superseded` (the row and its staged text stay: nothing is
# lost), the path stops being a source of the old article, and an article left with no path loses its
# rows in the marts: sources of meetings, then meetings no article reports any more (a meeting other
# articles also report stays), their fields, and figures. The batch's own rows then load the new version.
_SUPERSEDE = (
    """CREATE OR REPLACE TEMP TABLE superseded AS
       SELECT r.source_path, r.content_sha256, r.article_id FROM raw_files r JOIN batch_frame b USING (source_path)
       WHERE r.content_sha256 <> b.content_sha256 AND r.status <> 'superseded'""",
    """UPDATE raw_files SET status = 'superseded'
       WHERE (source_path, content_sha256) IN (SELECT source_path, content_sha256 FROM superseded)""",
    """DELETE FROM article_sources
       WHERE (article_id, source_path) IN (SELECT article_id, source_path FROM superseded)""",
    # An article the batch itself names again (new bytes, same text) is not gone.
    """CREATE OR REPLACE TEMP TABLE gone AS
       SELECT DISTINCT s.article_id FROM superseded s
       WHERE s.article_id IS NOT NULL
         AND s.article_id NOT IN (SELECT article_id FROM article_sources)
         AND s.article_id NOT IN (SELECT article_id FROM batch_frame WHERE article_id IS NOT NULL)""",
    "DELETE FROM statistics WHERE article_id IN (SELECT article_id FROM gone)",
    "DELETE FROM meeting_sources WHERE article_id IN (SELECT article_id FROM gone)",
    """CREATE OR REPLACE TEMP TABLE unsourced AS
       SELECT meeting_id FROM meetings WHERE meeting_id NOT IN (SELECT meeting_id FROM meeting_sources)""",
    "UPDATE statistics SET meeting_id = NULL WHERE meeting_id IN (SELECT meeting_id FROM unsourced)",
    "DELETE FROM meeting_fields WHERE meeting_id IN (SELECT meeting_id FROM unsourced)",
    """CREATE OR REPLACE TEMP TABLE unmet AS
       SELECT DISTINCT partner_id FROM meetings WHERE meeting_id IN (SELECT meeting_id FROM unsourced)""",
    "DELETE FROM meetings WHERE meeting_id IN (SELECT meeting_id FROM unsourced)",
    # A partner only those meetings had (not met elsewhere, nobody's parent) goes with them.
    """DELETE FROM partners WHERE partner_id IN (SELECT partner_id FROM unmet)
         AND partner_id NOT IN (SELECT partner_id FROM meetings)
         AND partner_id NOT IN (SELECT parent_partner_id FROM partners WHERE parent_partner_id IS NOT NULL)""",
    "DELETE FROM articles WHERE article_id IN (SELECT article_id FROM gone)",
    # An article still found under another path is named after one of those.
    """UPDATE articles SET source_path = (
           SELECT min(a.source_path) FROM article_sources a WHERE a.article_id = articles.article_id)
       WHERE source_path IN (SELECT source_path FROM superseded)""",
    "DROP TABLE superseded", "DROP TABLE gone", "DROP TABLE unsourced", "DROP TABLE unmet",
)

# Warehouses made before versions existed: raw_files' status check did not allow `superseded`.
_RAW_STATUS_MIGRATION = (
    "CREATE TABLE raw_files_versions AS SELECT * FROM raw_files",
    "DROP TABLE raw_files",
    None,  # 00_raw.sql again: the table with the current check
    "INSERT INTO raw_files BY NAME SELECT * FROM raw_files_versions",
    "DROP TABLE raw_files_versions",
)


@dataclass
class LoadBatch:
    """Frames for one batch, keyed by table name; the keys are a subset of LOAD_ORDER."""

    frames: dict[str, pl.DataFrame] = field(default_factory=dict)

    def add(self, table: str, frame: pl.DataFrame) -> None:
        if table not in _INSERTS:
            raise KeyError(f"unknown warehouse table {table!r}")
        if frame.height:
            self.frames[table] = pl.concat([self.frames[table], frame], how="diagonal_relaxed") if (
                table in self.frames
            ) else frame


class WarehouseMemoryError(RuntimeError):
    """A load needed more memory than the warehouse connection may use."""


class Warehouse:
    """A DuckDB file with the hoptac schema. Use as a context manager."""

    def __init__(self, path: str | Path, read_only: bool = False, memory_limit: str | None = None) -> None:
        """memory_limit caps DuckDB's buffer pool (e.g. "256MB"): without it, a writer caches the blocks
        and indexes it inserts up to most of the machine's memory, so its footprint grows with the data."""
        self.path = Path(path)
        if not read_only:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        config: dict[str, str | bool | int | float | list[str]] = {"memory_limit": memory_limit} if memory_limit else {}
        self.con = duckdb.connect(str(self.path), read_only=read_only, config=config)
        if not read_only:
            self.migrate()

    def __enter__(self) -> Warehouse:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.con.close()

    def migrate(self) -> None:
        """Create every table and view; safe to run on an existing warehouse."""
        for sql_file in sorted(SQL_DIR.glob("*.sql")):
            self.con.execute(sql_file.read_text(encoding="utf-8"))
        check = self.con.execute(
            "SELECT constraint_text FROM duckdb_constraints() WHERE table_name = 'raw_files' "
            "AND constraint_type = 'CHECK' AND constraint_text LIKE '%status%'"
        ).fetchone()
        if check and "superseded" not in check[0]:
            with self.transaction() as con:
                for statement in _RAW_STATUS_MIGRATION:
                    con.execute(statement or (SQL_DIR / "00_raw.sql").read_text(encoding="utf-8"))

    @contextmanager
    def transaction(self) -> Iterator[duckdb.DuckDBPyConnection]:
        self.con.execute("BEGIN TRANSACTION")
        try:
            yield self.con
        except BaseException:
            self.con.execute("ROLLBACK")
            raise
        self.con.execute("COMMIT")

    def load(self, batch: LoadBatch, after_insert: Callable[[str], None] | None = None) -> dict[str, int]:
        """Insert all frames of a batch in one transaction; returns rows per table after the load.

        after_insert(table) is called inside the transaction after each table's insert (crash tests).
        """
        try:
            with self.transaction() as con:
                raw = batch.frames.get("raw_files")
                if raw is not None and raw.height:
                    con.register("batch_frame", raw.to_arrow())
                    try:
                        for statement in _SUPERSEDE:
                            con.execute(statement)
                    finally:
                        con.unregister("batch_frame")
                for table in LOAD_ORDER:
                    frame = batch.frames.get(table)
                    if frame is None or not frame.height:
                        continue
                    con.register("batch_frame", frame.to_arrow())
                    try:
                        con.execute(_INSERTS[table])
                    finally:
                        con.unregister("batch_frame")
                    if after_insert:
                        after_insert(table)
        except duckdb.OutOfMemoryException as exc:
            limit = self.con.execute("SELECT current_setting('memory_limit')").fetchone()
            raise WarehouseMemoryError(
                f"DuckDB ran out of its memory limit ({limit[0] if limit else '?'}) while loading a batch into "
                f"{self.path}; the batch was rolled back and its files stay unregistered. The primary-key indexes "
                "DuckDB keeps in memory grow with the warehouse: raise HOPTAC_DUCKDB_MEMORY (e.g. 1GB) and run "
                "again."
            ) from exc
        return self.counts()

    def record_quality(self, results: pl.DataFrame) -> None:
        """dq_results rows on their own, e.g. for a batch whose data was rejected."""
        batch = LoadBatch()
        batch.add("dq_results", results)
        self.load(batch)

    def known_files(self, files: pl.DataFrame) -> pl.DataFrame:
        """The (source_path, content_sha256) pairs of `files` that raw_files holds as the path's current
        content (a path back to an earlier, superseded content is a new version again)."""
        self.con.register("incoming", files.select("source_path", "content_sha256").to_arrow())
        try:
            return self.con.execute(
                "SELECT r.source_path, r.content_sha256 FROM raw_files r "
                "JOIN incoming i USING (source_path, content_sha256) WHERE r.status <> 'superseded'"
            ).pl()
        finally:
            self.con.unregister("incoming")

    def known_paths(self) -> pl.DataFrame:
        """Every (source_path, content_sha256) ever registered: ingest skips these without reading."""
        return self.con.execute("SELECT source_path, content_sha256, size_bytes FROM raw_files").pl()

    def existing_articles(self, article_ids: list[str]) -> set[str]:
        """The ids among article_ids of articles in the warehouse now (a superseded text is only in staging)."""
        if not article_ids:
            return set()
        rows = self.con.execute(
            "SELECT article_id FROM articles WHERE article_id IN (SELECT unnest($ids))", {"ids": article_ids}
        ).fetchall()
        return {r[0] for r in rows}

    def partner_ids(self) -> set[str]:
        return {r[0] for r in self.con.execute("SELECT partner_id FROM partners").fetchall()}

    def meeting_ids(self) -> set[str]:
        return {r[0] for r in self.con.execute("SELECT meeting_id FROM meetings").fetchall()}

    def counts(self) -> dict[str, int]:
        return {t: int(self.con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]) for t in ALL_TABLES}  # type: ignore[index]

    def quality_summary(self) -> pl.DataFrame:
        return self.con.execute(
            "SELECT suite, count(*) AS checks, count(*) FILTER (WHERE success) AS passed, "
            "count(*) FILTER (WHERE NOT success AND critical) AS critical_failures "
            "FROM dq_results GROUP BY suite ORDER BY suite"
        ).pl()

    def query(self, sql: str, params: dict[str, object] | None = None) -> pl.DataFrame:
        return self.con.execute(sql, params or {}).pl()

    def table(self, name: str) -> pl.DataFrame:
        """A whole table in a stable order (for comparisons between runs)."""
        if name not in ALL_TABLES:
            raise KeyError(f"unknown warehouse table {name!r}")
        return self.con.execute(f"SELECT * FROM {name} ORDER BY ALL").pl()
