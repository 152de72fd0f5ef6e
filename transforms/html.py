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
    if isinstance(doc, dict):
        return None  # (a dict only with as_dict=True, which is not asked for)
    text = doc.text if doc is not None else None
    if _words((text or "").splitlines()) < MIN_WORDS:
        # An old table-layout page (provincial outlets) has no content block trafilatura trusts: its paragraphs.
        fallback = trafilatura.baseline(page)[1] or ""
        if _words([line for line in fallback.splitlines() if len(line.split()) >= 8]) >= MIN_WORDS:  # prose, no menu
            text, doc = fallback, doc or trafilatura.extract_metadata(page)
    title = " ".join(((doc.title if doc is not None else None) or "").split())
    paragraphs = [" ".join(line.split()) for line in (text or "").splitlines() if line.strip()]
    if title and paragraphs and paragraphs[0] == title:
        paragraphs = paragraphs[1:]  # the page's <h1>: already the first line
    lead = _lead(page)
    if lead and not any(_folded(lead) in _folded(p) for p in paragraphs):
        paragraphs.insert(0, lead)  # the sapo, which often tells who met whom, sits outside the content block
    captions = [c for c in _captions(page) if not any(_folded(c) in _folded(p) for p in paragraphs)]
    if _words(captions) > _words(paragraphs):
        paragraphs += captions  # a photo gallery: its captions are its text (trafilatura leaves them out)
    if _words(paragraphs) < MIN_WORDS:
        return None
    lines = [title] if title else []
    published = _date(doc.date if doc is not None else None)
    if published:
        lines.append(f"{published:%d/%m/%Y}")
    return "\n".join([*lines, *paragraphs])


def _date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


# The lead paragraph ("sapo") of Vietnamese news templates: its own element, outside the main content block.
_LEAD_CLASS = re.compile(r"(?:^|[\s_-])(?:sapo|chapeau|lead|lede|summary|description|desc|excerpt|intro|tomtat|"
                         r"tom-tat|abstract)(?:$|[\s_-])", re.I)


def _lead(page: str) -> str | None:
    """The text of the page's sapo element (class or id "sapo", "lead", "summary", "description"...), if any."""
    import lxml.etree
    import lxml.html

    try:
        root = lxml.html.fromstring(page)
    except (ValueError, lxml.etree.ParserError):
        return None
    for element in root.iter("p", "div", "h2", "h3", "span", "strong", "section"):
        names = f"{element.get('class') or ''} {element.get('id') or ''}"
        if not _LEAD_CLASS.search(names):
            continue
        if any(a.tag in ("aside", "nav", "footer", "li", "a") or _ASIDE_CLASS.search(f"{a.get('class') or ''}")
               for a in element.iterancestors()):
            continue  # the summary of a related story, not the article's lead
        text = " ".join(element.text_content().split())
        return text if 8 <= len(text.split()) <= 300 else None  # the first one only: the article's own
    return None


# Photo captions: <figcaption>, and the caption elements of Vietnamese CMS templates ("PhotoCMS_Caption" of
# baochinhphu.vn and vietnamplus.vn, "caption", "chu-thich", "image-caption", "desc" inside a photo box).
_CAPTION_CLASS = re.compile(r"caption|chu-?thich|chuthich|photo-?desc|img-?desc|image-?desc", re.I)


def _captions(page: str) -> list[str]:
    """The page's photo captions outside related boxes, navigation and footers, in page order, each once."""
    import lxml.etree
    import lxml.html

    try:
        root = lxml.html.fromstring(page)
    except (ValueError, lxml.etree.ParserError):
        return []
    out: list[str] = []
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        names = f"{element.get('class') or ''} {element.get('id') or ''}"
        if element.tag != "figcaption" and not (element.tag in ("p", "div", "span", "em", "td")
                                                 and _CAPTION_CLASS.search(names)):
            continue
        if any(a.tag in ("aside", "nav", "footer", "header") or _ASIDE_CLASS.search(f"{a.get('class') or ''}")
               for a in element.iterancestors()):
            continue
        text = " ".join(element.text_content().split())
        if len(text.split()) >= 3 and text not in out and not any(text in o for o in out):
            out.append(text)
    return out


_ASIDE_CLASS = re.compile(r"relat|lien-?quan|tin-?khac|other|more|sidebar|box-news|comment|widget", re.I)


def _folded(text: str) -> str:
    return " ".join(text.lower().split())[:120]


def _words(lines: list[str]) -> int:
    return sum(len(line.split()) for line in lines)
