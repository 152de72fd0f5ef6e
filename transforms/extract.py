"""Reads one cleaned article into an ArticleExtraction: its meetings, their dates and fields, and its figures."""
from __future__ import annotations

import datetime
from collections.abc import Sequence

from transforms import gazetteer
from transforms.dates import date_range, dated_by, find_dates, infer_year
from transforms.figure_model import article_figures
from transforms.meetings import article_sentences, candidate_meetings, meetings_in
from transforms.outlets import printed_in
from transforms.records import ArticleExtraction, DateMention, Meeting
from transforms.text import normalize_text


def _headline(title: str) -> str:
    """The headline as the meeting stage reads it: cut with "…" (clean.lead_headline, or the outlet's own), it ends
    there, so that no title or name runs into the mark."""
    return normalize_text(title).rstrip("… ").removesuffix("...").rstrip()


def extract_article(
    title: str, body: str, captions: Sequence[str] = (), published: datetime.date | None = None,
    outlet: str | None = None,
) -> ArticleExtraction:
    """Meetings (each with the year argued for its day and its cooperation fields) and, for a meeting article,
    every distinct figure of the body (the first mention of each value and unit) with the sentence it came from.

    captions: the page's photo captions (staging keeps them out of the body); the meeting stage reads them as
    sentences after the body's, since a caption is often the only line that names both sides. published: the
    page's own dateline, which dates "sáng nay", "hôm qua" and gives the year of a day/month (GUIDELINES §3).
    published_year is the dateline's year, else the year of the first dated primary meeting, else the year the
    article argues for itself. outlet: the province of the provincial outlet that printed the page
    (outlets.outlet_locality), the locality of a Vietnamese side the article does not place."""
    title, body = _headline(title), normalize_text(body)
    sentences = article_sentences(body)
    caption_sentences = article_sentences("\n".join(normalize_text(c) for c in captions if c))
    with dated_by(published), printed_in(outlet):
        meetings = meetings_in(title, sentences + caption_sentences, captions=len(caption_sentences))
        if caption_sentences:
            _date_caption_meetings(meetings, title, sentences, caption_sentences)
    if not meetings:
        return ArticleExtraction(is_meeting_article=False, published_year=published.year if published else None)
    years: dict[tuple[int | None, int | None, int | None], int | None] = {}
    # The page's own captions argue a year too ("Sáng 6/6/2017, Thủ tướng ... hội kiến ..." under the photo).
    told = "\n".join([body, *caption_sentences])
    for meeting in meetings:
        if meeting.date is not None:
            day = (meeting.date.day, meeting.date.month, meeting.date.year)
            if day not in years:  # one argument per distinct day: the body is read once per day, not per meeting
                years[day] = infer_year(title, told, meeting.date, published)
            meeting.meeting_year = years[day]
        meeting.fields = gazetteer.find_fields(meeting.evidence)
    figures = article_figures(title, sentences)  # candidates decided by the figure model, each counted once
    dated = [m.meeting_year for m in meetings if m.is_primary and m.meeting_year]
    year = published.year if published else dated[0] if dated else infer_year(title, body, None)
    return ArticleExtraction(is_meeting_article=True, meetings=meetings, figures=figures, published_year=year)


_LEAD_SENTENCES = 3  # the title and this many first body sentences tell the article's own event


def _date_caption_meetings(
    meetings: list[Meeting], title: str, sentences: list[str], captions: list[str]
) -> None:
    """A meeting first told by a caption (captions are read after the body) takes no date from the body's last
    sentences: when its evidence starts with a caption and none of its sentences writes its day, the day is the
    lead's (a caption shows the article's event), else none. A meeting the body tells keeps the body's day."""
    for meeting in meetings:
        if meeting.date is None or meeting.date.text in meeting.evidence:
            continue
        if any(meeting.evidence.startswith(caption) for caption in captions):
            meeting.date = _lead_day(title, sentences)


def _lead_day(title: str, sentences: list[str]) -> DateMention | None:
    for text in [title, *sentences[:_LEAD_SENTENCES]]:
        for mention in find_dates(text):
            bounds = date_range(mention)
            if mention.day is not None and bounds is not None and bounds[0] == bounds[1]:
                return mention
    return None


def article_candidates(
    title: str, body: str, captions: Sequence[str] = (), published: datetime.date | None = None,
    outlet: str | None = None,
) -> list[Meeting]:
    """The candidate meetings of an article, before the decision stage: what flows/train.py learns from. Reads the
    same sentences extract_article does (the body's, then the captions')."""
    title, body = _headline(title), normalize_text(body)
    caption_sentences = article_sentences("\n".join(normalize_text(c) for c in captions if c))
    with dated_by(published), printed_in(outlet):
        return candidate_meetings(title, article_sentences(body) + caption_sentences,
                                  captions=len(caption_sentences))
