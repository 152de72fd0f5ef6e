"""The Great Expectations suites, one per pipeline step: raw, clean, extracted, warehouse."""
from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

import great_expectations as gx
import great_expectations.expectations as gxe
import polars as pl

from expectations.vocabularies import (
    COUNTED_UNIT_PATTERN,
    CREDIT_PATTERN,
    FURNITURE_PATTERN,
    ISO_3166_ALPHA2,
    ISO_4217,
    MEASURE_UNITS,
    PARTNER_KINDS,
    QUALIFIERS,
    RAW_STATUSES,
)
from transforms.staging import MIN_BODY_CHARS

CRITICAL = {"critical": True}
WARNING = {"critical": False}
# A critical expectation about each row on its own (a length, a vocabulary, a bound): a failure names the
# rows, whose files are quarantined with the expectation as reason, and the rest of the batch loads. Other
# critical expectations (uniqueness, foreign keys, the raw suite's schema checks) are about the batch as a
# whole: a failure keeps the batch out.
ROW = {"critical": True, "row": True}


@dataclass(frozen=True)
class StepSuite:
    """One step's suite: a Great Expectations suite for each frame the step produces."""

    step: str
    suites: dict[str, gx.ExpectationSuite]
    # Columns a frame gets before validation, computed in Polars (vectorised, every core) where a
    # per-row Python regex in pandas would cost more than the rest of the step.
    derive: dict[str, Callable[[pl.DataFrame], pl.DataFrame]] = field(default_factory=dict)
    # The column naming a row of each frame, for row-level expectations (ROW) to say which rows fail.
    keys: dict[str, str] = field(default_factory=dict)


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


def _is_nfc(texts: pl.Series) -> pl.Series:
    return pl.Series([t is None or unicodedata.is_normalized("NFC", t) for t in texts], dtype=pl.Boolean)


def _furniture_columns(articles: pl.DataFrame) -> pl.DataFrame:
    """The first furniture marker and photo credit found in each body (null when there is none), and
    whether title and body are NFC (Unicode's quick check)."""
    # The NFC check runs here, on collected columns, not as a Python function inside a Polars plan (see
    # transforms/clean.py clean_articles: such a function can hang a flow whose other thread uses Polars).
    return articles.with_columns(
        (_is_nfc(articles["title"]) & _is_nfc(articles["body"])).alias("is_nfc"),
        pl.col("body").str.extract(f"({FURNITURE_PATTERN})").alias("furniture_in_body"),
        pl.col("body").str.extract(f"({CREDIT_PATTERN})").alias("credit_in_body"),
    )


def clean_suite() -> StepSuite:
    """Cleaned articles: a headline, a body of article length, no page furniture left, NFC."""
    return StepSuite("clean", {"stg_articles": _suite("clean.stg_articles", [
        *_ids("article_id"),
        gxe.ExpectColumnValuesToNotBeNull(column="title", meta=ROW),
        gxe.ExpectColumnValueLengthsToBeBetween(column="title", min_value=5, max_value=500, meta=ROW),
        # As short as staging lets through (a one-sentence brief): a longer floor here would quarantine it.
        gxe.ExpectColumnValueLengthsToBeBetween(column="body", min_value=MIN_BODY_CHARS, max_value=300_000, meta=ROW),
        gxe.ExpectColumnValuesToBeNull(column="furniture_in_body", meta=ROW),
        gxe.ExpectColumnValuesToBeNull(column="credit_in_body", mostly=0.95, meta=WARNING),
        gxe.ExpectColumnValuesToBeInSet(column="is_nfc", value_set=[True], meta=ROW),
    ])}, derive={"stg_articles": _furniture_columns}, keys={"stg_articles": "article_id"})


def extracted_suite(field_codes: Iterable[str]) -> StepSuite:
    """Extraction output: well-formed ids, vocabularies, positive values, sane dates, complete meetings."""
    money, measures = "|".join(sorted(ISO_4217)), "|".join(sorted(MEASURE_UNITS))
    # money per unit of a measure ("USD/kW") is a unit too
    units = rf"^(?:{money}|{measures})$|^(?:{money})/(?:{measures})$|{COUNTED_UNIT_PATTERN}"
    # pandas holds dates as datetime64, so the bounds are datetimes.
    today = dt.datetime.combine(dt.date.today(), dt.time())
    return StepSuite("extracted", {
        "partners": _suite("extracted.partners", [
            *_ids("partner_id"),
            gxe.ExpectColumnValuesToNotBeNull(column="name", meta=ROW),
            gxe.ExpectColumnValuesToBeInSet(column="kind", value_set=sorted(PARTNER_KINDS), meta=ROW),
            gxe.ExpectColumnValuesToBeInSet(column="country_code", value_set=sorted(ISO_3166_ALPHA2), meta=ROW),
            gxe.ExpectColumnValuesToNotBeInSet(column="country_code", value_set=["VN"], meta=ROW),
        ]),
        "meetings": _suite("extracted.meetings", [
            *_ids("meeting_id"),
            gxe.ExpectColumnValuesToNotBeNull(column="partner_id", meta=ROW),
            gxe.ExpectColumnValuesToNotBeNull(column="evidence", meta=ROW),
            gxe.ExpectColumnValuesToBeBetween(column="meeting_month", min_value=1, max_value=12, meta=ROW),
            gxe.ExpectColumnValuesToBeBetween(column="meeting_day", min_value=1, max_value=31, meta=ROW),
            gxe.ExpectColumnValuesToBeBetween(
                column="meeting_date", min_value=dt.datetime(1945, 9, 2), max_value=today + dt.timedelta(days=366),
                meta=ROW,
            ),
            gxe.ExpectColumnValuesToNotBeNull(column="vn_person", mostly=0.5, meta=WARNING),
        ]),
        "statistics": _suite("extracted.statistics", [
            *_ids("stat_id"),
            # A 0% tariff ("thuế suất 0%") is a figure; a negative value is not.
            gxe.ExpectColumnValuesToBeBetween(column="value", min_value=0, meta=ROW),
            gxe.ExpectColumnValuesToBeInSet(column="qualifier", value_set=sorted(QUALIFIERS), meta=ROW),
            gxe.ExpectColumnValuesToMatchRegex(column="unit", regex=units, meta=ROW),
            gxe.ExpectColumnValuesToNotBeNull(column="raw_text", meta=ROW),
            gxe.ExpectColumnValuesToNotBeNull(column="evidence", meta=ROW),
        ]),
        "meeting_fields": _suite("extracted.meeting_fields", [
            gxe.ExpectColumnValuesToBeInSet(column="field", value_set=sorted(field_codes), meta=ROW),
            gxe.ExpectCompoundColumnsToBeUnique(column_list=["meeting_id", "field"], meta=CRITICAL),
        ]),
    }, keys={"partners": "partner_id", "meetings": "meeting_id", "statistics": "article_id",
             "meeting_fields": "meeting_id"})


def _orphans(keys: dict[str, tuple[str, frozenset[str]]]) -> Callable[[pl.DataFrame], pl.DataFrame]:
    """Adds, for each check name, the column's value where it is not among the known keys (else null)."""

    def derive(frame: pl.DataFrame) -> pl.DataFrame:
        return frame.with_columns(
            pl.when(pl.col(column).is_not_null() & ~pl.col(column).is_in(list(known))).then(pl.col(column))
            .alias(name)
            for name, (column, known) in keys.items()
        )
    return derive


def warehouse_suite(
    partner_ids: Iterable[str], meeting_ids: Iterable[str], sourced_meeting_ids: Iterable[str],
    article_ids: Iterable[str],
) -> StepSuite:
    """Foreign keys of what is about to be loaded, against the warehouse plus the batch.

    A key is looked up in Polars (a hash join over thousands of ids); the expectation is that no
    row has an orphan, and its unexpected list names the orphan keys.
    """
    partners, meetings = frozenset(partner_ids), frozenset(meeting_ids)
    sourced, articles = frozenset(sourced_meeting_ids), frozenset(article_ids)
    checks = {
        "partners": {"unknown_parent_partner_id": ("parent_partner_id", partners)},
        "meetings": {"unknown_partner_id": ("partner_id", partners), "unsourced_meeting_id": ("meeting_id", sourced)},
        "meeting_sources": {
            "unknown_meeting_id": ("meeting_id", meetings), "unknown_article_id": ("article_id", articles),
        },
        "statistics": {"unknown_article_id": ("article_id", articles), "unknown_meeting_id": ("meeting_id", meetings)},
        "meeting_fields": {"unknown_meeting_id": ("meeting_id", meetings)},
    }
    return StepSuite(
        "warehouse",
        {
            frame: _suite(f"warehouse.{frame}", [
                gxe.ExpectColumnValuesToBeNull(column=name, meta=CRITICAL) for name in names
            ])
            for frame, names in checks.items()
        },
        derive={frame: _orphans(names) for frame, names in checks.items()},
    )
