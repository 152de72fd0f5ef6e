"""A saved HTML page -> the article's text: headline, dateline, paragraphs (trafilatura, offline)."""
from __future__ import annotations

import datetime as dt
import re

# A page, not prose that mentions a tag: the document starts like HTML, or tags make up much of it.
_STARTS_LIKE_HTML = re.compile(r"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title)\b", re.I | re.S)
MIN_WORDS = 10  # fewer words of main text than this: the page is a menu or a stub, not an article
_TAG = re.compile(r"</?(?:p|div|span|a|br|li|ul|td|tr|table|script|style|h[1-6]|article|section|nav)\b[^>]*>", re.I)


def looks_like_html(text: str) -> bool:
    head = text[:4000]
    return bool(_STARTS_LIKE_HTML.match(head)) or len(_TAG.findall(head)) >= 20


def html_to_text(page: str) -> str | None:
    """The page's main text in the shape of the plain-text articles: the headline on the first line, the
    publication date alone on the second as dd/mm/yyyy (when the page gives one), then one paragraph per
    line. Navigation, scripts, styles, related links, comments and footers are left out. None when the
    page holds no article text (under MIN_WORDS words besides the title).
    """
    import trafilatura  # imported on the first page: most inboxes hold no HTML

    doc = trafilatura.bare_extraction(
        page, with_metadata=True, include_comments=False, include_tables=False, include_images=False,
        favor_precision=True, deduplicate=True,
    )
    if doc is None or isinstance(doc, dict) or not (doc.text or "").strip():
        return None  # (a dict only with as_dict=True, which is not asked for)
    title = " ".join((doc.title or "").split())
    paragraphs = [" ".join(line.split()) for line in (doc.text or "").splitlines() if line.strip()]
    if title and paragraphs and paragraphs[0] == title:
        paragraphs = paragraphs[1:]  # the page's <h1>: already the first line
    if sum(len(p.split()) for p in paragraphs) < MIN_WORDS:
        return None
    lines = [title] if title else []
    published = _date(doc.date)
    if published:
        lines.append(f"{published:%d/%m/%Y}")
    return "\n".join([*lines, *paragraphs])


def _date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None
