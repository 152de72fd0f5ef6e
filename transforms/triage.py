"""Cheap, vectorised triage: which articles might report a Vietnam-foreign meeting and deserve extraction."""
from __future__ import annotations

import re
from functools import cache

import polars as pl

from transforms import gazetteer
from transforms.meetings import CUE_BLOCKER_PHRASES

# Only the head of an article is searched: a meeting article says who met whom in its first lines,
# while a long feature that mentions a reception deep inside is rarely about it.
HEAD_CHARS = 2500
# The councils spelled out too: "Ủy ban Nhân dân tỉnh Hậu Giang" (hoptac recall3 helper).
VN_BODY_CUES = ("UBND", "HĐND", "Tỉnh ủy", "Thành ủy", "Chính phủ", "Quốc hội", "Ủy ban nhân dân", "Ủy ban Nhân dân",
                "Hội đồng nhân dân", "Hội đồng Nhân dân")


@cache
def _patterns() -> dict[str, str]:
    verbs = sorted(gazetteer.meeting_verbs(), key=len, reverse=True)
    foreign_names = {c.name for c in gazetteer.countries()} | {a for c in gazetteer.countries() for a in c.aliases}
    foreign_names |= {p.name for p in gazetteer.places()} | {a for p in gazetteer.places() for a in p.aliases}
    foreign_titles = [t.text for t in gazetteer.titles() if t.side in ("foreign", "both")]
    vn_titles = [t.text for t in gazetteer.titles() if t.side in ("vn", "both")]

    def alternation(words: object) -> str:
        items = sorted({w for w in words if isinstance(w, str) and len(w) >= 2}, key=len, reverse=True)  # type: ignore[attr-defined]
        return "|".join(re.escape(w) for w in items)

    return {
        # Removed before the verb search, as the extractor ignores them: "tiếp tục", "gặp khó"...
        "not_a_meeting": rf"(?i)(?:^|[^\p{{L}}])(?:{CUE_BLOCKER_PHRASES})(?:[^\p{{L}}]|$)",
        "verb": rf"(?i)(?:^|[^\p{{L}}])(?:{alternation(verbs)})(?:[^\p{{L}}]|$)",
        "foreign": rf"(?:^|[^\p{{L}}])(?:{alternation(foreign_names | set(foreign_titles))})(?:[^\p{{L}}]|$)",
        "vietnamese": rf"(?:^|[^\p{{L}}])(?:{alternation([*vn_titles, *VN_BODY_CUES])})(?:[^\p{{L}}]|$)",
    }


def mark_candidates(articles: pl.LazyFrame) -> pl.LazyFrame:
    """[article_id, title, body, captions?, ...] -> the same with `is_candidate`.

    A candidate names a meeting verb, a foreign party (country, foreign place or foreign title) and a
    Vietnamese official side in its headline or head. It is a recall-oriented filter: the meeting
    extractor decides; triage only spares it the articles that cannot qualify.
    """
    patterns = _patterns()
    # Captions count as head: a caption is often the one line that names both sides.
    captions = pl.col("captions").fill_null("") if "captions" in articles.collect_schema().names() else pl.lit("")
    head = pl.concat_str([pl.col("title"), pl.col("body").str.slice(0, HEAD_CHARS), captions], separator="\n")
    return articles.with_columns(
        (
            head.str.replace_all(patterns["not_a_meeting"], " ").str.contains(patterns["verb"])
            & head.str.contains(patterns["foreign"])
            & head.str.contains(patterns["vietnamese"])
        ).alias("is_candidate")
    )
