"""Are two warehouses the same? Every table and view of both, row for row, without the columns that say when a
run happened (ingested_at, checked_at, ...) and with kept quarantine copies compared by file name only.

    .venv/bin/python bench/compare_warehouses.py A.duckdb B.duckdb [--dump DIR]

A speed change must leave the warehouse built from the corpus identical: build one before and one after
(`hoptac run /tmp/corpus/baomoi-2017 --warehouse X`) and compare them. Each table is compared as a multiset
(EXCEPT ALL both ways, so duplicate rows count) and its rows' count; --dump also writes each table of A, its
rows sorted by every column, to DIR/<table>.parquet (to diff by hand or keep as a reference). Exits 1 when
anything differs, or when a table is in one warehouse only.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import duckdb

# The moment of the run, not its result.
VOLATILE = {"ingested_at", "checked_at", "quarantined_at", "last_seen"}
# Where a kept copy lives depends on where the warehouse is: its file name (the content hash) is the result.
BY_NAME = {"quarantined_path"}


def _columns(con: duckdb.DuckDBPyConnection, db: str, table: str) -> list[str]:
    rows = con.execute(
        "SELECT column_name FROM information_schema.columns WHERE table_catalog = ? AND table_name = ? "
        "AND table_schema = 'main' ORDER BY ordinal_position", [db, table],
    ).fetchall()
    return [r[0] for r in rows]


def _tables(con: duckdb.DuckDBPyConnection, db: str) -> dict[str, str]:
    rows = con.execute(
        "SELECT table_name, table_type FROM information_schema.tables WHERE table_catalog = ? "
        "AND table_schema = 'main' ORDER BY table_name", [db],
    ).fetchall()
    return {name: kind for name, kind in rows}


def _select(columns: list[str]) -> str:
    # Identifiers come from the warehouses' own catalog, quoted: nothing of a user's is spliced in.
    parts = []
    for c in columns:
        if c in VOLATILE:
            continue
        quoted = '"' + c.replace('"', '""') + '"'
        parts.append(f"regexp_replace({quoted}, '^.*/', '') AS {quoted}" if c in BY_NAME else quoted)
    return ", ".join(parts)


def compare(a: Path, b: Path, dump: Path | None = None) -> bool:
    con = duckdb.connect()
    con.execute(f"ATTACH '{str(a).replace(chr(39), chr(39) * 2)}' AS a (READ_ONLY)")
    con.execute(f"ATTACH '{str(b).replace(chr(39), chr(39) * 2)}' AS b (READ_ONLY)")
    in_a, in_b = _tables(con, "a"), _tables(con, "b")
    same = True
    for name in sorted(set(in_a) - set(in_b)):
        print(f"{name:28s} only in {a}")
        same = False
    for name in sorted(set(in_b) - set(in_a)):
        print(f"{name:28s} only in {b}")
        same = False
    if dump is not None:
        dump.mkdir(parents=True, exist_ok=True)
    for name in sorted(set(in_a) & set(in_b)):
        cols_a, cols_b = _columns(con, "a", name), _columns(con, "b", name)
        if cols_a != cols_b:
            print(f"{name:28s} columns differ: {cols_a} vs {cols_b}")
            same = False
            continue
        cols = _select(cols_a)
        table = '"' + name.replace('"', '""') + '"'
        count_a = con.execute(f"SELECT count(*) FROM a.{table}").fetchone()[0]  # type: ignore[index]
        count_b = con.execute(f"SELECT count(*) FROM b.{table}").fetchone()[0]  # type: ignore[index]
        only_a = con.execute(
            f"SELECT count(*) FROM (SELECT {cols} FROM a.{table} EXCEPT ALL SELECT {cols} FROM b.{table})"
        ).fetchone()[0]  # type: ignore[index]
        only_b = con.execute(
            f"SELECT count(*) FROM (SELECT {cols} FROM b.{table} EXCEPT ALL SELECT {cols} FROM a.{table})"
        ).fetchone()[0]  # type: ignore[index]
        ok = count_a == count_b and only_a == only_b == 0
        same = same and ok
        kind = "view" if in_a[name] == "VIEW" else "table"
        print(f"{name:28s} {kind:5s} rows {count_a:7d} / {count_b:7d}  only in A {only_a:5d}  only in B {only_b:5d}  "
              f"{'identical' if ok else 'DIFFERENT'}")
        if dump is not None:
            target = str(dump / f"{name}.parquet").replace("'", "''")
            con.execute(f"COPY (SELECT {cols} FROM a.{table} ORDER BY ALL) TO '{target}' (FORMAT parquet)")
    print("ALL IDENTICAL" if same else "DIFFERENCES")
    return same


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("a", type=Path)
    parser.add_argument("b", type=Path)
    parser.add_argument("--dump", type=Path, help="write each table of A, sorted, as DIR/<table>.parquet")
    args = parser.parse_args(argv)
    return 0 if compare(args.a, args.b, args.dump) else 1


if __name__ == "__main__":
    sys.exit(main())
