"""Plain records that the extract transforms return; the flow turns lists of them into Polars frames."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class PartnerRef:
    """A foreign counterpart as one article names it; partners.py merges refs across articles."""

    name: str  # canonical Vietnamese name without prefix: "Kansas", "Quảng Châu", "Đại sứ quán Hoa Kỳ"
    kind: str  # state, province, city, council, embassy, organization, country
    country_code: str | None  # ISO 3166-1 alpha-2; None for international bodies (UN)
    name_en: str | None = None
    parent_name: str | None = None  # "California" for Oakland, "Quảng Đông" for Quảng Châu
    parent_kind: str | None = None


@dataclass(frozen=True)
class DateMention:
    """A day/month (and maybe year) as written in the text."""

    text: str  # as written: "Chiều 1/8", "sáng 21/11", "ngày 11 tháng 5 năm 2017"
    day: int | None
    month: int | None
    year: int | None  # only when written in the mention itself
    start: int = 0  # character offsets in the sentence it came from
    end: int = 0


@dataclass(frozen=True)
class Figure:
    """One statistic read from a sentence."""

    value: float  # fully scaled: "1,6 tỷ USD" -> 1.6e9
    unit: str  # ISO 4217, percent, km, ha, ton, rank, or the counted thing in English snake_case
    qualifier: str  # exact, more_than, less_than, about, nearly, up_to
    raw_text: str  # the phrase as written
    start: int = 0
    end: int = 0
    confidence: float | None = None  # 0-1, from transforms/figure_model.py, once decided


@dataclass
class Meeting:
    """One Vietnam-foreign meeting reported by an article."""

    partner: PartnerRef
    evidence: str
    vn_locality: str | None = None
    vn_person: str | None = None
    vn_title: str | None = None
    foreign_person: str | None = None
    foreign_title: str | None = None
    date: DateMention | None = None
    meeting_year: int | None = None  # argued from the article (dates.infer_year), not guessed
    is_primary: bool = True
    fields: list[str] = field(default_factory=list)  # cooperation fields, codes of lexicons/fields.tsv
    confidence: float | None = None  # the decision model's probability that this is a real meeting
    signals: dict[str, object] = field(default_factory=dict)  # what the decision stage weighs (not stored)


@dataclass
class ArticleExtraction:
    """Everything the extract step reads out of one cleaned article."""

    is_meeting_article: bool
    meetings: list[Meeting] = field(default_factory=list)
    figures: list[tuple[Figure, str]] = field(default_factory=list)  # (figure, evidence sentence)
    published_year: int | None = None
