"""Which candidate figures an article reports as facts: named features of each candidate and a small logistic model.

statistics.find_figures reads every number that can be a statistic (the exact rules: numerals, scales, units,
dates and codes left out). Whether the article reports it as one of its facts — not a hypothetical price, not "một
trong N … lớn nhất", not a minor aside — is decided here by a logistic regression over the features below, trained
on the gold statistics of seeds, dev and dev2 by `make train-figures` (bench/train_figures.py) and stored as plain
coefficients in models/figures.json. Inference needs no scikit-learn: a dot product and a sigmoid.

Each feature is a named function of a FigureContext returning a float (0/1 for flags); FEATURES fixes their order.
"""
from __future__ import annotations

import json
import math
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path

from transforms.lexicon import load_tsv, split_list
from transforms.logistic import LogisticModel
from transforms.records import Figure
from transforms.statistics import find_figures, unit_class

MODEL_PATH = Path(__file__).parent / "models" / "figures.json"
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_BEFORE = 60  # characters before a number searched for "before" cues


@dataclass(frozen=True)
class FigureContext:
    """One candidate figure with what the features look at: its sentence and its place in the article."""

    figure: Figure
    sentence: str
    index: int  # the sentence's position among the article's sentences
    count: int  # sentences in the article
    title: str
    in_sentence: int  # candidates in the same sentence
    repeated: bool  # the same value is a candidate in another sentence too


@cache
def _cues() -> dict[str, tuple[str, re.Pattern[str]]]:
    cues: dict[str, tuple[str, list[str]]] = {}
    for row in load_tsv("figure_cues.tsv"):
        cues.setdefault(row["cue"], (row["where"], []))[1].extend(split_list(row["words"]))
    return {
        cue: (where, re.compile(
            r"(?<!\w)(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")(?!\w)",
            re.IGNORECASE))
        for cue, (where, words) in cues.items()
    }


def _cue(ctx: FigureContext, name: str) -> float:
    where, pattern = _cues()[name]
    if where == "before":
        return float(bool(pattern.search(ctx.sentence, max(0, ctx.figure.start - _BEFORE), ctx.figure.start)))
    return float(bool(pattern.search(ctx.sentence)))


def _unit_is(name: str) -> Callable[[FigureContext], float]:
    def feature(ctx: FigureContext) -> float:
        return float(unit_class(ctx.figure.unit) == name)

    feature.__name__ = f"unit_{name}"
    return feature


def unit_class_of(ctx: FigureContext) -> str:
    """The class of the candidate's unit (statistics.unit_class); the unit_* features are its one-hot code."""
    return unit_class(ctx.figure.unit)


def hedged(ctx: FigureContext) -> float:
    """A qualifier ("hơn", "khoảng", "gần") is written: reporters hedge facts, not illustrations."""
    return float(ctx.figure.qualifier != "exact")


def spelled(ctx: FigureContext) -> float:
    """A count written in words ("hai", "ba"): small counts, often the parties themselves. A rank written in words
    ("lớn thứ hai") is as much a figure as "thứ 2": the flag is for counts only."""
    return float(unit_class(ctx.figure.unit) != "rank" and not any(ch.isdigit() for ch in ctx.figure.raw_text))


def value_two(ctx: FigureContext) -> float:
    """A count of 1 or 2: "hai cơ sở", "hai khu vực", usually the two sides rather than a count (a rank of 2, "đối
    tác lớn thứ hai", is not)."""
    return float(unit_class(ctx.figure.unit) != "rank" and ctx.figure.value <= 2)


def value_small(ctx: FigureContext) -> float:
    """A count up to ten: minor counts the gold leaves out unless they matter (not a rank: "thứ 3" is no count)."""
    return float(unit_class(ctx.figure.unit) != "rank" and ctx.figure.value <= 10)


def magnitude(ctx: FigureContext) -> float:
    """log10 of the value over 12: money in billions weighs more than a handful of things."""
    return min(1.0, max(0.0, math.log10(max(abs(ctx.figure.value), 1.0)) / 12))


def hypothetical(ctx: FigureContext) -> float:
    """"nếu … thì …", "ví dụ": a number of an illustration, not of a fact."""
    return _cue(ctx, "hypothetical")




def price(ctx: FigureContext) -> float:
    """A price ("giá 100 USD", "đồng/kg")."""
    return max(_cue(ctx, "price"), float("/" in ctx.figure.raw_text and unit_class(ctx.figure.unit) == "money"))


def economy(ctx: FigureContext) -> float:
    """The sentence speaks of trade, investment, projects or agreements: what the figures of these articles are."""
    return _cue(ctx, "economy")


def target(ctx: FigureContext) -> float:
    """A target or forecast agreed at the meeting ("nâng kim ngạch lên 10 tỷ USD vào năm 2020") counts."""
    return _cue(ctx, "target")


def possible(ctx: FigureContext) -> float:
    """"có thể tăng lên 300 triệu USD": a possibility."""
    return _cue(ctx, "possible")




def position(ctx: FigureContext) -> float:
    """Where the sentence is in the article, 0 (lead) to 1 (last)."""
    return ctx.index / max(1, ctx.count - 1)




def last_sentence(ctx: FigureContext) -> float:
    """The last sentence of the body, where side stories and leftovers of the page sit."""
    return float(ctx.index == ctx.count - 1 and ctx.count > 2)


def in_title(ctx: FigureContext) -> float:
    """The number as written is also in the headline."""
    digits = re.search(r"\d+(?:[.,]\d+)*", ctx.figure.raw_text)
    return float(bool(digits) and digits is not None and digits.group() in ctx.title)


def repeated(ctx: FigureContext) -> float:
    """The article gives the same value again in another sentence."""
    return float(ctx.repeated)


def crowded(ctx: FigureContext) -> float:
    """Figures in the same sentence, over five: a sentence of statistics."""
    return min(1.0, ctx.in_sentence / 5)


def dated(ctx: FigureContext) -> float:
    """The sentence names a year ("năm 2016 đạt 2,7 tỷ USD"): trade and investment figures are dated."""
    return float(bool(_YEAR.search(ctx.sentence)))


def parenthesised(ctx: FigureContext) -> float:
    """The figure sits inside brackets: an aside."""
    before = ctx.sentence[: ctx.figure.start]
    return float(before.count("(") > before.count(")"))




FEATURES: tuple[Callable[[FigureContext], float], ...] = (
    _unit_is("money"), _unit_is("percent"), _unit_is("measure"), _unit_is("rank"), _unit_is("count"),
    _unit_is("pair"), _unit_is("unlisted"),
    hedged, spelled, value_two, value_small, magnitude, hypothetical, price, economy, target, possible,
    position, last_sentence, in_title, repeated, crowded, dated, parenthesised,
)
FEATURE_NAMES = tuple(f.__name__ for f in FEATURES)


def features(ctx: FigureContext) -> list[float]:
    """The feature vector of one candidate, in FEATURE_NAMES order."""
    return [f(ctx) for f in FEATURES]


def contexts(title: str, sentences: list[str], candidates: list[list[Figure]]) -> list[FigureContext]:
    """One FigureContext per candidate; candidates[i] are the figures read from sentences[i]."""
    where: dict[float, set[int]] = {}
    for i, found in enumerate(candidates):
        for f in found:
            where.setdefault(f.value, set()).add(i)
    return [
        FigureContext(f, sentences[i], i, len(sentences), title, len(found), len(where[f.value]) > 1)
        for i, found in enumerate(candidates) for f in found
    ]


class FigureModel(LogisticModel):
    """The figure model: a logistic regression over the features of a figure's context."""

    def confidence(self, ctx: FigureContext) -> float:
        return self.probability(features(ctx))


@cache
def load_model(path: Path = MODEL_PATH) -> FigureModel:
    """The committed model; its feature names must be this module's, in this order."""
    data = json.loads(path.read_text(encoding="utf-8"))
    if tuple(data["features"]) != FEATURE_NAMES:
        raise ValueError(f"{path}: trained on features {data['features']}, code has {list(FEATURE_NAMES)}: retrain "
                         "with `make train-figures`")
    return FigureModel(tuple(data["features"]), tuple(data["mean"]), tuple(data["scale"]), tuple(data["coef"]),
                       float(data["intercept"]), float(data["threshold"]))


def candidates_of(sentences: list[str]) -> list[list[Figure]]:
    """Every figure the rules of statistics.find_figures read, per sentence."""
    return [find_figures(s) for s in sentences]


def article_figures(title: str, sentences: list[str], model: FigureModel | None = None) -> list[tuple[Figure, str]]:
    """The figures an article reports, each with its confidence and the sentence it came from.

    A candidate is kept when the model's confidence reaches its threshold; an article repeats its figures ("4 tỉnh"
    in the lead, "04 tỉnh biên giới" later): one fact, counted once, at its first kept mention. A counted noun
    missing from units.tsv is stored under the generic unit "item" (raw_text keeps the words).
    """
    model = model or load_model()
    kept: list[tuple[Figure, str]] = []
    seen: set[tuple[float, str]] = set()
    for ctx in contexts(title, sentences, candidates_of(sentences)):
        confidence = model.confidence(ctx)
        figure = ctx.figure
        if confidence < model.threshold or (figure.value, figure.unit) in seen:
            continue
        seen.add((figure.value, figure.unit))
        unit = "item" if unit_class(figure.unit) == "unlisted" else figure.unit
        kept.append((replace(figure, unit=unit, confidence=round(confidence, 4)), ctx.sentence))
    return kept
