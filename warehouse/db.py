"""The one access layer to the DuckDB warehouse: schema, batch loads in one transaction, read queries."""
from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import duckdb
import polars as pl

from transforms import merge

SQL_DIR = Path(__file__).parent / "sql"
USER_TABLES = ("articles", "partners", "meetings", "meeting_sources", "meeting_fields", "statistics")
EVIDENCE_TABLES = ("meeting_evidence", "partner_aliases")
ALL_TABLES = ("raw_files", "quarantine", "stg_articles", "article_sources", *EVIDENCE_TABLES, *USER_TABLES,
              "dq_results")

# Each frame of a LoadBatch goes into its table by one fixed statement; duplicates of rows already
# there are ignored, so loading the same batch twice changes nothing.
_INSERTS: dict[str, str | tuple[str, ...]] = {
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
    # A partner seen again is merged with its row: the preferred kind and name, the least English name, a
    # parent place over a parent country; the same whatever order the rows come in.
    "partners": ("""
        CREATE OR REPLACE TEMP TABLE partner_merge AS
        WITH seen AS (
            SELECT partner_id, name, name_en, kind, country_code, parent_partner_id FROM partners
            WHERE partner_id IN (SELECT partner_id FROM batch_frame)
            UNION ALL
            SELECT partner_id, name, name_en, kind, country_code, parent_partner_id FROM batch_frame
        ), kinds AS (
            SELECT partner_id, min(kind) AS kind FROM (
                SELECT partner_id, kind FROM partners UNION ALL SELECT partner_id, kind FROM batch_frame
            ) GROUP BY partner_id
        )
        SELECT s.partner_id,
               arg_min(s.name, partner_preference(s.kind, s.name)) AS name,
               min(s.name_en) AS name_en,
               arg_min(s.kind, partner_preference(s.kind, s.name)) AS kind,
               min(s.country_code) AS country_code,
               arg_min(s.parent_partner_id,
                       CASE WHEN k.kind = 'country' THEN '1' ELSE '0' END || s.parent_partner_id) AS parent_partner_id
        FROM seen s LEFT JOIN kinds k ON k.partner_id = s.parent_partner_id
        GROUP BY s.partner_id""",
        "DELETE FROM partners WHERE partner_id IN (SELECT partner_id FROM partner_merge)",
        "INSERT INTO partners BY NAME SELECT * FROM partner_merge",
        "DROP TABLE partner_merge"),
    # Each article's own readings; meetings, meeting_sources and meeting_fields are derived from them.
    "meeting_evidence": "INSERT OR IGNORE INTO meeting_evidence BY NAME SELECT * FROM batch_frame",
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
    """CREATE OR REPLACE TEMP TABLE unmet AS
       SELECT DISTINCT partner_id FROM meeting_evidence WHERE article_id IN (SELECT article_id FROM gone)""",
    "DELETE FROM statistics WHERE article_id IN (SELECT article_id FROM gone)",
)
# After the gone articles' readings are forgotten (forget_readings: their meetings re-derived, a meeting other
# articles report keeps its other sources):
_SUPERSEDE_AFTER = (
    # A partner only those readings had (not met elsewhere, nobody's parent) goes with them.
    """DELETE FROM partners WHERE partner_id IN (SELECT partner_id FROM unmet)
         AND partner_id NOT IN (SELECT partner_id FROM meetings)
         AND partner_id NOT IN (SELECT partner_id FROM meeting_evidence)
         AND partner_id NOT IN (SELECT parent_partner_id FROM partners WHERE parent_partner_id IS NOT NULL)""",
    "DELETE FROM articles WHERE article_id IN (SELECT article_id FROM gone)",
    # An article still found under another path is named after one of those.
    """UPDATE articles SET source_path = (
           SELECT min(a.source_path) FROM article_sources a WHERE a.article_id = articles.article_id)
       WHERE source_path IN (SELECT source_path FROM superseded)""",
    "DROP TABLE superseded", "DROP TABLE gone", "DROP TABLE unmet",
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
                        gone = [row[0] for row in con.execute("SELECT article_id FROM gone ORDER BY 1").fetchall()]
                        forget_readings(con, gone)
                        for statement in _SUPERSEDE_AFTER:
                            con.execute(statement)
                    finally:
                        con.unregister("batch_frame")
                for table in LOAD_ORDER:
                    frame = batch.frames.get(table)
                    if frame is None or not frame.height:
                        continue
                    con.register("batch_frame", frame.to_arrow())
                    try:
                        statements = _INSERTS[table]
                        for statement in (statements,) if isinstance(statements, str) else statements:
                            con.execute(statement)
                    finally:
                        con.unregister("batch_frame")
                    if after_insert:
                        after_insert(table)
                evidence = batch.frames.get("meeting_evidence")
                if evidence is not None and evidence.height:
                    _derive_meetings(con, evidence["merge_block"].unique().sort().to_list(),
                                     evidence["partner_id"].unique().sort().to_list())
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


# ---------------------------------------------------------------------------------------------- merged meetings

_EVIDENCE_COLUMNS = ", ".join(merge.EVIDENCE_SCHEMA)


def _derive_meetings(con: duckdb.DuckDBPyConnection, blocks: list[str], partner_ids: list[str]) -> None:
    """Re-derive the merged meetings of BLOCKS from all their evidence rows (inside the caller's transaction),
    point the figures of the articles involved at their merged primary meeting, and recount the names the
    partners were seen under."""
    evidence = con.execute(
        f"SELECT {_EVIDENCE_COLUMNS} FROM meeting_evidence WHERE merge_block IN (SELECT unnest($blocks))",
        {"blocks": blocks},
    ).pl()
    merged = merge.merge_meetings(evidence.cast(merge.EVIDENCE_SCHEMA))  # type: ignore[arg-type]
    stale = "(SELECT meeting_id FROM meeting_evidence WHERE merge_block IN (SELECT unnest($blocks)))"
    for table in ("meeting_fields", "meeting_sources", "meetings"):
        con.execute(f"DELETE FROM {table} WHERE meeting_id IN {stale}", {"blocks": blocks})
    for table, frame in (("meetings", merged.meetings), ("meeting_sources", merged.meeting_sources),
                         ("meeting_fields", merged.meeting_fields), ("merge_assignment", merged.assignment)):
        con.register("merged_frame", frame.to_arrow())
        try:
            if table == "merge_assignment":
                con.execute("UPDATE meeting_evidence SET meeting_id = a.meeting_id FROM merged_frame a "
                            "WHERE meeting_evidence.evidence_id = a.evidence_id")
            else:
                con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM merged_frame")
        finally:
            con.unregister("merged_frame")
    articles = evidence["article_id"].unique().to_list()
    con.execute("""
        UPDATE statistics SET meeting_id = p.meeting_id
        FROM (SELECT article_id, arg_min(meeting_id, (CASE WHEN is_primary THEN 0 ELSE 1000000 END) + ordinal)
                  AS meeting_id
              FROM meeting_evidence WHERE article_id IN (SELECT unnest($articles)) GROUP BY article_id) p
        WHERE statistics.article_id = p.article_id""", {"articles": articles})
    con.execute("DELETE FROM partner_aliases WHERE partner_id IN (SELECT unnest($ids))", {"ids": partner_ids})
    con.execute("""
        INSERT INTO partner_aliases
        SELECT partner_id, partner_alias, count(DISTINCT article_id), count(*) FROM meeting_evidence
        WHERE partner_id IN (SELECT unnest($ids)) GROUP BY partner_id, partner_alias""", {"ids": partner_ids})


def forget_readings(con: duckdb.DuckDBPyConnection, article_ids: list[str]) -> None:
    """Drop the meeting readings of ARTICLE_IDS (an article whose file changed) inside the caller's transaction
    and re-derive the meetings they were merged into: a meeting other articles report keeps its other sources,
    one reported by no article any more is gone."""
    touched = con.execute(
        "SELECT DISTINCT merge_block, partner_id FROM meeting_evidence WHERE article_id IN (SELECT unnest($ids))",
        {"ids": article_ids},
    ).fetchall()
    if not touched:
        return
    blocks = sorted({row[0] for row in touched})
    stale = con.execute(
        "SELECT DISTINCT meeting_id FROM meeting_evidence WHERE merge_block IN (SELECT unnest($blocks))",
        {"blocks": blocks},
    ).fetchall()
    con.execute("DELETE FROM meeting_evidence WHERE article_id IN (SELECT unnest($ids))", {"ids": article_ids})
    for table in ("meeting_fields", "meeting_sources", "meetings"):
        con.execute(f"DELETE FROM {table} WHERE meeting_id IN (SELECT unnest($ids))",
                    {"ids": [row[0] for row in stale if row[0]]})
    _derive_meetings(con, blocks, sorted({row[1] for row in touched}))
