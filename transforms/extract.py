"""Reads one cleaned article into an ArticleExtraction: its meetings, their dates and fields, and its figures."""
from __future__ import annotations

from transforms import gazetteer
from transforms.dates import infer_year
from transforms.meetings import article_sentences, candidate_meetings, meetings_in
from transforms.records import ArticleExtraction, Figure, Meeting
from transforms.statistics import find_figures
from transforms.text import normalize_text


def extract_article(title: str, body: str) -> ArticleExtraction:
    """Meetings (each with the year argued for its day and its cooperation fields) and, for a meeting article,
    every distinct figure of the body (the first mention of each value and unit) with the sentence it came from;
    published_year is the year of the first dated primary meeting, else the year the article argues for itself."""
    title, body = normalize_text(title), normalize_text(body)
    sentences = article_sentences(body)
    meetings = meetings_in(title, sentences)
    if not meetings:
        return ArticleExtraction(is_meeting_article=False)
    years: dict[tuple[int | None, int | None, int | None], int | None] = {}
    for meeting in meetings:
        if meeting.date is not None:
            day = (meeting.date.day, meeting.date.month, meeting.date.year)
            if day not in years:  # one argument per distinct day: the body is read once per day, not per meeting
                years[day] = infer_year(title, body, meeting.date)
            meeting.meeting_year = years[day]
        meeting.fields = gazetteer.find_fields(meeting.evidence)
    figures: list[tuple[Figure, str]] = []
    seen: set[tuple[float, str]] = set()
    for sentence in sentences:
        for figure in find_figures(sentence):
            # An article repeats its figures ("4 tỉnh" in the lead, "04 tỉnh biên giới" later): one fact, counted once.
            if (figure.value, figure.unit) not in seen:
                seen.add((figure.value, figure.unit))
                figures.append((figure, sentence))
    dated = [m.meeting_year for m in meetings if m.is_primary and m.meeting_year]
    published = dated[0] if dated else infer_year(title, body, None)
    return ArticleExtraction(is_meeting_article=True, meetings=meetings, figures=figures, published_year=published)


def article_candidates(title: str, body: str) -> list[Meeting]:
    """The candidate meetings of an article, before the decision stage: what flows/train.py learns from. Reads the
    same sentences extract_article does."""
    title, body = normalize_text(title), normalize_text(body)
    return candidate_meetings(title, article_sentences(body))
