"""Turns per-article extraction records into warehouse-shaped Polars frames with stable ids."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass

import polars as pl

from transforms.dates import meeting_date
from transforms.partners import partner_key
from transforms.records import ArticleExtraction, Meeting, PartnerRef
from transforms.text import fold

PARTNER_SCHEMA = {
    "partner_id": pl.String, "name": pl.String, "name_en": pl.String, "kind": pl.String,
    "country_code": pl.String, "parent_partner_id": pl.String,
}
MEETING_SCHEMA = {
    "meeting_id": pl.String, "meeting_date": pl.Date, "date_text": pl.String, "meeting_month": pl.Int32,
    "meeting_day": pl.Int32, "vn_locality": pl.String, "vn_person": pl.String, "vn_title": pl.String,
    "partner_id": pl.String, "foreign_person": pl.String, "foreign_title": pl.String, "is_primary": pl.Boolean,
    "evidence": pl.String, "confidence": pl.Float64,
}
SOURCE_SCHEMA = {"meeting_id": pl.String, "article_id": pl.String}
FIELD_SCHEMA = {"meeting_id": pl.String, "field": pl.String}
STAT_SCHEMA = {
    "stat_id": pl.String, "article_id": pl.String, "meeting_id": pl.String, "value": pl.Float64, "unit": pl.String,
    "qualifier": pl.String, "raw_text": pl.String, "evidence": pl.String,
}
ARTICLE_FLAGS_SCHEMA = {"article_id": pl.String, "is_meeting_article": pl.Boolean, "published_date": pl.Date}


def stable_id(prefix: str, *parts: object) -> str:
    digest = hashlib.sha256("\x1f".join("" if p is None else str(p) for p in parts).encode("utf-8")).hexdigest()
    return f"{prefix}_{digest[:16]}"


def partner_id(ref: PartnerRef) -> str:
    return stable_id("p", partner_key(ref))


def _parent(ref: PartnerRef) -> PartnerRef | None:
    if not ref.parent_name:
        return None
    return PartnerRef(name=ref.parent_name, kind=ref.parent_kind or "province", country_code=ref.country_code)


def _meeting_id(article_id: str, meeting: Meeting, pid: str) -> str:
    day = meeting_date(meeting.date, meeting.meeting_year)
    # A fully dated meeting is one event whoever reports it; an undated one stays with its article.
    when = day.isoformat() if day else f"article:{article_id}"
    return stable_id("m", pid, fold(meeting.vn_locality), fold(meeting.vn_person), when)


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
    """article_id -> extraction, for the articles of one batch, as frames ready for validation and load."""
    partners: dict[str, dict[str, object]] = {}
    meetings: dict[str, dict[str, object]] = {}
    sources: set[tuple[str, str]] = set()
    fields: set[tuple[str, str]] = set()
    stats: list[dict[str, object]] = []
    flags: list[dict[str, object]] = []

    def add_partner(ref: PartnerRef) -> str:
        pid = partner_id(ref)
        parent = _parent(ref)
        parent_id = add_partner(parent) if parent else None
        row = partners.setdefault(pid, {
            "partner_id": pid, "name": ref.name, "name_en": ref.name_en, "kind": ref.kind,
            "country_code": ref.country_code, "parent_partner_id": parent_id,
        })
        row["name_en"] = row["name_en"] or ref.name_en
        row["parent_partner_id"] = row["parent_partner_id"] or parent_id
        return pid

    for article_id, extraction in extractions.items():
        primary_id: str | None = None
        primary_date = None
        for meeting in extraction.meetings:
            pid = add_partner(meeting.partner)
            mid = _meeting_id(article_id, meeting, pid)
            day = meeting_date(meeting.date, meeting.meeting_year)
            if meeting.is_primary and primary_id is None:
                primary_id, primary_date = mid, day
            row = meetings.setdefault(mid, {
                "meeting_id": mid, "meeting_date": day,
                "date_text": meeting.date.text if meeting.date else None,
                "meeting_month": meeting.date.month if meeting.date else None,
                "meeting_day": meeting.date.day if meeting.date else None,
                "vn_locality": meeting.vn_locality, "vn_person": meeting.vn_person, "vn_title": meeting.vn_title,
                "partner_id": pid, "foreign_person": meeting.foreign_person, "foreign_title": meeting.foreign_title,
                "is_primary": meeting.is_primary, "evidence": meeting.evidence, "confidence": meeting.confidence,
            })
            row["is_primary"] = bool(row["is_primary"]) or meeting.is_primary
            row["confidence"] = max(filter(None, (row["confidence"], meeting.confidence)), default=None)
            sources.add((mid, article_id))
            fields.update((mid, code) for code in meeting.fields)
        if primary_id is None and meetings:
            primary_id = next((mid for mid, aid in sorted(sources) if aid == article_id), None)
        for n, (figure, evidence) in enumerate(extraction.figures):
            stats.append({
                "stat_id": stable_id("s", article_id, n, figure.raw_text, figure.value, figure.unit),
                "article_id": article_id, "meeting_id": primary_id, "value": figure.value, "unit": figure.unit,
                "qualifier": figure.qualifier, "raw_text": figure.raw_text, "evidence": evidence,
            })
        flags.append({
            "article_id": article_id, "is_meeting_article": extraction.is_meeting_article,
            "published_date": primary_date,
        })
    return ExtractedFrames(
        articles=pl.DataFrame(flags, schema=ARTICLE_FLAGS_SCHEMA),
        partners=pl.DataFrame(list(partners.values()), schema=PARTNER_SCHEMA),
        meetings=pl.DataFrame(list(meetings.values()), schema=MEETING_SCHEMA),
        meeting_sources=pl.DataFrame(sorted(sources), schema=SOURCE_SCHEMA, orient="row"),
        meeting_fields=pl.DataFrame(sorted(fields), schema=FIELD_SCHEMA, orient="row"),
        statistics=pl.DataFrame(stats, schema=STAT_SCHEMA),
    )
