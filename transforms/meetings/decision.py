"""The decision stage: a model learned from the gold annotations says which candidate meetings are real.

The candidates stage proposes generously (every cue with parties of both sides, plans, "Tại buổi tiếp" readings,
bodies without a named person); the hand rules' verdict is one signal among others. The model is a logistic
regression over the signals below, trained by `make train` (flows/train.py) on seeds + dev + dev2 and stored as
plain numbers in transforms/models/meeting_decision.json with the hash of the gold it was fitted on. Its probability
is the meeting's `confidence`; rows under the model's threshold are not reported.
"""
from __future__ import annotations

import json
import math
import re
from functools import cache
from pathlib import Path

from transforms import gazetteer
from transforms.dates import find_dates
from transforms.logistic import LogisticModel
from transforms.meetings.candidates import LOOSE_FLAGS
from transforms.meetings.merge import same_foreign_name, same_person
from transforms.partners import is_vietnamese, partner_key
from transforms.records import Meeting
from transforms.text import fold

MODEL_PATH = Path(__file__).resolve().parent.parent / "models" / "meeting_decision.json"

_FLAGS = (
    "primary", "rule_kept", "bodies_only", "future", "reporting", "implicit", "loose", "how_object", "how_noun",
    "how_host_before", "how_both_before", "article_country", "listed", "in_headline", "vn_named", "vn_filled",
    "vn_national", "vn_foreign_name", "vn_also_foreign", "article_vietnamese", "foreign_named", "foreign_filled",
    "foreign_titled", "vn_titled", "dated", "recalled", "partner_international", "foreign_strong", "vn_strong",
    "foreign_person_in_reading",
    # Of an encounter only the loose readings propose (candidates._loose): how it was read and what was seen.
    "extra", *LOOSE_FLAGS, "partner_in_strict",
)
_COUNTS = ("first_sentence", "readings", "partner_rows", "rank", "article_rows", "gap", "partner_told", "strict_rows")
_KINDS = {"country": "country", "embassy": "embassy", "organization": "organization",
          "state": "subnational", "province": "subnational", "city": "subnational", "council": "subnational"}
FEATURES: tuple[str, ...] = (*_FLAGS, *(f"log_{c}" for c in _COUNTS),
                             *(f"kind_{k}" for k in ("country", "embassy", "organization", "subnational")))


# The loose model sees a dozen signals only: it learns from a hundred rows (of them a dozen required meetings), not
# three hundred; more signals fit the training articles better and the cross-validation worse.
LOOSE_FEATURES: tuple[str, ...] = (
    "read_sentence", "object", "subject", "speaker", "partner_in_headline", "partner_in_strict", "vn_not_headline",
    "foreign_not_headline", "future", "recalled", "foreign_named", "log_strict_rows")


def vector(meeting: Meeting, names: tuple[str, ...]) -> list[float]:
    """features(meeting) restricted to NAMES, in their order."""
    x = dict(zip(FEATURES, features(meeting), strict=True))
    return [x[n] for n in names]


def features(meeting: Meeting) -> list[float]:
    """The signals of one candidate as numbers, in FEATURES order: flags 0/1, counts as log(1 + n), kind one-hot."""
    s = meeting.signals
    kind = _KINDS.get(str(s.get("partner_kind")), "organization")
    return [
        *(1.0 if s.get(f) else 0.0 for f in _FLAGS),
        *(math.log1p(float(s.get(c, 0) or 0)) for c in _COUNTS),  # type: ignore[arg-type]
        *(1.0 if kind == k else 0.0 for k in ("country", "embassy", "organization", "subnational")),
    ]


Model = LogisticModel


def model_from_json(data: dict, features: tuple[str, ...] = FEATURES) -> Model:
    if tuple(data["features"]) != features:
        raise ValueError(f"{MODEL_PATH.name} was trained on other features: run `make train`")
    return Model(tuple(data["features"]), tuple(data["mean"]), tuple(data["scale"]), tuple(data["coef"]),
                 float(data["intercept"]), float(data["threshold"]))


@cache
def load_model(path: Path = MODEL_PATH) -> Model | None:
    """The committed model of the strict candidates, or None before the first `make train` (the hand rules'
    verdict decides then)."""
    if not path.exists():
        return None
    return model_from_json(json.loads(path.read_text(encoding="utf-8")))


@cache
def load_loose_model(path: Path = MODEL_PATH) -> Model | None:
    """The committed model of the candidates only loose readings propose (the "loose" part of the same file), or
    None (no loose candidate is reported then)."""
    if not path.exists():
        return None
    data = json.loads(path.read_text(encoding="utf-8")).get("loose")
    return model_from_json(data, LOOSE_FEATURES) if data is not None else None


def loose_reported() -> bool:
    """Whether the committed loose model may report a row (its threshold under 1: `make train` sets 1 when the
    cross-validation does not show the loose rows as precise as the strict ones)."""
    model = load_loose_model()
    return model is not None and model.threshold < 1.0


def decide(candidates: list[Meeting], model: Model | None = None, loose: Model | None = None) -> list[Meeting]:
    """The candidates the models believe (the strict model for the strict readings' rows, the loose model for
    the rows loose readings alone propose), each with its probability as `confidence`."""
    model = model or load_model()
    loose = loose or load_loose_model()
    kept = []
    for m in candidates:
        judge = loose if m.signals.get("extra") else model
        if judge is None:
            keep = bool(m.signals.get("rule_kept")) and not m.signals.get("extra")
            m.confidence = 1.0 if keep else 0.0
        else:
            m.confidence = round(capped(judge.probability(vector(m, judge.names)), m.signals), 4)
            keep = m.confidence >= judge.threshold
        if keep:
            kept.append(m)
    return one_per_encounter(kept)


def with_loose(strict: list[Meeting], loose: list[Meeting]) -> list[Meeting]:
    """The strict rows, then each loose row no earlier row already tells (GUIDELINES §2: one row per encounter),
    with two signals of its own: whether a strict row has the same partner, and how many strict rows there are."""
    out = list(strict)
    partners = {partner_key(m.partner) for m in strict}
    for m in loose:
        if any(_tells(m, k) for k in out):
            continue
        m.signals["partner_in_strict"] = partner_key(m.partner) in partners
        m.signals["strict_rows"] = len(strict)
        out.append(m)
    return out


def _tells(a: Meeting, b: Meeting) -> bool:
    """B already tells (or contradicts) A's encounter: the same partner and Vietnamese locality with no two different
    people on either side; or the same foreign person under another partner name (the country of the governor of a
    prefecture the strict row names, "Nhật Bản" for "Aichi"); or A's foreign person heads B's partner ("Thống đốc
    tỉnh Aichi" for "Aichi"); or one side's person on the other side in B (who is who, the strict reading says)."""
    if a.vn_person and b.foreign_person and same_person(fold(a.vn_person), fold(b.foreign_person)) or (
            a.foreign_person and b.vn_person and same_person(fold(a.foreign_person), fold(b.vn_person))):
        return True
    if a.vn_locality != b.vn_locality:
        return False
    if a.foreign_person and b.foreign_person and same_foreign_name(a.foreign_person, b.foreign_person) and (
            a.vn_person is None or b.vn_person is None or same_person(fold(a.vn_person), fold(b.vn_person))):
        return True
    if b.foreign_person is None and a.foreign_person and (
            a.foreign_title and f" {fold(b.partner.name)} " in f" {fold(a.foreign_title)} "
            or b.foreign_title and re.search(rf"{re.escape(b.foreign_title)}[^.;]{{0,20}}{re.escape(a.foreign_person)}",
                                             a.evidence)):
        return True  # "Thống đốc tỉnh Aichi - ông Hideaki Omura": the strict row's unnamed head, named
    if partner_key(a.partner) != partner_key(b.partner):
        return False
    if a.foreign_person is not None and b.foreign_person is not None and not same_foreign_name(
            a.foreign_person, b.foreign_person):
        return False
    return a.vn_person is None or b.vn_person is None or same_person(fold(a.vn_person), fold(b.vn_person))


_CAP = 0.05


def capped(probability: float, signals: dict[str, object]) -> float:
    """The model's probability, capped where the grammar says the row is no meeting whatever else it looks like
    (flows/train.py cross-validates with the same caps)."""
    if signals.get("vn_foreign_name") or signals.get("vn_also_foreign"):
        # The Vietnamese side is a foreign-named person, or one the article names as foreign elsewhere: a
        # foreign–foreign story (GUIDELINES §1).
        return min(probability, _CAP)
    if not signals.get("article_vietnamese") and not signals.get("vn_named"):
        # No Vietnamese person, and an article that never names Việt Nam or a province: the "national" side is
        # another country's (a Canada–US talk, GUIDELINES §1), not a Vietnamese body.
        return min(probability, _CAP)
    if signals.get("extra") and signals.get("speaker") and signals.get("read_headline_foreign"):
        # A loose row whose Vietnamese side only speaks in its sentence ("Theo Đại sứ X, ... gặp gỡ ...") and whose
        # foreign side comes from elsewhere: an interviewee, not a host (GUIDELINES §3).
        return min(probability, _CAP)
    if signals.get("extra") and signals.get("foreign_former"):
        # A loose row with a former office holder ("dưới thời cựu Tổng thống Barack Obama"): a background remark,
        # never the counterpart (as merge._fill_foreign reads them).
        return min(probability, _CAP)
    if not signals.get("article_vietnamese") and signals.get("vn_weak"):
        # "Ông Hà Lôi nhấn mạnh cuộc hội đàm ...": a Chinese name in Sino-Vietnamese syllables, in a China–US story
        # that never names Việt Nam, is no Vietnamese side.
        return min(probability, _CAP)
    if signals.get("vn_unnamed") and not signals.get("article_vn_people"):
        # No Vietnamese person, province or body that says it is Vietnamese, in an article that names no Vietnamese
        # person at all: a foreign story's own officials ("Bà Yates ... cuộc gặp riêng với cố vấn pháp lý của Nhà
        # Trắng") or a bare announcement of a visit, not an encounter with a Vietnamese side (GUIDELINES §1).
        return min(probability, _CAP)
    if signals.get("partner_grouping") and not signals.get("foreign_named"):
        # The "counterpart" is a multilateral grouping with nobody named for it ("lãnh đạo ASEAN đầu tiên gặp ...",
        # "Hiệp định ... Việt Nam – Liên minh Kinh tế Á – Âu"): a conference or a treaty party, not a meeting
        # (GUIDELINES §1).
        return min(probability, _CAP)
    if signals.get("foreign_vn_firm"):
        # The foreign side's person is a Vietnamese firm's head, who accompanied the host or met the Vietnamese
        # side: a Vietnamese–Vietnamese encounter (GUIDELINES §1).
        return min(probability, _CAP)
    if signals.get("past_year"):
        # The encounter's own date writes a year before the latest one the article's dates write ("ông Bush đón tiếp
        # Chủ tịch nước Nguyễn Minh Triết ... ngày 22/7/2007" in a 2017 retrospective): an earlier meeting recalled,
        # never the article's (GUIDELINES §1: background mentions of past meetings).
        return min(probability, _CAP)
    if signals.get("wished"):
        # Every reading names the guest after a wish to meet them ("mong muốn đón tiếp Tổng thống X tham dự APEC"):
        # a vague intention, not a meeting held or announced (GUIDELINES §1).
        return min(probability, _CAP)
    return probability


def mark_article_signals(meetings: list[Meeting], texts: list[str]) -> None:
    """Signals of each row read against the whole article (TEXTS: the headline and sentences). `past_year`: its
    date writes a year before the latest year any date of TEXTS writes, a day ("23/5/2016") or a month ("tháng
    12/2016"); an article that writes no later year gives no signal (its only dated year may well be its own).
    `foreign_vn_firm`: its foreign person is named after a Vietnamese firm."""
    years = [d.year for t in texts for d in find_dates(t) if d.year is not None]
    latest = max(years) if years else None
    for m in meetings:
        m.signals["past_year"] = bool(latest is not None and m.date is not None and m.date.year is not None
                                      and m.date.year < latest)
        # "Chủ tịch Hội đồng thành viên Vinalines Lê Anh Sơn", "Chủ tịch Vinatex Trần Quang Nghị": the "foreign"
        # person is named after a Vietnamese firm (lexicons/vn_firms.tsv), so is its head.
        m.signals["foreign_vn_firm"] = m.foreign_person is not None and is_vietnamese(m.foreign_person)


def one_per_encounter(meetings: list[Meeting]) -> list[Meeting]:
    """The same encounter told under two partner names is one row (GUIDELINES §2): "Đoàn doanh nghiệp Hong Kong"
    and "Hội đồng Phát triển thương mại Hong Kong" of its head, "Quân đội Myanmar" and "Myanmar" of one general,
    the chamber and the state of a Land's premier. Of the rows with the same named foreign person, the same
    Vietnamese side (person and locality) and no two different days, the most believed one is kept. A ministry
    with nobody named is its minister's meeting (headed_ministry): the minister's row is kept."""
    ranked = sorted(meetings, key=lambda m: -(m.confidence or 0.0))
    out: list[Meeting] = []
    for m in ranked:
        if not any(same_encounter(m, k) for k in out):
            out.append(m)
    return [m for m in meetings if m in out and not any(k is not m and headed_ministry(m, k) for k in out)]


def _without_places(text: str) -> str:
    """TEXT folded, its country, province and place names dropped ("Bộ Thương mại Mỹ" -> "bo thuong mai")."""
    for g in sorted(gazetteer.find_geo(text), key=lambda g: -g.start):
        text = text[:g.start] + " " + text[g.end:]
    return " ".join(fold(text).split())


def headed_ministry(a: Meeting, b: Meeting) -> bool:
    """A is B's encounter told by the ministry alone: A's partner is a foreign ministry ("Bộ Thương mại Mỹ") with no
    person named, and B's foreign person is its minister ("Bộ trưởng Thương mại Hoa Kỳ Wilbur Ross"), the same
    country, the same Vietnamese side and no two different days. A minister met is the country's meeting
    (GUIDELINES §3), so the ministry's row repeats it (GUIDELINES §2)."""
    if a.foreign_person is not None or b.foreign_person is None or not b.foreign_title:
        return False
    if a.partner.kind != "organization" or a.partner.country_code is None or (
            a.partner.country_code != b.partner.country_code) or a.vn_locality != b.vn_locality:
        return False
    words = _without_places(a.partner.name).split()
    if len(words) < 2 or words[0] != "bo" or words[1] == "truong":
        return False
    core = " ".join(words[1:])
    title = f" {_without_places(b.foreign_title)} "
    if f" bo truong {core} " not in title and f" bo truong bo {core} " not in title:
        return False
    if a.vn_person is not None and b.vn_person is not None and not same_person(fold(a.vn_person), fold(b.vn_person)):
        return False
    da = (a.date.day, a.date.month) if a.date is not None and a.date.day is not None else None
    db = (b.date.day, b.date.month) if b.date is not None and b.date.day is not None else None
    return da is None or db is None or da == db


def same_encounter(a: Meeting, b: Meeting) -> bool:
    """Two rows of one article are one encounter: one foreign person (as merge.same_foreign reads names), one
    Vietnamese locality and person (or one of them unnamed), and not told on two different days."""
    if a.foreign_person is None or b.foreign_person is None or a.vn_locality != b.vn_locality:
        return False
    if not same_foreign_name(a.foreign_person, b.foreign_person):
        return False
    if a.vn_person is not None and b.vn_person is not None and not same_person(fold(a.vn_person), fold(b.vn_person)):
        return False
    if (a.vn_person is None) != (b.vn_person is None) and (a if a.vn_person is None else b).signals.get("vn_body"):
        return False  # the guest also worked with a body ("làm việc với Bộ Ngoại giao"): maybe another meeting
    da = (a.date.day, a.date.month) if a.date is not None and a.date.day is not None else None
    db = (b.date.day, b.date.month) if b.date is not None and b.date.day is not None else None
    return da is None or db is None or da == db
