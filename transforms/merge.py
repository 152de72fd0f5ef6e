"""One meeting across articles: clusters the per-article meetings (the evidence layer) into merged meetings.

Every article's own reading of a meeting is kept as an evidence row (warehouse table `meeting_evidence`).
The merged `meetings`, `meeting_sources` and `meeting_fields` are a pure function of the evidence rows of
one merge block (the partner's country, or the partner itself when it has none, and the day and month, or
"undated"): the same set of evidence rows gives the same merged rows whatever order and batch they came in,
so the load re-derives the blocks a batch touches and a meeting another article reports again gains a
source instead of a row.

Inside a block (GUIDELINES §2), two readings are one encounter when the Vietnamese side is the same (same
person; without a person, the same locality or national side), the foreign side is the same (the same
partner; a country and its own organ or embassy in one article; a country and a body of it under the same
named foreign person), and no two different persons or years are involved; undated readings of different
articles merge only when they name the same Vietnamese host (one visit's meeting). Clustering is
complete-linkage over the readings in a canonical order (those naming both sides first), so a reading
without a person never chains two different persons into one meeting.
"""
from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass
from functools import cache

import polars as pl

from transforms import gazetteer
from transforms.lexicon import load_tsv
from transforms.text import fold

EVIDENCE_SCHEMA = {
    "evidence_id": pl.String, "article_id": pl.String, "ordinal": pl.Int32, "merge_block": pl.String,
    "partner_id": pl.String, "partner_name": pl.String, "partner_kind": pl.String, "country_code": pl.String,
    "meeting_date": pl.Date, "date_text": pl.String, "meeting_year": pl.Int32, "meeting_month": pl.Int32,
    "meeting_day": pl.Int32, "vn_locality": pl.String, "vn_person": pl.String, "vn_title": pl.String,
    "foreign_person": pl.String, "foreign_title": pl.String, "is_primary": pl.Boolean, "evidence": pl.String,
    "fields": pl.List(pl.String), "confidence": pl.Float64,
}
MERGED_SCHEMA = {
    "meeting_id": pl.String, "meeting_date": pl.Date, "date_text": pl.String, "meeting_month": pl.Int32,
    "meeting_day": pl.Int32, "vn_locality": pl.String, "vn_person": pl.String, "vn_title": pl.String,
    "partner_id": pl.String, "foreign_person": pl.String, "foreign_title": pl.String, "is_primary": pl.Boolean,
    "evidence": pl.String, "confidence": pl.Float64,
}
SOURCE_SCHEMA = {"meeting_id": pl.String, "article_id": pl.String}
FIELD_SCHEMA = {"meeting_id": pl.String, "field": pl.String}
ASSIGNMENT_SCHEMA = {"evidence_id": pl.String, "meeting_id": pl.String}


def merge_block(country_code: str | None, partner_id: str, month: int | None, day: int | None) -> str:
    """The block an evidence row is merged in: readings of one encounter always share it."""
    side = country_code or f"partner:{partner_id}"
    when = f"{month:02d}-{day:02d}" if month and day else "undated"
    return f"{side}|{when}"


def _stable_id(prefix: str, *parts: object) -> str:
    digest = hashlib.sha256("\x1f".join("" if p is None else str(p) for p in parts).encode("utf-8")).hexdigest()
    return f"{prefix}_{digest[:16]}"


@dataclass(frozen=True)
class MergedFrames:
    meetings: pl.DataFrame
    meeting_sources: pl.DataFrame
    meeting_fields: pl.DataFrame
    assignment: pl.DataFrame  # evidence_id -> meeting_id


def _tokens(name: str | None) -> tuple[str, ...]:
    """The words of a person's name without initials: "Donald J. Trump" and "Donald Trump" are one name."""
    if not name:
        return ()
    words = (w.strip(".,") for w in fold(name).replace("-", " ").replace(".", ". ").split())  # "V.Volodin"
    return tuple(w for w in words if len(w) > 1)


def _contains(short: tuple[str, ...], long_: tuple[str, ...]) -> bool:
    n = len(short)
    return any(long_[i:i + n] == short for i in range(len(long_) - n + 1))


def _same_person(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """One person written two ways: one name inside the other ("Trump", "Donald Trump"), or a misspelt
    family name ("Ngyễn Xuân Phúc") with the same given names."""
    if not a or not b:
        return False
    short, long_ = sorted((a, b), key=len)
    if _contains(short, long_):
        return True
    return len(a) == len(b) >= 3 and a[1:] == b[1:]


def _person_keys(names: list[str | None]) -> dict[str, tuple[str, ...]]:
    """Each distinct name of a block -> the fullest name of the block it is a form of (itself when that is
    ambiguous between two different fuller names)."""
    forms = sorted({_tokens(n) for n in names if n and _tokens(n)}, key=lambda t: (-len(t), t))
    keys: dict[tuple[str, ...], tuple[str, ...]] = {}
    for form in forms:  # fullest first: a form joins the one fuller (or equally full) name it is a form of
        roots = {keys[f] for f in keys if _same_person(form, f)}
        keys[form] = roots.pop() if len(roots) == 1 else form
    return {n: keys[_tokens(n)] for n in names if n and _tokens(n)}


@cache
def _organ_heads() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(fold(row["head"]).split()) for row in load_tsv("state_organs.tsv"))


def is_state_organ(name: str) -> bool:
    """A foreign state's own organ ("Bộ Nội vụ Slovakia", "Nhà Trắng"), by its head words."""
    words = tuple(fold(name).split())
    return any(words[:len(head)] == head for head in _organ_heads())


def _partner_rank(kind: object, name: object) -> int:
    """GUIDELINES §3: the embassy for an ambassador, the company or place for its head, the country for a
    minister or head of state (not the ministry)."""
    if kind == "embassy":
        return 0
    if kind == "country":
        return 2
    return 3 if is_state_organ(str(name)) else 1


@dataclass
class _Reading:
    row: dict[str, object]
    vn: tuple[str, ...]
    foreign: tuple[str, ...]
    locality: str

    @property
    def is_country(self) -> bool:
        return self.row["partner_kind"] == "country"


def _compatible(a: _Reading, b: _Reading) -> bool:
    ra, rb = a.row, b.row
    if ra["meeting_year"] and rb["meeting_year"] and ra["meeting_year"] != rb["meeting_year"]:
        return False
    if a.vn and b.vn:
        if a.vn != b.vn:
            return False
    elif a.locality != b.locality:
        return False
    if a.foreign and b.foreign and a.foreign != b.foreign:
        return False
    if str(ra["merge_block"]).endswith("|undated") and ra["article_id"] != rb["article_id"] and not (a.vn and b.vn):
        return False  # without a day, two articles' readings are one visit's meeting only with the same named host
    if ra["partner_id"] == rb["partner_id"]:
        return True
    if not ra["country_code"] or ra["country_code"] != rb["country_code"]:
        return False
    if _title_names_body(a, b) or _title_names_body(b, a):
        return True
    if a.is_country == b.is_country:
        return False
    # A country and one of its own bodies for the same encounter: the same named foreign person, or, in one
    # article, its embassy or one of its state organs.
    if a.foreign and b.foreign:
        return True
    body = rb if a.is_country else ra
    return ra["article_id"] == rb["article_id"] and (
        body["partner_kind"] == "embassy" or is_state_organ(str(body["partner_name"]))
    )


def _body_core(name: str) -> tuple[str, ...]:
    """A body's name as a title names it: folded, without its country and its first word ("Bộ Ngoại giao Tây Ban
    Nha" -> ngoai giao; "Liên minh Nghị sĩ hữu nghị Nhật" -> minh nghi si huu nghi)."""
    for m in sorted(gazetteer.find_countries(name), key=lambda m: -m.start):
        name = name[:m.start] + " " + name[m.end:]
    return tuple(fold(name).replace("-", " ").split())[1:]


def _title_names_body(body: _Reading, person: _Reading) -> bool:
    """BODY, read without a foreign person, is the body PERSON's title heads or belongs to ("Bộ trưởng Ngoại giao
    Tây Ban Nha" names "Bộ Ngoại giao Tây Ban Nha"): the same encounter told once by the body, once by the person."""
    if body.foreign or not person.foreign or body.is_country or not person.row["foreign_title"]:
        return False
    title = tuple(fold(str(person.row["foreign_title"])).replace("-", " ").split())
    core = _body_core(str(body.row["partner_name"]))
    return any(len(c) >= 2 and _contains(c, title) for c in (core, core[1:]))


def _order_key(r: _Reading) -> tuple[object, ...]:
    row = r.row
    # The readings that name both sides anchor the clusters; the others join them.
    return (
        not r.foreign, not r.vn, row["meeting_year"] is None, r.is_country, not row["is_primary"],
        str(row["evidence_id"]),
    )


def _cluster(readings: list[_Reading]) -> list[list[_Reading]]:
    clusters: list[list[_Reading]] = []
    for reading in sorted(readings, key=_order_key):
        home = next((c for c in clusters if all(_compatible(reading, other) for other in c)), None)
        if home is None:
            clusters.append([reading])
        else:
            home.append(reading)
    return clusters


def _fullest(values: list[str | None]) -> str | None:
    """The fullest value as written: most words, then the most frequent, then the first in sort order."""
    present = [v for v in values if v]
    if not present:
        return None
    counts = Counter(present)
    return min(counts, key=lambda v: (-len(v.split()), -counts[v], v))


def _title(values: list[object]) -> str | None:
    """The most frequent title, then the fullest, then the first in sort order."""
    present = [str(v) for v in values if v]
    if not present:
        return None
    counts = Counter(present)
    return min(counts, key=lambda v: (-counts[v], -len(v.split()), v))


def _specific_title(values: list[object]) -> str | None:
    """The title most sources write, or the most specific one that extends it (GUIDELINES §3: the most specific
    title as written): "Tổng thống" in three articles and "Tổng thống Hợp chủng quốc Hoa Kỳ" in one give the
    latter. A title extends the common one when it has all of its words, or all but the name of its country written
    another way ("Tổng thống Mỹ" -> "Tổng thống Hợp chúng quốc Hoa Kỳ"); another office is another reading."""
    common = _title(values)
    if common is None:
        return None
    words = _title_words(common)
    country_words = {w for g in gazetteer.find_geo(common) for w in _title_words(g.text)}

    def extends(title: str) -> bool:
        missing = words - _title_words(title)
        return not missing or (missing <= country_words and bool(gazetteer.find_geo(title)))

    fuller = Counter(str(v) for v in values if v and extends(str(v)))
    return min(fuller, key=lambda v: (-len(_title_words(v)), -fuller[v], v))


def _title_words(title: str) -> set[str]:
    return set(fold(title).replace("-", " ").replace(",", " ").replace("(", " ").replace(")", " ").split())


def _most_common(values: list[str | None]) -> str | None:
    counts = Counter(values)
    return min(counts, key=lambda v: (-counts[v], v is None, v or ""))


def _merged_row(cluster: list[_Reading], block: str) -> dict[str, object]:
    rows = [r.row for r in cluster]
    vn_key = max((r.vn for r in cluster), key=lambda t: (len(t), t))
    foreign_key = max((r.foreign for r in cluster), key=lambda t: (len(t), t))
    # The partner is read from the readings that name the foreign person ("Đại sứ ... X" names the embassy),
    # or is the country itself (a minister of it, read once under the ministry).
    anchors = [r.row for r in cluster if r.foreign == foreign_key or r.is_country
               or any(_title_names_body(r, p) for p in cluster if p.foreign == foreign_key)] or rows
    best_rank = min(_partner_rank(r["partner_kind"], r["partner_name"]) for r in anchors)
    partner_counts = Counter(str(r["partner_id"]) for r in anchors
                             if _partner_rank(r["partner_kind"], r["partner_name"]) == best_rank)
    partner_id = min(partner_counts, key=lambda p: (-partner_counts[p], p))
    dated = [r for r in rows if r["meeting_date"] is not None]
    year_counts = Counter(r["meeting_year"] for r in rows if r["meeting_year"])
    year = min(year_counts, key=lambda y: (-year_counts[y], y)) if year_counts else None
    # The year is the meeting's when at least half of its articles argue it from their own text (GUIDELINES
    # §3: never from outside knowledge, and another article is outside knowledge for this one); the others'
    # readings keep month and day, and meeting_evidence keeps every article's own date.
    articles = {r["article_id"] for r in rows}
    dating = {r["article_id"] for r in rows if r["meeting_year"] == year}
    if year is not None and 2 * len(dating) < len(articles):
        year = None
    date_rows = [r for r in dated if r["meeting_year"] == year] or [r for r in rows if r["date_text"]]
    date_text = _fullest([str(r["date_text"]) for r in date_rows if r["date_text"]])
    best = min(rows, key=lambda r: (not r["is_primary"], r["meeting_date"] is None, str(r["evidence_id"])))
    return {
        "meeting_id": _stable_id("m", block, partner_id, " ".join(vn_key), " ".join(foreign_key), year,
                                 _most_common([r.locality for r in cluster]) if not vn_key else ""),
        "meeting_date": min((r["meeting_date"] for r in dated if r["meeting_year"] == year),  # type: ignore[type-var]
                            default=None),
        "date_text": date_text,
        "meeting_month": rows[0]["meeting_month"], "meeting_day": rows[0]["meeting_day"],
        "vn_locality": _most_common([r["vn_locality"] for r in rows]),  # type: ignore[misc]
        # A name as most sources write it (a glued word is rare), the fullest of equals.
        "vn_person": _title([r["vn_person"] for r in rows]),
        # A title is read with its person: from the readings that name the person, the most frequent title or the
        # most specific one extending it.
        "vn_title": _specific_title([r.row["vn_title"] for r in cluster if r.vn == vn_key]),
        "partner_id": partner_id,
        "foreign_person": _title([r["foreign_person"] for r in rows]),
        "foreign_title": _specific_title([r.row["foreign_title"] for r in cluster if r.foreign == foreign_key]),
        "is_primary": any(bool(r["is_primary"]) for r in rows),
        "evidence": best["evidence"],
        # Several articles reading one meeting: as sure as the surest reading.
        "confidence": max((float(r["confidence"]) for r in rows  # type: ignore[arg-type]
                           if r["confidence"] is not None), default=None),
    }


def merge_meetings(evidence: pl.DataFrame) -> MergedFrames:
    """Merged meetings of whole blocks of evidence rows (EVIDENCE_SCHEMA columns).

    The caller passes every evidence row of each block it wants derived; the result depends only on that
    set of rows, not on their order.
    """
    meetings: list[dict[str, object]] = []
    sources: set[tuple[str, str]] = set()
    fields: set[tuple[str, str]] = set()
    assignment: list[tuple[str, str]] = []
    for (block,), group in evidence.sort("evidence_id").group_by(["merge_block"], maintain_order=True):
        rows = group.to_dicts()
        vn_keys = _person_keys([r["vn_person"] for r in rows])
        foreign_keys = _person_keys([r["foreign_person"] for r in rows])
        readings = [
            _Reading(r, vn_keys.get(r["vn_person"] or "", ()), foreign_keys.get(r["foreign_person"] or "", ()),
                     fold(r["vn_locality"]))
            for r in rows
        ]
        seen_ids: set[str] = set()
        for cluster in sorted(_cluster(readings), key=lambda c: min(str(r.row["evidence_id"]) for r in c)):
            merged = _merged_row(cluster, str(block))
            if merged["meeting_id"] in seen_ids:  # two encounters with the same key fields: keep them apart
                merged["meeting_id"] = _stable_id("m", merged["meeting_id"], min(str(r.row["evidence_id"])
                                                                                   for r in cluster))
            seen_ids.add(str(merged["meeting_id"]))
            meetings.append(merged)
            mid = str(merged["meeting_id"])
            for r in cluster:
                sources.add((mid, str(r.row["article_id"])))
                fields.update((mid, str(code)) for code in (r.row["fields"] or []))  # type: ignore[attr-defined]
                assignment.append((str(r.row["evidence_id"]), mid))
    return MergedFrames(
        meetings=pl.DataFrame(meetings, schema=MERGED_SCHEMA).sort("meeting_id"),
        meeting_sources=pl.DataFrame(sorted(sources), schema=SOURCE_SCHEMA, orient="row"),
        meeting_fields=pl.DataFrame(sorted(fields), schema=FIELD_SCHEMA, orient="row"),
        assignment=pl.DataFrame(sorted(assignment), schema=ASSIGNMENT_SCHEMA, orient="row"),
    )
