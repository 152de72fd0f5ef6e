"""`make eval`: the real pipeline on every gold article, scored by ../shared/eval/score.py, one table for all sets.

Builds one warehouse from the articles of seeds, dev, dev2 and dev2-check with `hoptac run`, scores each gold file
on it, and prints the figures side by side; then the decision model's cross-validated score (flows/train.py) and a
reliability table of its confidence on dev2-check, the check split nobody trains or writes rules on: of the meeting
rows at each confidence, how many are real meetings of the gold.
"""
from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import duckdb

from flows.train import load_scorer

REPO = Path(__file__).resolve().parent.parent
SETS = ("seeds", "dev", "dev2", "dev2-check")
COLUMNS = ("article_f1", "meeting_precision", "meeting_recall", "meeting_f1", "meeting_exact", "field_date",
           "field_mean", "field_mean_all", "statistic_f1", "forbidden_hits", "articles_missing")


def _folder(shared: Path, name: str) -> Path:
    return REPO / "seeds" if name == "seeds" else shared / "corpus" / ("dev" if name == "dev" else "dev2")


def _gold(shared: Path, name: str) -> list[dict]:
    return [json.loads(line) for line in (shared / "gold" / f"{name}.jsonl").read_text("utf-8").splitlines()
            if line.strip()]


def reliability(warehouse: Path, shared: Path, name: str = "dev2-check") -> list[tuple[str, int, int]]:
    """(confidence band, rows, real rows) over the meeting rows of NAME's articles, matched one-to-one as score.py
    matches them."""
    score = load_scorer(shared)
    gold = {g["file"]: g for g in _gold(shared, name)}
    con = duckdb.connect(str(warehouse), read_only=True)
    cur = con.execute(
        """SELECT a.source_path, m.confidence, m.vn_locality, m.vn_person, m.foreign_person, m.vn_title,
                  m.foreign_title, m.meeting_date, m.meeting_month, m.meeting_day,
                  p.name, p.name_en, p.kind, p.country_code
           FROM meetings m JOIN meeting_sources s USING (meeting_id) JOIN articles a USING (article_id)
           JOIN partners p USING (partner_id) ORDER BY a.source_path, m.meeting_id""")
    cols = [d[0] for d in cur.description]
    rows = [dict(zip(cols, r, strict=True)) for r in cur.fetchall()]
    con.close()
    by_file: dict[str, list[dict]] = {}
    for r in rows:
        by_file.setdefault(Path(r["source_path"]).name, []).append(r)
    judged: list[tuple[float, bool]] = []
    for file, preds in by_file.items():
        if file not in gold:
            continue
        real = [False] * len(preds)
        for gm in sorted(gold[file]["meetings"], key=lambda m: not m["required"]):
            hits = [i for i, p in enumerate(preds) if not real[i] and score.meeting_match(p, gm)]
            if hits:
                real[max(hits, key=lambda i: sum(ok for _, ok in score.field_checks(preds[i], gm)))] = True
        judged += [(p["confidence"] if p["confidence"] is not None else 1.0, ok) for p, ok in zip(preds, real,
                                                                                                   strict=True)]
    bands = [("≥ 0.8", 0.8, 1.01), *((f"{lo / 10:.1f}–{(lo + 1) / 10:.1f}", lo / 10, (lo + 1) / 10 + (0.01 if lo == 9
                                                                                                          else 0))
                                    for lo in range(9, -1, -1))]
    return [(label, sum(lo <= c < hi for c, _ in judged), sum(lo <= c < hi and ok for c, ok in judged))
            for label, lo, hi in bands]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", default=str(REPO.parent / "shared"))
    parser.add_argument("--keep", help="keep the warehouse at this path")
    args = parser.parse_args()
    shared = Path(args.shared)
    with tempfile.TemporaryDirectory() as tmp:
        inbox = Path(tmp) / "gold-articles"
        inbox.mkdir()
        for name in SETS:
            for g in _gold(shared, name):
                shutil.copy(_folder(shared, name) / g["file"], inbox / g["file"])
        warehouse = Path(args.keep) if args.keep else Path(tmp) / "eval.duckdb"
        if warehouse.exists():
            warehouse.unlink()
        log = Path(tmp) / "run.log"
        with log.open("w", encoding="utf-8") as out:  # a file, not a pipe: nothing a child leaves behind can hold it
            run = subprocess.run([sys.executable, "-m", "flows.cli", "run", str(inbox), "--warehouse",
                                  str(warehouse)], cwd=REPO, stdout=out, stderr=subprocess.STDOUT)
        if run.returncode != 0:
            print(log.read_text(encoding="utf-8")[-6000:])
            return run.returncode
        results = {}
        for name in SETS:
            out = subprocess.run([sys.executable, str(shared / "eval" / "score.py"), str(warehouse),
                                  str(shared / "gold" / f"{name}.jsonl"), "--json"],
                                 check=True, capture_output=True, text=True)
            results[name] = json.loads(out.stdout)
        print(f"{'set':12s}" + "".join(f"{c.replace('meeting_', 'mt_').replace('field_', 'f_')[:12]:>13s}"
                                        for c in COLUMNS))
        for name in SETS:
            r = results[name]
            print(f"{name:12s}" + "".join(f"{r.get(c, 0):13.3f}" if isinstance(r.get(c), float)
                                          else f"{r.get(c, 0)!s:>13s}" for c in COLUMNS))
        print("\n(dev2-check is the check split: never trained on, its errors never read; "
              "a gap to dev2 is overfitting)\n")
        print("decision model, cross-validated by article on seeds + dev + dev2 (flows/train.py):")
        subprocess.run([sys.executable, "-m", "flows.train", "--check", "--shared", str(shared)], cwd=REPO,
                       check=True)
        print("\nreliability of the meeting confidence on dev2-check (rows, of them real meetings):")
        for label, n, ok in reliability(warehouse, shared):
            print(f"  confidence {label:9s} {n:4d} rows  {ok:4d} real  " + (f"{ok / n:.0%}" if n else "-"))
        print("\nfigure model, cross-validated by article, and the reliability of its confidence on dev2-check:")
        subprocess.run([sys.executable, "bench/train_figures.py", "--check", "--shared", str(shared)], cwd=REPO,
                       check=False)
        subprocess.run([sys.executable, "bench/figure_reliability.py", str(warehouse),
                        str(shared / "gold" / "dev2-check.jsonl"), "--shared", str(shared)], cwd=REPO, check=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
