"""Where recall is lost: the share of required gold meetings that any candidate matches, before the decision stage.

    python bench/candidate_recall.py [SET ...]      (default: dev2 dev2-check)

For each gold set it prints totals only: required meetings, how many some candidate matches (one-to-one, as
score.py matches), how many candidates there are and how many match a gold meeting, and how many meeting articles
get any candidate and any matching one. Candidate recall is the ceiling of the decision model's recall; a gap
between the sets is overfitting of the candidate rules. No article is listed: dev2-check's errors are not read.
"""
from __future__ import annotations

import sys
from pathlib import Path

from flows import train

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"


def report(name: str) -> str:
    data, golds = train.examples(SHARED, (name,))
    required = sum(g.required for g in golds)
    matched = sum(e.required for e in data)
    meeting_articles = {g.file for g in golds if g.meeting_article}
    with_candidate = {e.article for e in data} & meeting_articles
    with_match = {e.article for e in data if e.label} & meeting_articles
    return (f"{name:<11} required {required:>4}  matched by a candidate {matched:>4} ({matched / required:.3f})  "
            f"candidates {len(data):>4} ({sum(e.label for e in data)} matching)  meeting articles "
            f"{len(meeting_articles):>4}: with a candidate {len(with_candidate)}, with a matching one {len(with_match)}"
            f" ({len(with_match) / len(meeting_articles):.3f})")


def main(argv: list[str]) -> int:
    for name in argv or ["dev2", "dev2-check"]:
        print(report(name))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
