"""Turns per-article extraction records into warehouse-shaped Polars frames with stable ids."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace

import polars as pl

from transforms.dates import meeting_date
from transforms.merge import EVIDENCE_SCHEMA, FIELD_SCHEMA, SOURCE_SCHEMA, merge_block
from transforms.partners import clean_name, parent_ref, partner_key, preference, resolve
from transforms.records import ArticleExtraction, Meeting, PartnerRef
from transforms.text import fold

PARTNER_SCHEMA = {
    "partner_id": pl.String, "name": pl.String, "name_en": pl.String, "kind": pl.String,
    "country_code": pl.String, "parent_partner_id": pl.String,
}
# One article's reading of a meeting (meeting_id is the reading's id); the load merges readings into meetings.
MEETING_SCHEMA = {
    "meeting_id": pl.String, "meeting_date": pl.Date, "date_text": pl.String, "meeting_month": pl.Int32,
    "meeting_day": pl.Int32, "vn_locality": pl.String, "vn_person": pl.String, "vn_title": pl.String,
    "partner_id": pl.String, "foreign_person": pl.String, "foreign_title": pl.String, "is_primary": pl.Boolean,
    "evidence": pl.String, "article_id": pl.String, "ordinal": pl.Int32, "merge_block": pl.String,
    "partner_name": pl.String, "partner_alias": pl.String, "partner_kind": pl.String, "country_code": pl.String,
    "meeting_year": pl.Int32, "confidence": pl.Float64,
}
STAT_SCHEMA = {
    "stat_id": pl.String, "article_id": pl.String, "meeting_id": pl.String, "value": pl.Float64, "unit": pl.String,
    "qualifier": pl.String, "raw_text": pl.String, "evidence": pl.String, "confidence": pl.Float64,
}
ARTICLE_FLAGS_SCHEMA = {"article_id": pl.String, "is_meeting_article": pl.Boolean, "published_date": pl.Date}


def stable_id(prefix: str, *parts: object) -> str:
    digest = hashlib.sha256("\x1f".join("" if p is None else str(p) for p in parts).encode("utf-8")).hexdigest()
    return f"{prefix}_{digest[:16]}"


def partner_id(ref: PartnerRef) -> str:
    return stable_id("p", partner_key(ref))


def _article_meeting_id(article_id: str, meeting: Meeting, pid: str) -> str:
    """One article's reading of one meeting: the article's own repeats of it (lead, body) are one reading; an
    audience with another person of the same partner is another (GUIDELINES §2: the President, then the Prime
    Minister), so the foreign person is part of the id."""
    day = meeting_date(meeting.date, meeting.meeting_year)
    return stable_id("am", article_id, pid, fold(meeting.vn_locality), fold(meeting.vn_person),
                     day.isoformat() if day else "", fold(meeting.foreign_person))


def _named_in_article(readings: list[tuple[Meeting, PartnerRef]]) -> list[tuple[Meeting, PartnerRef]]:
    """A partner the article names only by a common noun ("sàn chứng khoán", after "Sàn chứng khoán NASDAQ")
    is the one body of that country the article names with it; else, when the one word read as the foreign
    person follows the common noun in the evidence ("Phó chủ tịch sàn chứng khoán Nasdaq"), that word is the
    body's name, cut off it, and no person is named."""
    named = {ref for _, ref in readings}
    result = []
    for meeting, ref in readings:
        if ref.kind == "organization" and ref.name == ref.name.lower():
            fuller = {other for other in named if other != ref and other.country_code == ref.country_code
                      and other.kind == ref.kind and fold(other.name).startswith(fold(ref.name) + " ")}
            word = meeting.foreign_person or ""
            if len(fuller) == 1:
                ref = fuller.pop()
            elif word and " " not in word and f"{ref.name} {word}" in meeting.evidence:
                ref = resolve(replace(ref, name=f"{ref.name} {word}")) or ref
                meeting = replace(meeting, foreign_person=None)
        result.append((meeting, ref))
    return result


@dataclass
class ExtractedFrames:
    articles: pl.DataFrame
    partners: pl.DataFrame
    meetings: pl.DataFrame
    meeting_sources: pl.DataFrame
    meeting_fields: pl.DataFrame
    statistics: pl.DataFrame

    def as_dict(self) -> dict[str, pl.DataFrame]:
        return dict(self.__dict__)


def without_articles(frames: ExtractedFrames, article_ids: list[str]) -> ExtractedFrames:
    """The frames without these articles: their flags, figures and sources; the meetings no other article of
    the batch reports, those meetings' fields, and partners only those meetings had."""
    ids = pl.Series(article_ids, dtype=pl.String)
    sources = frames.meeting_sources.filter(~pl.col("article_id").is_in(ids))
    meetings = frames.meetings.filter(pl.col("meeting_id").is_in(sources["meeting_id"]))
    dropped_partners = frames.meetings.filter(~pl.col("meeting_id").is_in(meetings["meeting_id"]))["partner_id"]
    kept_partner = ~pl.col("partner_id").is_in(dropped_partners) | pl.col("partner_id").is_in(meetings["partner_id"])
    partners = frames.partners.filter(kept_partner)
    partners = frames.partners.filter(kept_partner | pl.col("partner_id").is_in(partners["parent_partner_id"]))
    return ExtractedFrames(
        articles=frames.articles.filter(~pl.col("article_id").is_in(ids)),
        partners=partners,
        meetings=meetings,
        meeting_sources=sources,
        meeting_fields=frames.meeting_fields.filter(pl.col("meeting_id").is_in(meetings["meeting_id"])),
        statistics=frames.statistics.filter(~pl.col("article_id").is_in(ids) & (
            pl.col("meeting_id").is_null() | pl.col("meeting_id").is_in(meetings["meeting_id"]))),
    )


def articles_of(frames: ExtractedFrames, key_column: str, keys: pl.Series) -> pl.DataFrame:
    """[key, article_id]: the articles of the batch a row key (article, meeting or partner id) comes from."""
    if key_column == "article_id":
        return pl.DataFrame({"key": keys, "article_id": keys})
    meetings = frames.meetings.select("meeting_id", "partner_id")
    if key_column == "partner_id":
        meetings = meetings.filter(pl.col("partner_id").is_in(keys)).rename({"partner_id": "key"})
    else:
        meetings = meetings.filter(pl.col("meeting_id").is_in(keys)).with_columns(pl.col("meeting_id").alias("key"))
    return meetings.join(frames.meeting_sources, on="meeting_id").select("key", "article_id").unique()


def to_frames(extractions: dict[str, ArticleExtraction]) -> ExtractedFrames:
    """article_id -> extraction, for the articles of one batch, as frames ready for validation and load.

    `meetings` holds each article's own readings (the evidence layer; meeting_id is the reading's id, with
    the article, the partner as the article names it and the merge block): the load merges the readings of
    all articles into the warehouse's meetings. A meeting whose partner is a Vietnamese body or firm is
    dropped; an article left with no meeting is no meeting article and keeps no figures.
    """
    partners: dict[str, dict[str, object]] = {}
    meetings: dict[str, dict[str, object]] = {}
    sources: set[tuple[str, str]] = set()
    fields: set[tuple[str, str]] = set()
    stats: list[dict[str, object]] = []
    flags: list[dict[str, object]] = []

    def add_partner(ref: PartnerRef) -> str:
        pid = partner_id(ref)
        parent = parent_ref(ref)
        parent_id = add_partner(parent) if parent and partner_id(parent) != pid else None
        row = partners.setdefault(pid, {
            "partner_id": pid, "name": ref.name, "name_en": ref.name_en, "kind": ref.kind,
            "country_code": ref.country_code, "parent_partner_id": parent_id,
        })
        # Deterministic whatever the order of the articles (the warehouse's partner_preference does the same).
        if preference(ref.kind, ref.name) < preference(str(row["kind"]), str(row["name"])):
            row["kind"], row["name"] = ref.kind, ref.name
        for column, value in (("name_en", ref.name_en), ("parent_partner_id", parent_id)):
            if value is not None and (row[column] is None or str(value) < str(row[column])):
                row[column] = value
        return pid

    for article_id, extraction in extractions.items():
        primary_id: str | None = None
        first_id: str | None = None
        primary_date = None
        resolved = [(m, resolve(m.partner)) for m in extraction.meetings]
        kept = _named_in_article([(m, ref) for m, ref in resolved if ref is not None])
        for ordinal, (meeting, ref) in enumerate(kept):
            pid = add_partner(ref)
            mid = _article_meeting_id(article_id, meeting, pid)
            day = meeting_date(meeting.date, meeting.meeting_year)
            first_id = first_id or mid
            if meeting.is_primary and primary_id is None:
                primary_id, primary_date = mid, day
            month = meeting.date.month if meeting.date else None
            day_of_month = meeting.date.day if meeting.date else None
            row = meetings.setdefault(mid, {
                "meeting_id": mid, "meeting_date": day,
                "date_text": meeting.date.text if meeting.date else None,
                "meeting_month": month, "meeting_day": day_of_month,
                "vn_locality": meeting.vn_locality, "vn_person": meeting.vn_person, "vn_title": meeting.vn_title,
                "partner_id": pid, "foreign_person": meeting.foreign_person, "foreign_title": meeting.foreign_title,
                "is_primary": meeting.is_primary, "evidence": meeting.evidence,
                "article_id": article_id, "ordinal": ordinal,
                "merge_block": merge_block(ref.country_code, pid, month, day_of_month),
                "partner_name": ref.name, "partner_alias": clean_name(meeting.partner.name) or ref.name,
                "partner_kind": ref.kind, "country_code": ref.country_code,
                "meeting_year": day.year if day else None, "confidence": meeting.confidence,
            })
            row["is_primary"] = bool(row["is_primary"]) or meeting.is_primary
            known = [c for c in (row["confidence"], meeting.confidence) if isinstance(c, float)]
            row["confidence"] = max(known, default=None)
            sources.add((mid, article_id))
            fields.update((mid, code) for code in meeting.fields)
        primary_id = primary_id or first_id
        is_meeting = extraction.is_meeting_article and bool(kept)
        for n, (figure, evidence) in enumerate(extraction.figures if is_meeting else []):
            stats.append({
                "stat_id": stable_id("s", article_id, n, figure.raw_text, figure.value, figure.unit),
                "article_id": article_id, "meeting_id": primary_id, "value": figure.value, "unit": figure.unit,
                "qualifier": figure.qualifier, "raw_text": figure.raw_text, "evidence": evidence,
                "confidence": figure.confidence,
            })
        flags.append({
            "article_id": article_id, "is_meeting_article": is_meeting, "published_date": primary_date,
        })
    return ExtractedFrames(
        articles=pl.DataFrame(flags, schema=ARTICLE_FLAGS_SCHEMA),
        partners=pl.DataFrame(list(partners.values()), schema=PARTNER_SCHEMA),
        meetings=pl.DataFrame(list(meetings.values()), schema=MEETING_SCHEMA),
        meeting_sources=pl.DataFrame(sorted(sources), schema=SOURCE_SCHEMA, orient="row"),
        meeting_fields=pl.DataFrame(sorted(fields), schema=FIELD_SCHEMA, orient="row"),
        statistics=pl.DataFrame(stats, schema=STAT_SCHEMA),
    )


def evidence_frame(frames: ExtractedFrames) -> pl.DataFrame:
    """The batch's readings as rows of the warehouse's meeting_evidence table (merge.EVIDENCE_SCHEMA plus the
    partner as written)."""
    fields = frames.meeting_fields.group_by("meeting_id").agg(pl.col("field").sort().alias("fields"))
    return frames.meetings.join(fields, on="meeting_id", how="left").select(
        pl.col("meeting_id").alias("evidence_id"), *[c for c in EVIDENCE_SCHEMA if c != "evidence_id"],
        "partner_alias",
    ).with_columns(pl.col("fields").fill_null(pl.lit([], dtype=pl.List(pl.String))))
