"""`make train`: fit the meeting decision model on the gold of seeds, dev and dev2, cross-validated by article.

Reads the gold files and their articles from ../shared (never dev2-check: it stands for unseen articles), cleans
each article with the pipeline's own staging, proposes candidates with transforms.meetings, labels each candidate
with the scorer's own matching (../shared/eval/score.py: the candidate that gets most fields right of those that
match a gold meeting is positive, every other one negative), fits a logistic regression and writes
transforms/models/meeting_decision.json with the sha256 of the gold. Deterministic: same gold, same file.
"""
from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import math
import sys
from dataclasses import dataclass, replace
from pathlib import Path
from types import ModuleType

from transforms import extract
from transforms.meetings.decision import (
    FEATURES,
    LOOSE_FEATURES,
    MODEL_PATH,
    Model,
    capped,
    features,
    one_per_encounter,
)
from transforms.records import Meeting

REPO = Path(__file__).resolve().parent.parent
TRAINING_SETS = ("seeds", "dev", "dev2")  # dev2-check is the check split: never trained on


def gold_sha256(shared: Path) -> str:
    """Hash of the gold files the model learns from, in TRAINING_SETS order."""
    digest = hashlib.sha256()
    for name in TRAINING_SETS:
        digest.update((shared / "gold" / f"{name}.jsonl").read_bytes())
    return digest.hexdigest()


def load_scorer(shared: Path) -> ModuleType:
    """../shared/eval/score.py as a module: labels and reports use the scorer's own matching."""
    spec = importlib.util.spec_from_file_location("hoptac_score", shared / "eval" / "score.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def article_folder(shared: Path, name: str) -> Path:
    return REPO / "seeds" if name == "seeds" else shared / "corpus" / ("dev" if name == "dev" else "dev2")


@dataclass
class Example:
    article: str
    x: list[float]
    label: int  # matched a gold meeting (required or not)
    required: int  # matched a required gold meeting
    rule_kept: int
    meeting: Meeting | None = None  # the candidate itself: decision.one_per_encounter compares its people


@dataclass
class ArticleGold:
    file: str
    required: int  # required gold meetings
    meeting_article: bool


def _as_pred(m: Meeting) -> dict:
    return {"name": m.partner.name, "name_en": m.partner.name_en, "kind": m.partner.kind,
            "country_code": m.partner.country_code, "vn_locality": m.vn_locality, "vn_person": m.vn_person,
            "foreign_person": m.foreign_person, "vn_title": m.vn_title, "foreign_title": m.foreign_title,
            "meeting_date": None, "meeting_month": m.date.month if m.date else None,
            "meeting_day": m.date.day if m.date else None}


def label(candidates: list[Meeting], gold: dict, score: ModuleType) -> list[tuple[int, int]]:
    """(positive, required) per candidate, assigned one-to-one as the scorer does; a row only loose readings
    propose gets a gold meeting only when no strict row matches it (else it is the second row of an encounter)."""
    preds = [_as_pred(m) for m in candidates]
    out = [(0, 0)] * len(preds)
    used: set[int] = set()
    for gm in sorted(gold["meetings"], key=lambda m: not m["required"]):
        hits = [i for i, p in enumerate(preds) if i not in used and score.meeting_match(p, gm)]
        hits = [i for i in hits if not candidates[i].signals.get("extra")] or hits
        if not hits:
            continue
        best = max(hits, key=lambda i: (sum(ok for _, ok in score.field_checks(preds[i], gm)), -i))
        used.add(best)
        out[best] = (1, int(gm["required"]))
    return out


def examples(shared: Path, sets: tuple[str, ...] = TRAINING_SETS) -> tuple[list[Example], list[ArticleGold]]:
    """The candidates of every article of SETS, labelled against its gold, and the gold's counts per article."""
    from transforms import staging  # the pipeline's own decoding and cleaning

    score = load_scorer(shared)
    out: list[Example] = []
    golds: list[ArticleGold] = []
    for name in sets:
        folder = article_folder(shared, name)
        lines = [json.loads(line) for line in (shared / "gold" / f"{name}.jsonl").read_text("utf-8").splitlines()
                 if line.strip()]
        raws: list[staging.RawRow] = [
            (str(folder / g["file"]), hashlib.sha256((folder / g["file"]).read_bytes()).hexdigest(),
             (folder / g["file"]).read_bytes(), None) for g in lines]
        decoded = staging.decode_files(raws)
        staged, _ = staging.stage_articles(decoded.drop("error").drop("source_path").drop("size_bytes"))
        by_id = {r["article_id"]: r for r in staged.iter_rows(named=True)}
        for g, row in zip(lines, decoded.iter_rows(named=True), strict=False):
            art = by_id.get(row["article_id"])
            golds.append(ArticleGold(g["file"], sum(m["required"] for m in g["meetings"]), g["meeting_article"]))
            if art is None:
                continue
            candidates = extract.article_candidates(
                art["title"], art["body"], (art["captions"] or "").split("\n"), art["published_date"],
                art.get("outlet_locality"))
            for m, (pos, req) in zip(candidates, label(candidates, g, score), strict=False):
                out.append(Example(g["file"], features(m), pos, req, int(bool(m.signals.get("rule_kept"))), m))
    return out, golds


def _extra(e: Example) -> bool:
    """A candidate only loose readings propose: the loose model judges it."""
    return e.meeting is not None and bool(e.meeting.signals.get("extra"))


def believed(probs: list[float], threshold: float, data: list[Example], loose: float | None = None) -> list[bool]:
    """The candidates decision.decide reports at THRESHOLD (LOOSE for the loose rows; None: none of them): over
    it, one per encounter within an article."""
    probs = [capped(p, e.meeting.signals) if e.meeting is not None else p for p, e in zip(probs, data, strict=True)]
    kept = [(p >= loose if loose is not None else False) if _extra(e) else p >= threshold
            for p, e in zip(probs, data, strict=True)]
    by_article: dict[str, list[int]] = {}
    for i, e in enumerate(data):
        if kept[i] and e.meeting is not None:
            by_article.setdefault(e.article, []).append(i)
    for idx in by_article.values():
        rows = []
        for i in idx:
            meeting = data[i].meeting
            assert meeting is not None  # only candidates with a meeting are in by_article
            rows.append(replace(meeting, confidence=probs[i]))
        survivors = {id(m) for m in one_per_encounter(rows)}
        for i, m in zip(idx, rows, strict=True):
            kept[i] = id(m) in survivors
    return kept


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def meeting_scores(kept: list[bool], data: list[Example], golds: list[ArticleGold]) -> dict[str, float]:
    """Meeting and article P/R/F1 of a choice of candidates, counted the way score.py counts them."""
    tp = sum(k and e.label for k, e in zip(kept, data, strict=False))
    fp = sum(k and not e.label for k, e in zip(kept, data, strict=False))
    fn = sum(g.required for g in golds) - sum(k and e.required for k, e in zip(kept, data, strict=False))
    flagged = {e.article for k, e in zip(kept, data, strict=False) if k}
    a_tp = sum(g.meeting_article and g.file in flagged for g in golds)
    a_fp = sum(not g.meeting_article and g.file in flagged for g in golds)
    a_fn = sum(g.meeting_article and g.file not in flagged for g in golds)
    mp, mr, mf = _prf(tp, fp, fn)
    ap, ar, af = _prf(a_tp, a_fp, a_fn)
    return {"meeting_precision": mp, "meeting_recall": mr, "meeting_f1": mf, "article_f1": af}


LOOSE_C = 0.3  # the loose model's regularisation


def _x(e: Example, names: tuple[str, ...]) -> list[float]:
    """The example's features restricted to NAMES, in their order."""
    if names == FEATURES:
        return e.x
    return [e.x[FEATURES.index(n)] for n in names]


def fit(data: list[Example], c: float = 0.3, names: tuple[str, ...] = FEATURES) -> Model:
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    x = np.array([_x(e, names) for e in data], dtype=float)
    y = np.array([e.label for e in data])
    # Counts are standardised; flags stay 0/1, so that a rare flag cannot weigh more than the data supports.
    counts = np.array([name.startswith("log_") for name in names])
    mean = np.where(counts, x.mean(axis=0), 0.0)
    scale = np.where(counts, x.std(axis=0), 1.0)
    scale[scale == 0] = 1.0
    clf = LogisticRegression(C=c, max_iter=2000, solver="lbfgs")
    clf.fit((x - mean) / scale, y)
    return Model(names, tuple(float(v) for v in mean), tuple(float(v) for v in scale),
                 tuple(float(v) for v in clf.coef_[0]), float(clf.intercept_[0]), 0.5)


def cross_validate(data: list[Example], golds: list[ArticleGold], folds: int = 5) -> list[float]:
    """Out-of-fold probabilities, folds by article (an article's candidates never straddle train and test); the
    strict and the loose rows each by their own model, as decision.decide applies them."""
    articles = sorted({g.file for g in golds})
    fold_of = {a: int(hashlib.sha256(a.encode()).hexdigest(), 16) % folds for a in articles}
    probs = [0.0] * len(data)
    for k in range(folds):
        for extra in (False, True):
            train = [e for e in data if fold_of[e.article] != k and _extra(e) == extra]
            if len({e.label for e in train}) < 2:
                continue
            model = fit(train, LOOSE_C, LOOSE_FEATURES) if extra else fit(train)
            for i, e in enumerate(data):
                if fold_of[e.article] == k and _extra(e) == extra:
                    probs[i] = model.probability(_x(e, model.names))
    return probs


def _threshold(score: dict[int, float], strictest: bool = False) -> float:
    """The threshold of best cross-validated F1, smoothed over its neighbours so that one article does not move
    it; within half a point of the best, the one nearest 0.5 ("more likely a meeting than not"), or (STRICTEST,
    for the loose rows, which add recall at the cost of precision) the highest of the best."""
    smooth = {t: (score[t - 5] + score[t] + score[t + 5]) / 3 for t in range(20, 81, 5)}
    top = max(smooth.values())
    if strictest:
        return max(t for t, v in smooth.items() if v >= top - 1e-9) / 100
    return min((t for t, v in smooth.items() if v >= top - 0.005), key=lambda t: abs(t - 50)) / 100


def _lower_bound(k: int, n: int, z: float = 1.645) -> float:
    """The Wilson lower bound (95% one-sided) of a share of K in N: how precise the loose rows surely are."""
    if n == 0:
        return 0.0
    p = k / n
    centre = p + z * z / (2 * n)
    spread = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    return (centre - spread) / (1 + z * z / n)


def _loose_threshold(probs: list[float], data: list[Example], golds: list[ArticleGold], strict: float,
                     alone: dict[str, float]) -> float:
    """The loose rows' threshold: of those at which the loose rows reported (cross-validated) are surely (the lower
    bound of their share of real meetings) as precise as the strict rows are and add to F1, the highest within a
    fifth of a point of the best F1; 1.0 (none reported) if none is. A loose row must not lower the precision an
    analyst relies on; a handful of right rows in cross-validation is no proof of that."""
    capped_probs = [capped(p, e.meeting.signals) if e.meeting is not None else p
                    for p, e in zip(probs, data, strict=True)]
    options: dict[float, float] = {}
    for t in range(50, 96, 5):
        kept = believed(probs, strict, data, t / 100)
        rows = [e for e, p in zip(data, capped_probs, strict=True) if _extra(e) and p >= t / 100]
        reported = [e for k, e in zip(kept, data, strict=True) if k and _extra(e)]
        if not reported or _lower_bound(sum(e.label for e in rows), len(rows)) < alone["meeting_precision"]:
            continue
        f1 = meeting_scores(kept, data, golds)["meeting_f1"]
        if f1 > alone["meeting_f1"]:
            options[t / 100] = f1
    print("loose thresholds that keep precision, CV meeting F1: "
          + (" ".join(f"{t}:{v:.3f}" for t, v in options.items()) or "none"))
    if not options:
        return 1.0
    # Within a fifth of a point of the best F1, the highest: a dozen required meetings among a hundred rows are too
    # few to trust a lower one (each row the loose model reports should be as sure as a strict one).
    top = max(options.values())
    return max(t for t, v in options.items() if v >= top - 0.002)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", default=str(REPO.parent / "shared"))
    parser.add_argument("--out", default=str(MODEL_PATH))
    parser.add_argument("--check", action="store_true", help="print the cross-validated scores, write nothing")
    args = parser.parse_args(argv)
    shared = Path(args.shared)
    data, golds = examples(shared)
    probs = cross_validate(data, golds)
    # The strict rows' threshold first (no loose row reported), then the loose rows' with it.
    f1 = {t: meeting_scores(believed(probs, t / 100, data), data, golds)["meeting_f1"] for t in range(15, 86, 5)}
    best = _threshold(f1)
    alone = meeting_scores(believed(probs, best, data), data, golds)
    loose_best = _loose_threshold(probs, data, golds, best, alone)
    rules = meeting_scores([bool(e.rule_kept) for e in data], data, golds)
    cv = meeting_scores(believed(probs, best, data, loose_best), data, golds)
    extra = [e for e in data if _extra(e)]
    print(f"candidates {len(data)} ({sum(e.label for e in data)} positive) from {len(golds)} gold articles; "
          f"of them {len(extra)} ({sum(e.label for e in extra)} positive) only loose readings propose")
    print(f"{'5-fold CV by article':28s} " + "  ".join(f"{k} {v:.3f}" for k, v in cv.items())
          + f"  thresholds {best} / loose {loose_best}")
    print(f"{'CV, strict rows only':28s} " + "  ".join(f"{k} {v:.3f}" for k, v in alone.items()))
    print(f"{'hand rules alone':28s} " + "  ".join(f"{k} {v:.3f}" for k, v in rules.items()))
    if args.check:
        return 0
    model = fit([e for e in data if not _extra(e)])
    loose = fit(extra, LOOSE_C, LOOSE_FEATURES) if len({e.label for e in extra}) == 2 else None
    payload = {
        "about": "meeting decision model of transforms/meetings/decision.py; rebuilt by `make train`",
        "trained_on": [f"gold/{n}.jsonl" for n in TRAINING_SETS], "gold_sha256": gold_sha256(shared),
        "candidates": len(data) - len(extra), "positives": sum(e.label for e in data if not _extra(e)),
        "cv": {k: round(v, 4) for k, v in cv.items()},
        "features": list(FEATURES), "mean": [round(v, 8) for v in model.mean],
        "scale": [round(v, 8) for v in model.scale], "coef": [round(v, 8) for v in model.coef],
        "intercept": round(model.intercept, 8), "threshold": best,
    }
    if loose is not None:
        payload["loose"] = {
            "candidates": len(extra), "positives": sum(e.label for e in extra), "features": list(LOOSE_FEATURES),
            "mean": [round(v, 8) for v in loose.mean], "scale": [round(v, 8) for v in loose.scale],
            "coef": [round(v, 8) for v in loose.coef], "intercept": round(loose.intercept, 8),
            "threshold": loose_best,
        }
    Path(args.out).write_text(json.dumps(payload, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
