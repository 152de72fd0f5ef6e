"""Reliability of statistics.confidence: of the figures in each confidence band, how many are real (gold) figures.

    python bench/figure_reliability.py WAREHOUSE GOLD.jsonl [GOLD2.jsonl ...] [--shared ../shared]

Figures of gold meeting articles are matched to gold statistics the way ../shared/eval/score.py does (by value, and
unit for money and percent, each gold figure once); prints one line per gold file with the share of real figures
per band. Only totals are printed: on the check split that is all anyone should read.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter, defaultdict
from pathlib import Path

import duckdb

from flows.train import load_scorer

REPO = Path(__file__).resolve().parent.parent
BANDS = ((0.0, 0.9), (0.9, 0.97), (0.97, 1.0001))


def reliability(warehouse: str, gold: Path, score) -> list[tuple[float, float, int, int]]:
    """(low, high, real, figures) per band of confidence."""
    con = duckdb.connect(warehouse, read_only=True)
    rows = con.execute("SELECT a.source_path, s.value, s.unit, s.confidence FROM statistics s JOIN articles a "
                       "USING (article_id) ORDER BY s.article_id, s.stat_id").fetchall()
    con.close()
    by_file: dict[str, list[tuple[float, str, float]]] = defaultdict(list)
    for path, value, unit, confidence in rows:
        by_file[os.path.basename(path)].append((value, unit, confidence if confidence is not None else 0.0))
    counts: Counter[tuple[int, bool]] = Counter()
    for line in gold.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        g = json.loads(line)
        if not g["meeting_article"]:
            continue  # score.py scores figures of meeting articles only
        preds, used = by_file.get(g["file"], []), set()
        for gs in sorted(g.get("statistics", []), key=lambda s: not s["required"]):
            hit = next((i for i, p in enumerate(preds) if i not in used and score.value_match(p[0], p[1], gs)), None)
            if hit is not None:
                used.add(hit)
        for i, (_, _, confidence) in enumerate(preds):
            band = next(b for b, (lo, hi) in enumerate(BANDS) if lo <= confidence < hi)
            counts[(band, i in used)] += 1
    return [(lo, min(hi, 1.0), counts[(b, True)], counts[(b, True)] + counts[(b, False)])
            for b, (lo, hi) in enumerate(BANDS)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("warehouse")
    parser.add_argument("gold", nargs="+")
    parser.add_argument("--shared", default=str(REPO.parent / "shared"))
    args = parser.parse_args()
    score = load_scorer(Path(args.shared))
    print("figure confidence: real figures / figures per band")
    for gold in args.gold:
        bands = reliability(args.warehouse, Path(gold), score)
        cells = [f"[{lo:.2f}, {hi:.2f}) {real}/{n}" + (f" = {real / n:.2f}" if n else "") for lo, hi, real, n in bands]
        print(f"  {Path(gold).stem:12s} " + " | ".join(cells))
    return 0


if __name__ == "__main__":
    sys.exit(main())
