"""The Great Expectations suites, one per pipeline step: raw, clean, extracted, warehouse."""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

import great_expectations as gx
import great_expectations.expectations as gxe

from expectations.vocabularies import (
    BOILERPLATE_PATTERN,
    COUNTED_UNIT_PATTERN,
    ISO_3166_ALPHA2,
    ISO_4217,
    MEASURE_UNITS,
    PARTNER_KINDS,
    QUALIFIERS,
    RAW_STATUSES,
)

CRITICAL = {"critical": True}
WARNING = {"critical": False}


@dataclass(frozen=True)
class StepSuite:
    """One step's suite: a Great Expectations suite for each frame the step produces."""

    step: str
    suites: dict[str, gx.ExpectationSuite]


def _suite(name: str, expectations: Iterable[gxe.Expectation]) -> gx.ExpectationSuite:
    return gx.ExpectationSuite(name=name, expectations=list(expectations))


def _ids(column: str) -> list[gxe.Expectation]:
    return [
        gxe.ExpectColumnValuesToNotBeNull(column=column, meta=CRITICAL),
        gxe.ExpectColumnValuesToBeUnique(column=column, meta=CRITICAL),
    ]


def raw_suite() -> StepSuite:
    """Files accepted for cleaning: readable, non-empty, decodable, each (path, bytes) once."""
    return StepSuite("raw", {"raw_files": _suite("raw.raw_files", [
        gxe.ExpectColumnValuesToNotBeNull(column="source_path", meta=CRITICAL),
        gxe.ExpectColumnValuesToMatchRegex(column="content_sha256", regex=r"^[0-9a-f]{64}$", meta=CRITICAL),
        gxe.ExpectCompoundColumnsToBeUnique(column_list=["source_path", "content_sha256"], meta=CRITICAL),
        gxe.ExpectColumnValuesToBeBetween(column="size_bytes", min_value=1, meta=CRITICAL),
        gxe.ExpectColumnValuesToBeInSet(column="decoded", value_set=[True], meta=CRITICAL),
        gxe.ExpectColumnValuesToBeInSet(column="status", value_set=sorted(RAW_STATUSES), meta=CRITICAL),
    ])})


def clean_suite() -> StepSuite:
    """Cleaned articles: a headline, a body of article length, no page furniture left, NFC."""
    return StepSuite("clean", {"stg_articles": _suite("clean.stg_articles", [
        *_ids("article_id"),
        gxe.ExpectColumnValuesToNotBeNull(column="title", meta=CRITICAL),
        gxe.ExpectColumnValueLengthsToBeBetween(column="title", min_value=5, max_value=500, meta=CRITICAL),
        gxe.ExpectColumnValueLengthsToBeBetween(column="body", min_value=80, max_value=300_000, meta=CRITICAL),
        gxe.ExpectColumnValuesToNotMatchRegex(column="body", regex=BOILERPLATE_PATTERN, meta=CRITICAL),
        gxe.ExpectColumnValuesToBeInSet(column="is_nfc", value_set=[True], meta=CRITICAL),
    ])})


def extracted_suite(field_codes: Iterable[str]) -> StepSuite:
    """Extraction output: well-formed ids, vocabularies, positive values, sane dates, complete meetings."""
    units = rf"^(?:{'|'.join(sorted(ISO_4217))}|{'|'.join(sorted(MEASURE_UNITS))})$|{COUNTED_UNIT_PATTERN}"
    # pandas holds dates as datetime64, so the bounds are datetimes.
    today = dt.datetime.combine(dt.date.today(), dt.time())
    return StepSuite("extracted", {
        "partners": _suite("extracted.partners", [
            *_ids("partner_id"),
            gxe.ExpectColumnValuesToNotBeNull(column="name", meta=CRITICAL),
            gxe.ExpectColumnValuesToBeInSet(column="kind", value_set=sorted(PARTNER_KINDS), meta=CRITICAL),
            gxe.ExpectColumnValuesToBeInSet(column="country_code", value_set=sorted(ISO_3166_ALPHA2), meta=CRITICAL),
            gxe.ExpectColumnValuesToNotBeInSet(column="country_code", value_set=["VN"], meta=CRITICAL),
        ]),
        "meetings": _suite("extracted.meetings", [
            *_ids("meeting_id"),
            gxe.ExpectColumnValuesToNotBeNull(column="partner_id", meta=CRITICAL),
            gxe.ExpectColumnValuesToNotBeNull(column="evidence", meta=CRITICAL),
            gxe.ExpectColumnValuesToBeBetween(column="meeting_month", min_value=1, max_value=12, meta=CRITICAL),
            gxe.ExpectColumnValuesToBeBetween(column="meeting_day", min_value=1, max_value=31, meta=CRITICAL),
            gxe.ExpectColumnValuesToBeBetween(
                column="meeting_date", min_value=dt.datetime(1945, 9, 2), max_value=today + dt.timedelta(days=366),
                meta=CRITICAL,
            ),
            gxe.ExpectColumnValuesToNotBeNull(column="vn_person", mostly=0.5, meta=WARNING),
        ]),
        "statistics": _suite("extracted.statistics", [
            *_ids("stat_id"),
            gxe.ExpectColumnValuesToBeBetween(column="value", min_value=0, strict_min=True, meta=CRITICAL),
            gxe.ExpectColumnValuesToBeInSet(column="qualifier", value_set=sorted(QUALIFIERS), meta=CRITICAL),
            gxe.ExpectColumnValuesToMatchRegex(column="unit", regex=units, meta=CRITICAL),
            gxe.ExpectColumnValuesToNotBeNull(column="raw_text", meta=CRITICAL),
            gxe.ExpectColumnValuesToNotBeNull(column="evidence", meta=CRITICAL),
        ]),
        "meeting_fields": _suite("extracted.meeting_fields", [
            gxe.ExpectColumnValuesToBeInSet(column="field", value_set=sorted(field_codes), meta=CRITICAL),
            gxe.ExpectCompoundColumnsToBeUnique(column_list=["meeting_id", "field"], meta=CRITICAL),
        ]),
    })


def warehouse_suite(
    partner_ids: Iterable[str], meeting_ids: Iterable[str], sourced_meeting_ids: Iterable[str],
    article_ids: Iterable[str],
) -> StepSuite:
    """Foreign keys of what is about to be loaded, against the warehouse plus the batch."""
    partners, meetings, articles = sorted(partner_ids), sorted(meeting_ids), sorted(article_ids)
    return StepSuite("warehouse", {
        "partners": _suite("warehouse.partners", [
            gxe.ExpectColumnValuesToBeInSet(column="parent_partner_id", value_set=partners, meta=CRITICAL),
        ]),
        "meetings": _suite("warehouse.meetings", [
            gxe.ExpectColumnValuesToBeInSet(column="partner_id", value_set=partners, meta=CRITICAL),
            gxe.ExpectColumnValuesToBeInSet(column="meeting_id", value_set=sorted(sourced_meeting_ids), meta=CRITICAL),
        ]),
        "meeting_sources": _suite("warehouse.meeting_sources", [
            gxe.ExpectColumnValuesToBeInSet(column="meeting_id", value_set=meetings, meta=CRITICAL),
            gxe.ExpectColumnValuesToBeInSet(column="article_id", value_set=articles, meta=CRITICAL),
        ]),
        "statistics": _suite("warehouse.statistics", [
            gxe.ExpectColumnValuesToBeInSet(column="article_id", value_set=articles, meta=CRITICAL),
            gxe.ExpectColumnValuesToBeInSet(column="meeting_id", value_set=meetings, meta=CRITICAL),
        ]),
        "meeting_fields": _suite("warehouse.meeting_fields", [
            gxe.ExpectColumnValuesToBeInSet(column="meeting_id", value_set=meetings, meta=CRITICAL),
        ]),
    })
