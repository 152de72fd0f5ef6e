"""Finds the Vietnam–foreign meetings an article reports: who met whom, on which day, read from which sentence.

How a meeting is read
---------------------
1. The body is cut into sentences (";" does not end one); embedded links ("[...]") and photo credits ("Ảnh:
   X/TTXVN") are removed. Captions stay: sometimes they are the only report of a welcome.
2. Each sentence is scanned for *parties*: people (a title and/or honorific with a name: "Thủ tướng Nguyễn
   Xuân Phúc", "ông Hashimoto Masaru, Thống đốc tỉnh Ibaraki", "ông Hwang Kyoung Ah - Phó Chủ tịch Hội
   đồng -"), delegations ("đoàn ... do X dẫn đầu"), bodies ("Tập đoàn Nidec", "Bộ Tư pháp Nhật Bản",
   "lãnh đạo HĐND TP HCM"), bare titles ("Thủ tướng", "Thị trưởng thành phố Oakland") and bare "Đoàn".
   The side of a party comes from whose place or country its title names ("Thủ tướng Lào" is foreign,
   "Bí thư Thành ủy Cần Thơ" Vietnamese), then from the title itself ("Thống đốc" is foreign-only), then
   from the name (Vietnamese syllables or not; Sino-Vietnamese names in an article about China that never
   names Việt Nam are not trusted). A first pass over the article learns who is who, so "Tổng Bí thư, Chủ tịch
   nước Tập Cận Bình" stays Chinese after "Chủ tịch Trung Quốc Tập Cận Bình". Bare titles and "Đoàn" are
   resolved to the last party that fits; an inviter ("theo lời mời của X"), a sender of greetings or the
   honoured dead is never a party of a meeting.
3. A sentence with a meeting cue (a verb of lexicons/meeting_verbs.tsv, or its event noun: "buổi tiếp",
   "cuộc hội đàm") and both a Vietnamese and a foreign party reports a meeting. A verb takes the party right
   after it as its object ("tiếp ông X", "hội đàm với Thủ tướng Y"; "được Thủ tướng Lào ... tiếp" has the host
   before it); an event noun pairs the nearest parties. Nothing is a meeting without both sides: Trump
   receiving el-Sissi or a ministry team visiting a province is not; nor is visiting a company or museum.
4. Meetings of one article are merged by (Vietnamese side, partner); missing people are filled from the
   article (the head of the partner's delegation, the Vietnamese official of the same title or locality).
   "Tại buổi tiếp, ..." sentences only add to a meeting read elsewhere; planned meetings ("sẽ hội đàm") count
   only in an article that reports no held one. When no sentence states a meeting, an event noun with a
   Vietnamese speaker ("Phát biểu tại buổi tiếp, ông X") meets the foreign partner the headline names.
5. Dates come from the meeting's sentence ("Chiều 1/8"), from "cùng ngày" (the previous date), from the day
   the narration is at when it spoke of the same country, or from a dated visit of the same partner to the
   same place; never from a visit range, a bracketed reference date, a departure or a plan.
6. A list of Vietnamese provinces the visiting side met ("các cuộc gặp lãnh đạo ... thành phố Hà Nội, TP. Hồ
   Chí Minh, ... và tỉnh Long An") gives secondary, undated meetings, only next to a primary one.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import cache, cached_property, lru_cache
from typing import cast

from transforms import gazetteer
from transforms.dates import date_range, find_dates
from transforms.lexicon import load_tsv
from transforms.partners import (
    country_partner,
    embassy_partner,
    organization_partner,
    partner_key,
    place_partner,
    with_parent,
)
from transforms.records import DateMention, Meeting, PartnerRef
from transforms.text import fold, normalize_text

# ---------------------------------------------------------------------------------------------- grammar

_TOKEN = re.compile(r"[A-ZĐ]\.(?=[\s,])|\w+(?:[-'’]\w+)*|[^\w\s]")
# A Vietnamese syllable (on the folded form): onset, one to three vowels, coda. Names made only of such
# syllables read as Vietnamese ("Nguyễn Văn Hiếu", but also Sino-Vietnamese "Tập Cận Bình", which the
# title then decides); "Sheng", "Hwang", "Masaru", "Knapper" are foreign.
_SYLLABLE = re.compile(r"^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?$")


@cache
def _words(kind: str) -> tuple[str, ...]:
    """The words of one KIND of lexicons/meeting_words.tsv (honorifics, title stops...), in file order."""
    return tuple(r["text"] for r in load_tsv("meeting_words.tsv") if r["kind"] == kind)


def _phrases(kind: str, either_case: bool = True) -> str:
    """Regex alternation of the phrases of KIND, longest first: a space matches any run of spaces and, with
    EITHER_CASE, the first letter may be upper or lower case ("ông"/"Ông")."""
    out = []
    for phrase in sorted(_words(kind), key=len, reverse=True):
        body = re.escape(phrase).replace(r"\ ", r"\s+")
        if either_case and phrase[:1].lower() != phrase[:1].upper():
            body = f"[{phrase[0].lower()}{phrase[0].upper()}]" + re.escape(phrase[1:]).replace(r"\ ", r"\s+")
        out.append(body)
    return "|".join(out) or "(?!)"


_HONORIFICS = frozenset({*_words("honorific"), *(w[0].upper() + w[1:] for w in _words("honorific")),
                         *_words("honorific_en")})
_HONORIFIC_EN = rf"(?:{_phrases('honorific_en', either_case=False)})\.?"
# Honorifics and military ranks stand before a name the way a title does but say nothing of the side.
_HONORIFIC = re.compile(rf"(?:^|(?<=\s))(?:{_phrases('honorific')}|{_phrases('rank')}|{_HONORIFIC_EN})\s+$")
_PARTICLES = frozenset(_words("name_particle"))
_NOT_NAME = frozenset(_words("not_name"))
_TITLE_STOP = frozenset(_words("title_stop"))
_DIPLOMATIC = re.compile(r"(?i)đại sứ|lãnh sự|đại biện|tham tán|tùy viên|trưởng đại diện|phái đoàn|văn phòng")
_PROVINCIAL_TITLE = re.compile(r"(?i)\b(?:UBND|HĐND|Ủy ban nhân dân|Hội đồng nhân dân|Tỉnh ủy|Thành ủy|Sở)\b")
_LOCATIVE = frozenset(_words("locative"))
# Bodies heads whose foreign holder is met as the state itself (a minister, a speaker, a government).
_STATE_HEADS = re.compile(r"(?i)\b(?:Quốc hội|Thượng viện|Hạ viện|Nghị viện|Chính phủ|Bộ|Nội các|Quốc vụ viện)\b")
# Phrases whose object is named but not met: the inviter, the sender of greetings, the honoured dead, the thanked.
_NOT_MET = re.compile(
    rf"(?i)(?<!\w)(?:(?:{_phrases('not_met_invitation')})\s+(?:của\s+)?"
    rf"|(?:{_phrases('not_met_message')})[^,;.]{{0,12}}?\s+(?:của\s+)?"
    rf"|(?:{_phrases('not_met_behalf')})\s+"
    rf"|(?:{_phrases('not_met_sending')})\s+(?:tới\s+[^,;.]{{0,60}}?\s+)?lời\s+[^,;.]{{0,30}}?(?:của|tới|đến)\s+"
    rf"|(?:{_phrases('not_met_memorial')})\s+"
    rf"|(?:{_phrases('not_met_thanks')})\s+(?:sâu sắc\s+|chân thành\s+)?(?:tới\s+|đến\s+)?)"
)
_CLAUSE_BREAK = re.compile(r"[;:]|,\s+(?=(?:đồng thời|trong đó|nhưng|song|tuy nhiên|sau đó)\b)")
_DELEGATION_HEAD_END = re.compile(r"(?i)\s+(?:dẫn đầu|làm [Tt]rưởng [đĐ]oàn|đứng đầu|dẫn dắt)\b")
_NOT_DELEGATION = re.compile(r"(?i)(?:tập|liên|công|sư|quân|lữ|binh|tiểu|trung|đại)\s+$")  # "Tập đoàn", "sư đoàn"
_DELEGATION = re.compile(r"(?<![\w])[Đđ]oàn\b(?!\s+(?:kết|tụ|viên|Thanh niên|thanh niên|[Tt]hị))")
_LOCAL_BODY = re.compile(
    r"(?i)(?:lãnh đạo|UBND|HĐND|Ủy ban nhân dân|Hội đồng nhân dân|Tỉnh ủy|Thành ủy|Đảng bộ|chính quyền|"
    r"Bí thư Tỉnh ủy|Bí thư Thành ủy)\s+(?:các\s+)?(?:tỉnh|thành phố|TP\.?)?\s*$"
)
_FUTURE = re.compile(rf"(?i)\b(?:{_phrases('future')})\b")
_DEPARTURE = re.compile(rf"(?i)(?<!\w)(?:{_phrases('departure')})")
_SAME_DAY = re.compile(r"(?i)\bcùng ngày\b|\bngay sau đó\b|\bsau đó\b")
_BEFORE = re.compile(r"(?i)^\s*(?:Trước đó|Trước khi)\b")
# Meeting nouns: a classifier before a meeting verb names the event ("buổi tiếp", "cuộc hội đàm", "lễ đón").
_EVENT_CLASSIFIER = rf"(?-i:(?:{_phrases('event_classifier', either_case=False)}))"
# A secondary list: the visiting side met the leaders of several provinces.
_LIST_CUE = re.compile(
    r"(?i)\b(?:cuộc gặp|gặp gỡ|gặp|làm việc|hội đàm|tiếp xúc|thăm và làm việc|thăm, làm việc)\b"
)
# Events named like bodies: "Hội nghị Cấp cao APEC", "Hội chợ", "Hội thảo" are not organisations.
_EVENT_WORDS = re.compile(rf"(?i)(?:{_phrases('event_name')})\b")
_LINK = re.compile(r"\[[^\[\]\n]{3,300}\]")
_CREDIT_START = re.compile(r"(\(\s*)?(?<!\w)(?:Ảnh|Nguồn|Video|Clip)\s*:\s*")
_AGENCY = re.compile(
    r"^[^.()]{0,45}?\b(?:TTXVN|VNA|Vietnam\+|VOV|VGP|AFP|AP|Reuters|Kyodo|Xinhua|EPA|Getty Images|Internet|"
    r"Yonhap|Sputnik|TASS|Bernama|Antara|PV)\b(?:\s*/\s*\w+(?:\s+[A-ZĐ]\w*){0,2})?\)?\.?"
)
_SENTENCE_END = re.compile(r"[.!?…]+[\"”’)]*\s+")
_ABBREVIATION = re.compile(r"(?:^|\s)(?:TP|Tp|ThS|TS|PGS|GS|St|Mr|Ms|Dr|Jr|No|[A-ZĐ])\.$")


# -- typed views of gazetteer mentions (Mention.entry is a Province, Country, Place, Title, VnBody or ForeignOrg)


def _code(mention: gazetteer.Mention) -> str:
    """ISO code of a country mention, or the country of a foreign place."""
    entry = mention.entry
    if isinstance(entry, gazetteer.Country):
        return entry.code
    if isinstance(entry, gazetteer.Place):
        return entry.country_code
    return "VN" if isinstance(entry, gazetteer.Province) else ""


def _name(mention: gazetteer.Mention) -> str:
    return str(getattr(mention.entry, "name", mention.text))


def _title(mention: gazetteer.Mention) -> gazetteer.Title:
    return cast(gazetteer.Title, mention.entry)


def _entry_country(mention: gazetteer.Mention) -> gazetteer.Country:
    return cast(gazetteer.Country, mention.entry)


def _entry_place(mention: gazetteer.Mention) -> gazetteer.Place:
    return cast(gazetteer.Place, mention.entry)


def _entry_org(mention: gazetteer.Mention) -> gazetteer.ForeignOrg:
    return cast(gazetteer.ForeignOrg, mention.entry)


# ---------------------------------------------------------------------------------------------- sentences


def _strip_credits(paragraph: str) -> str:
    """Photo credits become sentence breaks: "... Hà Nội. Ảnh: Doãn Tấn/TTXVN Chủ tịch ..." -> two sentences."""
    out: list[str] = []
    pos = 0
    for m in _CREDIT_START.finditer(paragraph):
        if m.start() < pos:
            continue
        rest = paragraph[m.end():]
        if m.group(1):
            close = rest.find(")")
            length = close + 1 if 0 <= close <= 80 else 0
        elif agency := _AGENCY.match(rest):
            length = agency.end()
        elif (dot := re.match(r"^[^.;]{0,40}?\.(?=\s|$)", rest)) and not re.search(r"\s[a-zđ]\w*\s", dot.group()):
            length = dot.end()
        else:
            caps = re.match(r"^(?:[A-ZĐÀ-Ỹ][\w.]*(?:/\w+)?\s*){1,2}", rest)
            length = caps.end() if caps else 0
        out.append(paragraph[pos:m.start()].rstrip() + " \n")
        pos = m.end() + length
    out.append(paragraph[pos:])
    return "".join(out)


def split_sentences(paragraph: str) -> list[str]:
    """Sentences of one paragraph; unlike text.split_sentences a ';' does not end a sentence (lists go on)."""
    parts: list[str] = []
    start = 0
    for m in _SENTENCE_END.finditer(paragraph):
        nxt = paragraph[m.end():m.end() + 2]
        first = nxt.lstrip("\"“‘(")[:1]
        if not first or not (first.isupper() or first.isdigit()):
            continue
        candidate = paragraph[start:m.start() + 1]
        if _ABBREVIATION.search(candidate.rstrip()):
            continue
        if candidate.strip():
            parts.append(candidate.strip())
        start = m.end()
    if paragraph[start:].strip():
        parts.append(paragraph[start:].strip())
    return parts


def article_sentences(body: str) -> list[str]:
    """The body's sentences with embedded links and photo credits removed (captions stay: they can be evidence)."""
    text = _LINK.sub("\n", normalize_text(body))
    out: list[str] = []
    for line in text.split("\n"):
        line = line.strip().strip("|").strip()
        if not line or line.startswith("!["):
            continue
        for piece in _strip_credits(line).split("\n"):
            out.extend(s for s in split_sentences(piece.strip()) if len(s) > 3)
    return out


# ---------------------------------------------------------------------------------------------- parties


@dataclass
class Party:
    """One side of a possible meeting as one sentence names it."""

    kind: str  # person, delegation, body, bare (title without name), anaphor ("Đoàn")
    start: int
    end: int
    side: str | None = None  # "vn" | "foreign" | None (unknown yet)
    person: str | None = None
    title: str | None = None
    title_head: str | None = None  # the first title word group, for coreference ("Thủ tướng")
    partner: PartnerRef | None = None
    locality: str | None = None
    national: bool = False
    not_met: bool = False  # inviter, sender of greetings
    head: Party | None = None  # a delegation's leader
    rank: int = 0
    strong: bool = False  # side read from a place, country or organisation, not guessed from a title or name
    sentence: int = -1  # index of the sentence (0 = headline), for coreference to earlier parties
    titled: bool = False  # a title stands next to the name in this sentence
    weak: bool = False  # side only guessed from the look of the name or a bare title: never a meeting's party


@dataclass(slots=True)
class _Tok:
    text: str
    start: int
    end: int
    cap: bool


class _Scan:
    """Everything known about one sentence. Places and titles are read at once; words, bodies and organisations
    only when a pass needs them (most sentences of an article never do)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.geo = [g for g in gazetteer.find_geo(text) if not (
            g.kind == "province" and g.text == "Hồ Chí Minh"
            and re.search(r"(?:Chủ tịch|Bác|Lăng|tư tưởng)\s+$", text[max(0, g.start - 12):g.start]))]
        self.titles = [_with_deputy(text, t) for t in gazetteer.find_titles(text)]
        self.index = 0  # 0 = headline, then body sentences
        self.parties: list[Party] | None = None  # filled by the second pass when needed

    @cached_property
    def bodies(self) -> list[gazetteer.Mention]:
        return gazetteer.find_vn_bodies(self.text)

    @cached_property
    def orgs(self) -> list[gazetteer.Mention]:
        return gazetteer.find_orgs(self.text)

    @cached_property
    def tokens(self) -> list[_Tok]:
        return _tokens(self.text)

    @cached_property
    def covered(self) -> list[bool]:
        """Per token: inside a gazetteer mention."""
        return _covered(self)

    @cached_property
    def not_met(self) -> list[tuple[int, int]]:
        """Spans whose parties are named but not met (inviters, senders of greetings, the honoured dead)."""
        out = []
        for m in _NOT_MET.finditer(self.text):
            stop = _NOT_MET_END.search(self.text, m.end())
            out.append((m.end(), stop.start() if stop else len(self.text)))
        return out

    @property
    def may_name_someone(self) -> bool:
        """A title, an honorific or a delegation: else the sentence introduces no one for the first pass."""
        return bool(self.titles) or bool(_SOMEONE.search(self.text))


_APPOSITION = rf"(?:{_phrases('apposition', either_case=False)})\s"
_APPOSED_NAME = re.compile(rf",\s+{_APPOSITION}")
_NOT_MET_END = re.compile(r"[,;.]\s|\s(?:đến|tới|và|đã|sẽ)\s")
_SOMEONE = re.compile(rf"(?:^|\s)(?:{_phrases('honorific')}|{_phrases('rank')}|{_HONORIFIC_EN}|[Đđ]oàn|[Tt]ướng)\s")


_LETTER = re.compile(r"[^\W_]")
_PARTICLE_PREFIX = re.compile(r"(?:al|el|ul|bin|ben)-[A-ZĐ]")


def _is_cap(tok: str) -> bool:
    return tok[:1].isupper() or (tok[:1] in "abeu" and bool(_PARTICLE_PREFIX.match(tok)))


@lru_cache(maxsize=8192)
def _fold(text: str) -> str:
    """text.fold, remembered: names and titles recur through an article."""
    return fold(text)


@cache
def _head_keys() -> frozenset[str]:
    return frozenset(_fold(h) for h, _ in gazetteer.foreign_org_heads())


@lru_cache(maxsize=4096)
def _vietnamese_like(name: str) -> bool:
    if re.search(r"\w-\w", name):
        return False  # "Mi-ae", "Jae-in", "Cô-bi-a-cốp": Vietnamese names are not hyphenated
    words = [w for w in re.split(r"[\s-]+", _fold(name)) if w and not re.fullmatch(r"[a-z]\.?|\d+", w)]
    return bool(words) and all(_SYLLABLE.match(w) for w in words)


def _tokens(text: str) -> list[_Tok]:
    out = []
    for m in _TOKEN.finditer(text):
        word = m.group()
        start, end = m.span()
        out.append(_Tok(word, start, end, word[0].isupper() or (word[0] in "abeu" and _is_cap(word))))
    return out


def _scan(text: str) -> _Scan:
    return _Scan(text)


def _covered(scan: _Scan) -> list[bool]:
    """The sentence with every character inside a mention blanked: a token is covered when none of its letters
    survive ("Nhật-Việt" is two countries); a hyphenated token that a mention starts inside of belongs to the
    mention ("Choang-Quảng Tây"). Punctuation is covered only inside a mention ("TP.HCM")."""
    text = scan.text
    blank = list(text)
    for m in (*scan.geo, *scan.titles, *scan.bodies, *scan.orgs):
        blank[m.start:m.end] = "\x00" * (m.end - m.start)
    masked = "".join(blank)
    covered = []
    for t in scan.tokens:
        piece = masked[t.start:t.end]
        if "\x00" not in piece:
            covered.append(False)
        elif t.text[0].isalnum():
            covered.append(not _LETTER.search(piece) or ("-" in t.text and "\x00" in piece))
        else:
            covered.append(piece == "\x00" * len(piece))
    return covered


def _with_deputy(text: str, title: gazetteer.Mention) -> gazetteer.Mention:
    """"Phó Tổng Thư ký" where the lexicon has only "Tổng Thư ký": the deputy is part of the title."""
    if title.start >= 4 and text[title.start - 4:title.start] in ("Phó ", "phó "):
        return gazetteer.Mention(title.kind, title.entry, text[title.start - 4:title.end], title.start - 4, title.end)
    return title


def _geo_in(scan: _Scan, start: int, end: int) -> list[gazetteer.Mention]:
    return [g for g in scan.geo if start <= g.start and g.end <= end]


def _word_before(text: str, pos: int) -> str:
    m = re.search(r"(\w+)\W*$", text[:pos])
    return m.group(1).lower() if m else ""


def _owner_geo(scan: _Scan, start: int, end: int) -> list[gazetteer.Mention]:
    """Geo mentions of a phrase that say whose it is: not a place after "tại", "ở", "đến"..."""
    return [g for g in _geo_in(scan, start, end) if _word_before(scan.text, g.start) not in _LOCATIVE]





# -- names


@dataclass
class _NameRun:
    i: int  # first token index
    j: int  # last token index + 1
    start: int
    end: int
    text: str


def _name_runs(scan: _Scan) -> list[_NameRun]:
    """Maximal runs of capitalised words outside gazetteer mentions (a prefix-less place name glued to a
    preceding capitalised word belongs to the name: "Nguyễn Thị Định")."""
    toks, covered = scan.tokens, scan.covered
    runs: list[_NameRun] = []
    i = 0
    n = len(toks)
    while i < n:
        t = toks[i]
        if not t.cap or covered[i] or t.text in _NOT_NAME or (t.text.isupper() and len(t.text) > 1 and not
                                                                  re.fullmatch(r"[A-ZĐ]\.", t.text)):
            i += 1
            continue
        j = i + 1
        while j < n:
            u = toks[j]
            gap = scan.text[toks[j - 1].end:u.start]
            if gap not in (" ", "") and not (gap == " " or re.fullmatch(r"\s+", gap)):
                break
            if u.cap and not covered[j] and not (u.text.isupper() and len(u.text) > 2):
                j += 1
                continue
            if u.cap and covered[j] and _glued_place(scan, j):
                j += 1
                continue
            if u.text in _PARTICLES and j + 1 < n and toks[j + 1].cap and not covered[j + 1]:
                j += 2
                continue
            break
        text = scan.text[t.start:toks[j - 1].end]
        runs.append(_NameRun(i, j, t.start, toks[j - 1].end, text))
        i = j
    return runs


def _glued_place(scan: _Scan, j: int) -> bool:
    """A capitalised word covered only by a prefix-less one-word geo mention inside a name ("Nguyễn Văn Nam")."""
    tok = scan.tokens[j]
    for g in scan.geo:
        if g.start <= tok.start and tok.end <= g.end:
            return " " not in g.text.strip() and g.text[:1].isupper() and g.kind != "country"
    return False


def _valid_name(run: _NameRun, context: bool) -> bool:
    words = [w for w in run.text.split() if not re.fullmatch(r"[A-ZĐ]\.", w)]
    if not words:
        return False
    if len(words) >= 2:
        return len(words) <= 7
    return context and not _vietnamese_like(words[0]) and len(words[0]) >= 3


# -- title phrases


def _title_at(scan: _Scan, pos: int) -> gazetteer.Mention | None:
    for m in scan.titles:
        if m.start == pos:
            return m
    return None


def _token_index(scan: _Scan, pos: int) -> int:
    for k, t in enumerate(scan.tokens):
        if t.start >= pos:
            return k
    return len(scan.tokens)


def _is_vietnamese_geo(mention: gazetteer.Mention) -> bool:
    return mention.kind == "province" or (mention.kind == "country" and _code(mention) == "VN")


def _left_title(scan: _Scan, run: _NameRun) -> tuple[int, list[gazetteer.Mention]] | None:
    """Start of the title phrase right before a name ("Phó Chủ tịch UBND TP Hồ Chí Minh | Bùi Xuân Cường")."""
    before = [m for m in scan.titles if m.end <= run.start]
    if not before:
        return None
    nearest = before[-1]
    k = _token_index(scan, nearest.end)
    gap = 0
    while k < run.i:
        tok = scan.tokens[k]
        if not scan.covered[k]:
            if tok.text in ",;:" or tok.text in ".!?" or tok.text in _TITLE_STOP:
                return None
            gap += 1
            if gap > 12:
                return None
        k += 1
    start = nearest.start
    chain = [nearest]
    # "Ủy viên Bộ Chính trị, Phó Chủ tịch Quốc hội Tòng Thị Phóng": earlier comma-joined titles belong too.
    for _ in range(3):
        prev = [m for m in scan.titles if m.end <= start]
        if not prev:
            break
        between = scan.text[prev[-1].end:start]
        uncovered_caps = any((t.cap and not scan.covered[k]) or t.text in _TITLE_STOP or t.text[0].isdigit()
                             for k, t in enumerate(scan.tokens) if prev[-1].end <= t.start and t.end <= start)
        segment_geo = [g for g in scan.geo if prev[-1].start <= g.start < start]
        clash = any((_title(nearest).side == "vn" and not _is_vietnamese_geo(g))
                    or (_title(nearest).side == "foreign" and _is_vietnamese_geo(g)) for g in segment_geo)
        if not uncovered_caps and not clash and re.fullmatch(r"[^,;.:()]{0,60},\s*|\s*(?:kiêm|,)\s*", between) \
                and not re.search(r"(?i)\b(?:đã|đang|sẽ|và|với|tiếp|hội đàm|gặp)\b", between):
            start = prev[-1].start
            chain.insert(0, prev[-1])
        else:
            break
    return start, chain


def _right_title(scan: _Scan, run: _NameRun, runs: list[_NameRun]) -> tuple[int, int, list[gazetteer.Mention]] | None:
    """Title phrase after a name: "Hashimoto Masaru, | Thống đốc tỉnh Ibaraki", "Hwang Kyoung Ah - | Phó Chủ tịch
    Hội đồng - |". Returns (start, end, titles)."""
    text = scan.text
    m = re.match(r"\s*(?:\([^()]{0,30}\))?\s*(?:,|-|–|—)?\s*", text[run.end:])
    if not m:
        return None
    start = run.end + m.end()
    first = _title_at(scan, start)
    if first is None:
        # "ông Nguyễn Văn Thọ - Ủy viên Ban Thường vụ Thành ủy, Phó Chủ tịch ...": a membership the lexicon does
        # not list may come first; the apposition still counts when a title follows within the segment.
        lead = re.match(r"(?:Ủy viên|Thành viên|Đảng viên)\b[^;:()]{0,60}?,\s*", text[start:])
        first = _title_at(scan, start + lead.end()) if lead else None
        if first is None:
            return None
    run_starts = {r.start: r for r in runs}
    if _owns_name(scan, first, run_starts):
        return None  # "Mark Rutte, Thủ tướng Chính phủ Nguyễn Xuân Phúc": the title has its own name
    titles = [first]
    k = _token_index(scan, first.end)
    end = first.end
    in_org = False
    n = len(scan.tokens)
    steps = 0
    while k < n and steps < 30:
        steps += 1
        tok = scan.tokens[k]
        low = tok.text.lower()
        if scan.covered[k]:
            t = _title_at(scan, tok.start)
            if t is not None:
                # A title glued to a name of its own starts another person ("Putin, Thủ tướng Abe").
                if t is not first and not in_org and _owns_name(scan, t, run_starts):
                    break
                titles.append(t)
            end = tok.end
            k += 1
            continue
        if tok.text == "(":
            close = text.find(")", tok.end)
            inner = text[tok.end:close] if close != -1 else ""
            if close != -1 and len(inner) < 40 and _geo_in(scan, tok.end, close):
                end = close + 1
                k = _token_index(scan, end)
                continue
            break
        if tok.text == ",":
            nxt = scan.tokens[k + 1] if k + 1 < n else None
            if nxt is not None and (_title_at(scan, nxt.start) or any(g.start == nxt.start for g in scan.geo)
                                    or nxt.text == "kiêm"):
                k += 1
                continue
            break
        if tok.text in "-–—":
            nxt = scan.tokens[k + 1] if k + 1 < n else None
            if nxt is not None and _title_at(scan, nxt.start):
                k += 1
                continue
            end = tok.start if end <= tok.start else end
            break
        if tok.text in ".;:!?\"“”":
            break
        if low == "tại" and _DIPLOMATIC.search(text[start:end]):
            nxt_geo = [g for g in scan.geo if g.start >= tok.end and g.start - tok.end <= 1]
            if nxt_geo:
                end = nxt_geo[0].end
                k = _token_index(scan, end)
                continue
            break
        nxt = scan.tokens[k + 1] if k + 1 < n else None
        if low == "và" and in_org and nxt is not None and nxt.cap and not _title_at(scan, nxt.start):
            k += 1
            continue
        if (tok.text in _TITLE_STOP and not _inside_name(scan, k)) or (tok.text in _HONORIFICS):
            break
        if tok.cap and (r := run_starts.get(tok.start)) is not None and not in_org and _valid_name(r, False) \
                and _vietnamese_like(r.text):
            break  # another person's name
        if _org_head_at(text, tok.start):
            in_org = True
        end = tok.end
        k += 1
    phrase = text[start:end].rstrip(" ,-–")
    return start, start + len(phrase), titles


def _owns_name(scan: _Scan, title: gazetteer.Mention, run_starts: dict[int, _NameRun]) -> bool:
    """Is TITLE followed, past its place or country, by a name ("Tổng thống Cộng hòa Séc | Milos Zeman")?"""
    k = _token_index(scan, title.end)
    while k < len(scan.tokens) and scan.covered[k]:
        k += 1
    r = run_starts.get(scan.tokens[k].start) if k < len(scan.tokens) else None
    return r is not None and _valid_name(r, True)


@cache
def _org_heads() -> tuple[re.Pattern[str], dict[str, str]]:
    heads = {_fold(h): kind for h, kind in gazetteer.foreign_org_heads()}
    alternation = "|".join(re.escape(h) for h, _ in sorted(gazetteer.foreign_org_heads(), key=lambda x: -len(x[0])))
    return re.compile(rf"(?i)(?<!\w)(?:{alternation})(?=\s+[\wÀ-ỹ])"), heads


def _org_head_at(text: str, pos: int) -> str | None:
    pattern, heads = _org_heads()
    m = pattern.match(text, pos)
    if not m or _EVENT_WORDS.match(text, pos):
        return None
    prev = re.search(r"(\w+)\s+$", text[max(0, pos - 20):pos])
    if prev and prev.group(1)[:1].isupper() and not prev.group(1).isupper():
        return None  # "Đại hội", "Quốc hội": the word ends a longer capitalised name
    if not m.group()[:1].isupper() and not (prev and re.search(r"(?i)(?:hành|tịch|đốc|trưởng|của|lãnh đạo)$",
                                                                   prev.group(1))):
        return None  # a lower-case head only inside a title: "Giám đốc điều hành ngân hàng JBIC"
    after = text[m.end():m.end() + 40].lstrip()
    # A head counts only before a name: "Hội Hữu nghị", "Tập đoàn Nidec", "ngân hàng JBIC", "Tập đoàn báo
    # Mainichi", not "Hội nghị".
    if not after[:1].isupper() and not after[:1].isdigit() and not (
            " " in m.group().strip() and re.match(r"(?:[a-zà-ỹđ]+\s+){1,2}[A-ZĐ]", after)):
        return None
    return heads.get(_fold(m.group()), "organization")


# -- side and partner of a phrase


@dataclass
class _Reading:
    side: str | None
    partner: PartnerRef | None = None
    locality: str | None = None
    national: bool = False
    strong: bool = False  # read from a place, country or organisation the phrase names (not from a bare title)


def _read_phrase(scan: _Scan, start: int, end: int, person_like: bool, article: _Article) -> _Reading:
    """Whose is a title or body phrase: a Vietnamese locality or national body, or which foreign partner."""
    text = scan.text[start:end]
    owners = _owner_geo(scan, start, end)
    vn_owner = next((g for g in owners if g.kind == "province" or (g.kind == "country" and _code(g) == "VN")),
                    None)
    foreign = [g for g in owners if g.kind == "place" or (g.kind == "country" and _code(g) != "VN")]
    orgs = [o for o in scan.orgs if start <= o.start and o.end <= end]
    first_foreign = foreign[0] if foreign else None
    if vn_owner is not None and (first_foreign is None or vn_owner.start < first_foreign.start):
        # "Đại sứ quán Việt Nam tại Nhật Bản", "Bí thư Thành ủy Cần Thơ", "Hội Hữu nghị Việt - Nhật".
        if not (first_foreign is not None and vn_owner.kind == "country" and _compound_second(scan, vn_owner)):
            if vn_owner.kind == "province":
                return _Reading("vn", locality=_name(vn_owner), strong=True)
            return _Reading("vn", national=True, strong=True)
    if orgs and not foreign:
        org = _entry_org(orgs[0])
        return _Reading("foreign", PartnerRef(org.name, org.kind, org.country_code or None, org.name_en), strong=True)
    if first_foreign is not None:
        return _Reading("foreign", _foreign_partner(scan, start, end, foreign, person_like, article), strong=True)
    titles = [t for t in scan.titles if start <= t.start and t.end <= end]
    sides = {_title(t).side for t in titles}
    if gazetteer.find_vn_bodies(text) or _PROVINCIAL_TITLE.search(text):
        locality = None
        if _PROVINCIAL_TITLE.search(text):
            locality = article.context_locality(scan, start)
        return _Reading("vn", locality=locality, national=locality is None)
    head_pos, head_kind = _first_org_head(scan.text, start, end)
    guess = None
    if head_pos is not None and head_kind in ("organization", "embassy"):
        # "Chủ tịch Tập đoàn Nidec": a company named without its country; the article's foreign country is its own.
        guess = organization_partner(_org_name(scan.text, head_pos, end), article.main_country(), head_kind)
    if "foreign" in sides and "vn" not in sides:
        return _Reading("foreign", guess)
    if "vn" in sides and "foreign" not in sides:
        return _Reading("vn", national=True)
    return _Reading(None, guess)


def _compound_second(scan: _Scan, mention: gazetteer.Mention) -> bool:
    """Is this country the second member of a compound ("Nhật-Việt", "Hà Lan-Việt Nam")? Then it is not the owner."""
    before = scan.text[max(0, mention.start - 3):mention.start]
    return bool(re.search(r"[-–]\s*$", before)) and any(
        g.end <= mention.start and mention.start - g.end <= 3 and g.kind == "country" for g in scan.geo)


def _foreign_partner(scan: _Scan, start: int, end: int, foreign: list[gazetteer.Mention], person_like: bool,
                     article: _Article) -> PartnerRef:
    text = scan.text
    places = [g for g in foreign if g.kind == "place"]
    countries = [g for g in foreign if g.kind == "country"]
    country = _entry_country(countries[0]) if countries else None
    code = _code(places[0]) if places else country.code if country else None
    head_pos, head_kind = _first_org_head(text, start, end)
    # Embassies: "Đại sứ quán Hoa Kỳ", "Đại sứ Hoa Kỳ tại Việt Nam".
    if country is not None and not places and re.search(r"(?i)\bĐại sứ\b", text[start:end]) and (
            head_kind == "embassy" or person_like):
        return embassy_partner(country)
    if places and head_pos is not None and head_kind in ("organization", "embassy") and not (
            _OWN_PLACE_HEADS.match(text, head_pos) and _org_name(text, head_pos, end).find(places[0].text) > 0):
        head_pos = None  # "Chủ nhiệm Ủy ban Thường vụ Nhân đại tỉnh Phúc Kiến": the province is the partner
    if head_kind in ("organization", "embassy") and head_pos is not None:
        if person_like and _STATE_HEADS.search(text[start:end]) and not places:
            return country_partner(country) if country else organization_partner(
                _org_name(text, head_pos, end), code)
        return organization_partner(_org_name(text, head_pos, end), code, head_kind)
    if places:
        place = _entry_place(places[0])
        ref = place_partner(place)
        for other in places[1:]:
            if _name(other) != place.name:
                ref = with_parent(ref, place_partner(_entry_place(other)))
                break
        return ref
    if head_kind == "country" and head_pos is not None and not person_like:
        name = _org_name(text, head_pos, end)
        if not re.fullmatch(r"(?i)(?:Quốc hội|Thượng viện|Hạ viện|Chính phủ|Nghị viện)\b.*", name):
            return organization_partner(name, code)
    assert country is not None
    return country_partner(country)


# Bodies named after their place that are partners in their own right: "Hội Hữu nghị Nhật-Việt tỉnh Osaka",
# "Trường Đại học ... Tokyo". A committee, an agency or a party of a place stands for the place.
_OWN_PLACE_HEADS = re.compile(r"(?i)(?:Hội|Hiệp hội|Liên đoàn|Tập đoàn|Công ty|Ngân hàng|Quỹ|Phòng Thương mại|"
                              r"Trường|Đại học|Học viện|Viện|Bệnh viện|Báo|Tập đoàn báo)\b")


def _first_org_head(text: str, start: int, end: int) -> tuple[int | None, str | None]:
    for pos in _org_head_positions(text):
        if start <= pos < end:
            kind = _org_head_at(text, pos)
            if kind is not None:
                return pos, kind
    return None, None


@lru_cache(maxsize=256)
def _org_head_positions(text: str) -> tuple[int, ...]:
    """Where an organisation head word may start (one regex pass per sentence)."""
    return tuple(m.start() for m in _org_heads()[0].finditer(text))


def _org_name(text: str, head: int, end: int) -> str:
    """An organisation's name from its head word: cut at a preposition, and after its country or place when only
    lower-case words follow ("Bộ Quốc phòng Mỹ | đưa ra")."""
    name = text[head:end]
    name = re.split(r"\s+(?:tại|ở|do|đang|đã|sẽ|và các|cùng|thuộc|về|với|kiêm)\s+|[;:]", name)[0]
    for title in gazetteer.find_titles(name):
        comma = name.rfind(",", 0, title.start)
        if comma != -1 and not name[comma + 1:title.start].strip():
            name = name[:comma]  # "Đảng Cộng sản Trung Quốc, Bí thư Tỉnh ủy": the next office starts
            break
    name = re.sub(r"\s*\([^()]*(?:\)|$)", "", name)  # "(gọi tắt là OFID)", "(Hàn Quốc)"
    geo = gazetteer.find_geo(name)
    if geo:
        tail = name[geo[-1].end:]
        if re.fullmatch(r"(?:\s+[a-zà-ỹđ]+)+\s*", tail):
            name = name[:geo[-1].end]
        elif not tail.strip() and (comma := re.search(r"\s*,\s*$", name[:geo[-1].start])) and comma.start() > 0:
            name = name[:comma.start()]  # "Sàn chứng khoán NASDAQ, Hoa Kỳ": the country after the comma is the owner's
    return name.strip(" -–()")


# ---------------------------------------------------------------------------------------------- article state


@dataclass
class _Article:
    """What earlier sentences said: people by name, the last party of each title, delegations, dates."""

    persons: dict[str, Party] = field(default_factory=dict)
    order: list[Party] = field(default_factory=list)  # every named person, in text order
    delegations: list[Party] = field(default_factory=list)
    localities: list[str] = field(default_factory=list)  # Vietnamese provinces named, in text order
    foreign_codes: list[str] = field(default_factory=list)
    vietnamese_context: bool = False  # the article names Việt Nam or a Vietnamese province somewhere

    def main_country(self) -> str | None:
        """The foreign country the article is about: named in at least 60% of the foreign mentions."""
        if not self.foreign_codes:
            return None
        code, count = Counter(self.foreign_codes).most_common(1)[0]
        return code if count >= 0.6 * len(self.foreign_codes) else None

    def context_locality(self, scan: _Scan, pos: int) -> str | None:
        provinces = [g for g in scan.geo if g.kind == "province"]
        if provinces:
            best = min(provinces, key=lambda g: abs(g.start - pos))
            return _name(best)
        return self.localities[0] if len(set(self.localities)) == 1 else None

    def remember(self, party: Party) -> None:
        if party.person and party.kind in ("person", "delegation"):
            known = self.persons.get(party.person)
            if known is None or (party.strong and not known.strong) or (
                    party.strong == known.strong and party.side == known.side and (
                        (party.partner is not None and known.partner is None)
                        or (party.locality and not known.locality))):
                self.persons[party.person] = party
            self.order.append(party)
        if party.kind == "delegation":
            self.delegations.append(party)

    def delegation_before(self, sentence: int, pos: int) -> Party | None:
        """The delegation an anaphoric "Đoàn" means: the last one named before it (else the first one)."""
        before = [d for d in self.delegations if (d.sentence, d.start) < (sentence, pos)]
        ref = before[-1] if before else (self.delegations[0] if self.delegations else None)
        if ref is not None and ref.person is None:
            same = [d for d in self.delegations if d.person and d.side == ref.side and (
                ref.partner is None or (d.partner is not None and partner_key(d.partner) == partner_key(ref.partner)))]
            if same:
                return same[0]
        return ref

    def by_name(self, name: str) -> Party | None:
        if name in self.persons:
            return self.persons[name]
        last = name.split()[-1]
        for known, party in self.persons.items():
            if known.split()[-1] == last and len(last) > 2:
                return party
        return None

    def by_title(self, head: str, side: str | None, sentence: int = 10**6) -> Party | None:
        """The person a bare title means: the last one with that title named up to SENTENCE, else the next one."""
        key = _fold(head)
        fitting = [p for p in self.order if p.title_head and _fold(p.title_head) == key
                   and (side is None or p.side == side) and not p.not_met]
        before = [p for p in fitting if p.sentence <= sentence]
        if before:
            return before[-1]
        return fitting[0] if fitting else None


# ---------------------------------------------------------------------------------------------- party finding


def _in_not_met(scan: _Scan, pos: int) -> bool:
    return any(s <= pos < e for s, e in scan.not_met)


# Countries whose people the Vietnamese press names in Sino-Vietnamese syllables ("Tập Cận Bình", "Lại Chí Hồng").
_SINO_NAMES = frozenset(_words("sino_name_country"))


def _person_parties(scan: _Scan, article: _Article) -> list[Party]:
    runs = _name_runs(scan)
    parties: list[Party] = []
    for run in runs:
        run = _after_company(scan, run)
        if _org_head_at(scan.text, run.start):
            continue  # "Quỹ Phát triển ...", "Tập đoàn Nidec": a body's name
        if gazetteer.province_by_name(run.text) is not None:
            continue  # "Chủ tịch Hồ Chí Minh" (memorials, "Khu di tích"): never a party to a meeting today
        left = _left_title(scan, run)
        right = _right_title(scan, run, runs)
        honor = _HONORIFIC.search(scan.text[max(0, run.start - 16):run.start])
        known = article.by_name(run.text)
        if right is not None and (left is not None or honor is not None) and right[1] - right[0] <= len(
                right[2][0].text) + 1 and _next_word(scan.text, right[1]) in _TITLE_STOP and left is not None:
            # "Bành Thanh Hoa, Thủ tướng nhấn mạnh": the bare title opens the next clause, it is not an apposition.
            right = None
        if right is not None and left is None and honor is None and _vietnamese_like(run.text) and known is None:
            right = None  # "Nhân dịp Xuân mới Đinh Dậu, Thủ tướng chúc ...": a Vietnamese-looking word run is no name
        if not (left or right or honor or (known is not None and len(run.text.split()) >= 2)):
            continue
        if not _valid_name(run, bool(left or right or honor)):
            continue
        if run.j - run.i == 1 and re.match(r"\s+[a-zà-ỹđ]+(?:\s+[a-zà-ỹđ]+)?\s+", scan.text[run.end:]) and any(
                0 < g.start - run.end <= 20 for g in scan.geo):
            continue  # "Chủ tịch Đu-ma quốc gia Nga": the name of a body
        if run.j - run.i <= 2 and re.search(r"(?i)(?:tập đoàn|công ty|ngân hàng|quỹ|hãng|tổ chức|đại học|trường)\s+$",
                                             scan.text[max(0, run.start - 12):run.start]):
            continue  # "Giám đốc điều hành Tập đoàn Blackstone": the company's name, not a person's
        start = left[0] if left else run.start
        if honor:
            start = min(start, run.start - len(honor.group()))
        end = right[1] if right else run.end
        title_parts = []
        chain = []
        if left:
            title_parts.append(scan.text[left[0]:run.start].strip(" ,"))
            chain += left[1]
        if right:
            title_parts.append(scan.text[right[0]:right[1]].strip(" ,"))
            chain += right[2]
        title = ", ".join(p for p in title_parts if p) or None
        party = Party("person", start, end, person=run.text, title=title,
                      title_head=_title(chain[-1]).text if chain else None,
                      rank=max((_title(t).rank for t in chain), default=0), titled=bool(chain))
        reading = _Reading(None)
        spans = [(right[0], right[1])] if right else []
        if left:
            spans += [(left[1][-1].start, run.start), (left[0], run.start)]  # the nearest title first
        for span in spans:
            reading = _read_phrase(scan, span[0], span[1], True, article)
            if reading.side is not None:
                break
        weak = False
        if not reading.strong and known is not None and known.side is not None and (known.strong or
                                                                                      reading.side is None):
            weak = known.weak
            # What an earlier, fuller mention said ("Chủ tịch Trung Quốc Tập Cận Bình") beats a bare title.
            reading = _Reading(known.side, known.partner, known.locality, known.national, known.strong)
            party.title = party.title or known.title
            party.title_head = party.title_head or known.title_head
            party.rank = max(party.rank, known.rank)
        if reading.side is None and (affiliation := _geo_before(scan, run)) is not None:
            # "người đồng cấp Trung Quốc Thường Vạn Toàn": the country right before the name is the person's.
            reading = _read_phrase(scan, affiliation.start, affiliation.end, True, article)
        if reading.side is None:
            vietnamese = _vietnamese_like(run.text)
            # "ông Tập Cận Bình" with no title anywhere, or "Chủ tịch Tập Cận Bình" in an article about China that
            # never speaks of Việt Nam: Chinese names are written in Sino-Vietnamese syllables.
            weak = not chain or (not article.vietnamese_context and bool(_SINO_NAMES & set(article.foreign_codes)))
            reading = _Reading("vn" if vietnamese else "foreign", None if vietnamese else reading.partner,
                               national=vietnamese)
        if reading.side == "foreign" and reading.partner is None:
            # "ngài Park Won-soon, Đặc phái viên của Tổng thống Hàn Quốc": the country of the apposition; else,
            # for "Thủ tướng Shinzo Abe" in an article about Japan, the country the article is about.
            apposition = re.match(r"\s*,\s*[^,;.]{0,80}", scan.text[run.end:])
            countries = [g for g in scan.geo if apposition and run.end <= g.start < run.end + apposition.end()
                         and g.kind == "country" and _code(g) != "VN"]
            code = _code(countries[0]) if countries else article.main_country() if party.rank > 0 else None
            if code is not None and (country := gazetteer.country_by_name(code)) is not None:
                reading.partner = country_partner(country)
        party.side, party.partner, party.locality, party.national, party.strong = (
            reading.side, reading.partner, reading.locality, reading.national, reading.strong)
        party.not_met = _in_not_met(scan, run.start)
        party.weak = weak and party.side == "vn"
        parties.append(party)
    return parties


def _geo_before(scan: _Scan, run: _NameRun) -> gazetteer.Mention | None:
    for g in scan.geo:
        if g.kind in ("country", "place") and 0 <= run.start - g.end <= 1 and re.search(
                r"(?:đồng cấp|phía|ngoại trưởng|nghị sĩ)\s+$", scan.text[max(0, g.start - 12):g.start]):
            return g
    return None


def _after_company(scan: _Scan, run: _NameRun) -> _NameRun:
    """"Chủ tịch Tập đoàn Nidec Shigenobu Nagamori": the company's name is glued to the person's."""
    if run.j - run.i < 3 or not re.search(r"(?i)(?:tập đoàn|công ty|ngân hàng|quỹ|hãng|tổ chức)\s+$",
                                           scan.text[max(0, run.start - 12):run.start]):
        return run
    first = scan.tokens[run.i + 1]
    return _NameRun(run.i + 1, run.j, first.start, run.end, scan.text[first.start:run.end])


def _next_word(text: str, pos: int) -> str:
    m = re.match(r"\W*(\w+)", text[pos:])
    return m.group(1).lower() if m else ""


def _delegation_parties(scan: _Scan, persons: list[Party], article: _Article) -> list[Party]:
    """"Đoàn ... do X dẫn đầu", "X dẫn đầu Đoàn ...", and "Đoàn <body>" alone."""
    text = scan.text
    out: list[Party] = []
    for m in _DELEGATION.finditer(text):
        if _NOT_DELEGATION.search(text[max(0, m.start() - 7):m.start()]):
            continue  # "Tập đoàn", "Liên đoàn", "sư đoàn": not a delegation
        aff_start = m.end()
        rest = text[aff_start:]
        head: Party | None = None
        do = re.search(r"\s+do\s+", rest[:200])
        aff_end = _body_end(scan, m.start(), loose=True)
        end = aff_end
        if do and not re.search(r"[.;:]|\s(?:đã|đang|sẽ|vừa|có|tiếp|được|cùng|bắt đầu|thăm|với)\s",
                                text[aff_start:aff_start + do.start() + 1]):
            after_do = aff_start + do.end()
            lead_end = _DELEGATION_HEAD_END.search(text, after_do)
            if lead_end and lead_end.start() - after_do < 260:
                aff_end = aff_start + do.start()
                heads = [p for p in persons if after_do <= p.start < lead_end.start()]
                head = heads[0] if heads else None
                end = lead_end.end()
        else:
            # "Esteban Lazo Hernandez dẫn đầu Đoàn đại biểu ..."
            before = re.search(r"\s(?:dẫn đầu|đứng đầu)\s+(?:các\s+)?$", text[max(0, m.start() - 14):m.start() + 1])
            if before:
                heads = [p for p in persons if p.end <= m.start() and m.start() - p.end < 16]
                head = heads[-1] if heads else None
        aff = text[aff_start:aff_end].strip(" ,")
        aff_words = re.sub(r"(?i)^(?:đại biểu|công tác|cấp cao|quan chức|doanh nghiệp|hỗn hợp|liên ngành|các|của|"
                           r"và|[,\s])+", "", aff)
        party = Party("delegation", m.start(), end, head=head)
        reading = _Reading(None)
        if aff_words:
            a0 = aff_start + aff.find(aff_words) if aff_words in aff else aff_start
            reading = _read_phrase(scan, a0, aff_end, False, article)
        if head is not None:
            party.person, party.title, party.title_head = head.person, head.title, head.title_head
            party.rank = head.rank
            if reading.side is None or (reading.side == head.side == "foreign" and _more_specific(head.partner,
                                                                                                     reading.partner)):
                inner = head.partner
                if reading.partner is not None and inner is not None:
                    inner = with_parent(inner, reading.partner)
                reading = _Reading(head.side, inner or reading.partner, head.locality, head.national)
        if reading.side is None:
            if head is None and not aff_words:
                party.kind = "anaphor"
            elif head is None:
                continue
        party.side, party.partner, party.locality, party.national = (
            reading.side, reading.partner, reading.locality, reading.national)
        party.not_met = _in_not_met(scan, m.start())
        out.append(party)
    return out


def _more_specific(inner: PartnerRef | None, outer: PartnerRef | None) -> bool:
    if inner is None:
        return False
    if outer is None:
        return True
    if inner.country_code != outer.country_code:
        return False
    order = {"city": 0, "council": 0, "province": 1, "state": 1, "organization": 2, "embassy": 2, "country": 3}
    return order.get(inner.kind, 3) < order.get(outer.kind, 3)


def _body_parties(scan: _Scan, taken: list[tuple[int, int]], article: _Article) -> list[Party]:
    """Bodies named without a person: "Tập đoàn Nidec", "Bộ Tư pháp Nhật Bản", "lãnh đạo HĐND TP HCM"."""
    text = scan.text
    out: list[Party] = []

    def free(s: int, e: int) -> bool:
        return not any(a < e and s < b for a, b in taken) and not any(p.start < e and s < p.end for p in out)

    # Local Vietnamese bodies: a province right after "UBND", "lãnh đạo", "Tỉnh ủy"...
    for g in scan.geo:
        if g.kind != "province":
            continue
        lead = _LOCAL_BODY.search(text[max(0, g.start - 40):g.start])
        if lead and free(g.start - len(lead.group()), g.end):
            out.append(Party("body", g.start - len(lead.group()), g.end, side="vn", locality=_name(g),
                             not_met=_in_not_met(scan, g.start)))
    # National Vietnamese bodies (the gazetteer leaves out "Quốc hội Cuba", "Bộ Tư pháp Nhật Bản").
    for b in scan.bodies:
        start = _unit_before(text, b.start)
        if free(start, b.end) and _name(b) not in ("Chủ tịch nước",):
            out.append(Party("body", start, b.end, side="vn", national=True, not_met=_in_not_met(scan, b.start)))
    # Foreign bodies: an organisation head before a name ("Tập đoàn Nidec", "Cơ quan Cảnh sát quốc gia Nhật Bản",
    # "Quốc hội Cu Ba"), with a unit of it named first ("Ban công tác đặc biệt Chính phủ Lào").
    for pos in _org_head_positions(text):
        kind = _org_head_at(text, pos)
        if kind is None or not free(pos, pos + 1):
            continue
        end = _body_end(scan, pos)
        start = _unit_before(text, pos)
        if not free(start, end):
            continue
        reading = _read_phrase(scan, pos, end, False, article)
        name = _org_name(text, start, end)
        if reading.side is None:
            core = re.sub(r"^\S+\s+", "", name)
            # "Tập đoàn Nidec" abroad reads as foreign; an acronym ("Tập đoàn BRG") or a Vietnamese word does not.
            foreign_looking = core and not _vietnamese_like(core) and not re.fullmatch(r"[A-ZĐ0-9&\s.-]+", core) \
                and article.main_country()
            if not foreign_looking:
                continue
            reading = _Reading("foreign", organization_partner(name, article.main_country(),
                                                               kind if kind != "country" else "organization"))
        elif reading.side == "foreign" and start < pos:
            reading.partner = organization_partner(name, reading.partner.country_code if reading.partner else None)
        out.append(Party("body", start, end, side=reading.side, partner=reading.partner, locality=reading.locality,
                         national=reading.national, not_met=_in_not_met(scan, pos)))
    for o in scan.orgs:
        prev = text[max(0, o.start - 14):o.start]
        if prev.endswith("("):
            continue  # "(LHQ)", "(OFID)": an abbreviation of the name before it
        if re.search(r"(?i)\b(?:hội nghị|diễn đàn|tuần lễ|hội chợ|thượng đỉnh|cấp cao)\b[^,.;()]{0,40}$",
                     text[max(0, o.start - 45):o.start]):
            continue  # "Hội nghị Bộ trưởng Thương mại APEC": the event, not the body
        if re.search(r"(?:[A-ZĐ]\w*|(?i:hội nghị|cấp cao|thượng đỉnh|khuôn khổ|năm|tuần lễ|của|tại|ở|với))\s+\(?$",
                     prev):
            continue  # "Hội nghị Cấp cao APEC", "Cộng đồng ASEAN": an event or a name, not the body itself
        if free(o.start, o.end):
            org = _entry_org(o)
            out.append(Party("body", o.start, o.end, side="foreign",
                             partner=PartnerRef(org.name, org.kind, org.country_code or None, org.name_en),
                             not_met=_in_not_met(scan, o.start)))
    return out


_UNIT_BEFORE = re.compile(rf"(?:^|\s)((?:{_phrases('body_unit', either_case=False)})(?:\s+[a-zà-ỹđ]+){{1,4}})\s+$")


def _unit_before(text: str, pos: int) -> int:
    """Start of "Ban công tác đặc biệt | Chính phủ Lào": a unit of a body, named with lower-case words before it."""
    window = text[max(0, pos - 50):pos]
    unit = _UNIT_BEFORE.search(window)
    return pos - (len(window) - unit.start(1)) if unit else pos


# Lower-case words that also make up names between capitalised ones ("Đảng Dân chủ Tự do").
_NAME_INNER = frozenset(_words("name_inner"))


def _inside_name(scan: _Scan, k: int) -> bool:
    toks = scan.tokens
    return toks[k].text in _NAME_INNER and 0 < k < len(toks) - 1 and toks[k - 1].cap and (
        toks[k + 1].cap or toks[k + 1].text in _NAME_INNER)


def _geo_ahead(scan: _Scan, k: int) -> bool:
    """Does a country or place come within a few words, before any verb or clause break?"""
    for tok in scan.tokens[k:k + 10]:
        if any(g.start == tok.start and g.kind in ("country", "place") for g in scan.geo):
            return True
        if tok.text in ".;:()" or tok.text in _TITLE_STOP or _title_at(scan, tok.start):
            return False
    return False


def _body_end(scan: _Scan, pos: int, loose: bool = False) -> int:
    """End of a body's name: the next comma, verb or preposition (a bracketed country stays in).

    LOOSE (a delegation) also runs over "và" and a comma before a country: "đoàn quan chức và doanh nghiệp bang
    California, Hoa Kỳ"."""
    text = scan.text
    k = _token_index(scan, pos) + 1
    end = scan.tokens[k - 1].end if k - 1 < len(scan.tokens) else pos
    n = len(scan.tokens)
    while k < n:
        tok = scan.tokens[k]
        low = tok.text.lower()
        if scan.covered[k]:
            end = tok.end
            k += 1
            continue
        if tok.text == "(":
            close = text.find(")", tok.end)
            if close != -1 and close - tok.end < 40:
                end = close + 1
                k = _token_index(scan, end)
                continue
            break
        if tok.text in ",.;:!?\"“”" or tok.text in "-–—" or (tok.text in _TITLE_STOP and not _inside_name(scan, k)):
            nxt = scan.tokens[k + 1] if k + 1 < n else None
            if low == "và" and nxt is not None and (loose or nxt.cap) and not _title_at(scan, nxt.start) \
                    and not _org_head_at(text, nxt.start) and not _HONORIFIC.match(nxt.text + " "):
                k += 1
                continue
            if loose and tok.text == "," and nxt is not None and any(g.start == nxt.start and g.kind == "country"
                                                                     for g in scan.geo):
                k += 1
                continue
            if tok.text == "," and nxt is not None and nxt.cap and not _title_at(scan, nxt.start) and \
                    not _org_head_at(text, nxt.start) and not _geo_in(scan, pos, tok.start) and _geo_ahead(scan, k + 1):
                k += 1  # "Bộ Thương mại, Du lịch, Đầu tư nước Úc": a name listing its fields
                continue
            break
        if k - _token_index(scan, pos) > 20:
            break
        end = tok.end
        k += 1
    return end


def _bare_title_parties(scan: _Scan, taken: list[tuple[int, int]], article: _Article) -> list[Party]:
    """Titles not followed by a name: "Thủ tướng đánh giá cao...", "Thị trưởng thành phố Oakland và ..."."""
    out: list[Party] = []
    for t in scan.titles:
        if any(a <= t.start < b for a, b in taken) or any(p.start <= t.start < p.end for p in out):
            continue
        before = scan.text[max(0, t.start - 12):t.start].lower()
        if re.search(r"(?:hai|các|những|cấp|vị|nguyên|cựu|hội nghị|diễn đàn)\s+$", before):
            continue  # "hai Thủ tướng", "Hội nghị Bộ trưởng Thương mại APEC": no one person
        end = _body_end(scan, t.start) if t.end < len(scan.text) else t.end
        end = max(end, t.end)
        reading = _read_phrase(scan, t.start, end, True, article)
        party = Party("bare", t.start, end, title=scan.text[t.start:end].strip(), title_head=_title(t).text,
                      rank=_title(t).rank)
        side = reading.side
        if side is None:
            side = "foreign" if _title(t).side == "foreign" else "vn"
        known = article.by_title(_title(t).text, side, scan.index)
        party.weak = reading.side is None and known is None
        if known is not None and (reading.partner is None or known.partner is None or
                                  partner_key(known.partner) == partner_key(reading.partner)) and (
                reading.locality is None or known.locality == reading.locality):
            party.person = known.person
            reading = _Reading(side, reading.partner or known.partner, reading.locality or known.locality,
                               known.national if reading.side is None else reading.national)
        party.side, party.partner, party.locality, party.national = (
            side, reading.partner, reading.locality, reading.national if reading.side else side == "vn")
        party.strong = reading.strong
        party.not_met = _in_not_met(scan, t.start)
        out.append(party)
    return out


def _appositions(scan: _Scan, persons: list[Party], bare: list[Party]) -> list[Party]:
    """"Tổng Giám đốc Quỹ Phát triển quốc tế ... (OFID), ông Suleiman Jasir Al-Herbish": the title before the comma
    is the named person's. Returns the bare titles left."""
    left = []
    for b in bare:
        person = next((p for p in persons if not p.titled and p.start >= b.end
                       and re.fullmatch(r"[^,.;:]{0,70},\s*", scan.text[b.end:p.start])
                       and re.match(_APPOSITION, scan.text[p.start:p.start + 6])), None)
        if person is None:
            left.append(b)
            continue
        person.title, person.title_head, person.rank = b.title, b.title_head, b.rank
        if b.strong or person.partner is None:
            person.partner = b.partner if person.side == "foreign" or b.strong else person.partner
        if b.strong:
            person.side, person.locality, person.national, person.strong = b.side, b.locality, b.national, True
        person.start = b.start
    return left


def find_parties(scan: _Scan, article: _Article, bodies_too: bool = True) -> list[Party]:
    """Every party of one sentence, in text order (people first claim their spans).

    Without BODIES_TOO only people, delegations and titles are read: what the first pass needs to learn who is who."""
    persons = _person_parties(scan, article)
    delegations = _delegation_parties(scan, persons, article)
    heads = {id(d.head) for d in delegations if d.head is not None}
    persons = [p for p in persons if id(p) not in heads]
    taken = [(p.start, p.end) for p in (*persons, *delegations)]
    # The first pass needs bare titles only to lend them to a name after a comma ("..., ông X").
    needs_bare = bodies_too or bool(_APPOSED_NAME.search(scan.text))
    bare = _bare_title_parties(scan, taken, article) if needs_bare else []
    taken += [(b.start, b.end) for b in bare]
    bodies = _body_parties(scan, taken, article) if bodies_too else []
    bare = _appositions(scan, persons, bare)
    parties = sorted([*persons, *delegations, *bodies, *bare], key=lambda p: p.start)
    for p in parties:
        p.sentence = scan.index
        if p.kind == "anaphor" and (ref := article.delegation_before(scan.index, p.start)) is not None:
            p.side, p.partner, p.locality, p.national = ref.side, ref.partner, ref.locality, ref.national
            p.person, p.title, p.title_head = ref.person, ref.title, ref.title_head
    return [p for p in parties if p.side is not None]


# ---------------------------------------------------------------------------------------------- cues


@cache
def _cue_pattern() -> re.Pattern[str]:
    # Signing, talking to the press and round tables are not meetings between the two sides by themselves.
    skipped = {"ký kết", "trao đổi với", "tọa đàm với"}
    verbs = [v.text for v in gazetteer.meeting_verb_entries() if v.mode == "in_person" and v.text not in skipped]
    alternation = "|".join(re.escape(v).replace(r"\ ", r"\s+") for v in sorted(set(verbs), key=len, reverse=True))
    # A session is a meeting of two sides only "between" them: "kỳ họp lần thứ 22 giữa Ban ... và Ban ...".
    session = r"(?:kỳ|phiên|cuộc)\s+họp(?=[^.;]{0,40}\bgiữa\b)"
    return re.compile(rf"(?i)(?<![\w])(?:{session}|(?:{_EVENT_CLASSIFIER}\s+)?(?:{alternation}))(?![\w])")


# Verb + word that is no meeting: "tiếp tục" (continue), "thăm dò" (survey), "gặp khó" (meet trouble)...
# Shared with triage, which drops these phrases before looking for a meeting verb.
CUE_BLOCKER_PHRASES = (
    r"tiếp\s+(?:tục|nhận|cận|theo|thu|tế|diễn|giáp|viên|thị|sức|tay|xúc|vận|quản|nối|đó|sau|lửa|bước|"
    r"đãi|ứng|liệu|khách|đến|đó|tới|sau đó)|thăm\s+(?:dò|khám|hỏi|quan|thú|nom|viếng)|"
    r"đón\s+(?:nhận|đầu|Tết|năm|xem|chờ|về)|gặp\s+(?:khó|phải|nạn|sự|trở|vấn|rủi|sự cố)|"
    r"chào\s+(?:bán|hàng|giá|đời|thầu|cờ)"
)
_CUE_BLOCKERS = re.compile(rf"(?i)^(?:{CUE_BLOCKER_PHRASES})")


@cache
def _cue_stems() -> tuple[str, ...]:
    """A telling word of every cue (and "họp" of sessions): a sentence with none of them has no cue."""
    frequent = {"có", "chủ", "trì", "đến", "buổi", "cuộc", "với", "và"}  # in every other sentence
    verbs = {v.text.lower() for v in gazetteer.meeting_verb_entries() if v.mode == "in_person"}
    return tuple(sorted({next(w for w in v.split() if w not in frequent) for v in verbs} | {"họp"}))


def _cues(text: str) -> list[tuple[int, int, bool]]:
    """(start, end, is_noun) of meeting verbs and event nouns in a sentence."""
    lowered = text.lower()
    if not any(stem in lowered for stem in _cue_stems()):
        return []  # most sentences: a substring test instead of the case-insensitive pattern
    out = []
    for m in _cue_pattern().finditer(text):
        word = m.group()
        core = re.sub(rf"(?i)^{_EVENT_CLASSIFIER}\s+", "", word)
        if _CUE_BLOCKERS.match(text[m.start() + len(word) - len(core):]):
            continue
        before = text[max(0, m.start() - 14):m.start()].lower()
        if core.lower().startswith("tiếp") and re.search(r"(?:trực|liên|kế|đón|tiếp|tiếp theo)\s+$", before):
            continue
        if re.search(r"(?i)\bsự\s+$", before):
            continue  # "sự đón tiếp nồng hậu": the reception as a quality, named in thanks
        if core.lower().startswith("thăm") and re.search(r"(?:chuyến|cuộc|đợt|lần|dịp|thời gian|ở|để|lại)\s+$",
                                                         before):
            continue  # "chuyến thăm" names a visit, not a meeting with someone
        if core.lower() == "chào" and not re.match(r"(?i)chào\s+(?:mừng|đón|xã giao|từ biệt|cấp cao|hỏi)",
                                                      text[m.start() + len(word) - len(core):]):
            continue
        out.append((m.start(), m.end(), core != word))
    return out


# ---------------------------------------------------------------------------------------------- assembly


@dataclass
class _Found:
    """A meeting as read from one sentence, before merging."""

    vn: Party
    foreign: Party
    sentence: int
    evidence: str
    date: DateMention | None
    primary: bool = True
    reporting: bool = False  # read from "Tại buổi tiếp, ..." only: it adds to a meeting, it does not make one
    future: bool = False  # "sẽ hội đàm", "dự kiến gặp": planned, not reported


def _pick(parties: list[Party], cue: tuple[int, int, bool], side: str) -> list[Party]:
    return [p for p in parties if p.side == side and not p.not_met and not p.weak]


def _distance(p: Party, cue: tuple[int, int, bool]) -> int:
    if p.end <= cue[0]:
        return cue[0] - p.end
    if p.start >= cue[1]:
        return p.start - cue[1] + 1
    return 0


_MAX_VN_DISTANCE = 250  # characters between a meeting cue and the Vietnamese party
_MAX_FOREIGN_DISTANCE = 160  # ... and the first foreign party (the rest of an object list may follow it)


def _sentence_meetings(parties: list[Party], cues: list[tuple[int, int, bool]], text: str) -> list[tuple[Party, Party]]:
    """(Vietnamese party, foreign party) pairs the meeting cues of one sentence report.

    A verb takes the party right after it as its object ("tiếp ông X", "hội đàm với Thủ tướng Y", "được Thủ tướng
    Lào ... tiếp" puts the host before it); a verb whose object is something else ("gặp mặt cựu quân nhân", "thăm Hoa
    Kỳ") reports no meeting with a party named further on. An event noun ("Tại buổi tiếp, ...") pairs the nearest
    parties of both sides."""
    pairs: list[tuple[Party, Party]] = []
    clauses = [0] + [m.end() for m in _CLAUSE_BREAK.finditer(text)] + [len(text) + 1]
    for cue in cues:
        lo = max(c for c in clauses if c <= cue[0])
        hi = min(c for c in clauses if c > cue[0])
        local = [p for p in parties if lo <= p.start < hi or (p.start < lo < p.end)]
        # Parties far from the cue belong to another clause of a long sentence ("Trao đổi với báo ..., ông X cho
        # hay ... kiến nghị lên UNESCO").
        vns = [p for p in _pick(local, cue, "vn") if _distance(p, cue) <= _MAX_VN_DISTANCE]
        foreigners = [p for p in _pick(local, cue, "foreign") if _distance(p, cue) <= _MAX_FOREIGN_DISTANCE]
        if re.fullmatch(r"(?i)(?:đến\s+)?thăm", text[cue[0]:cue[1]]):
            # Visiting a company, a museum or an exhibition is no meeting; visiting someone is.
            foreigners = [p for p in foreigners if p.person]
        if not vns or not foreigners:
            continue
        after = sorted((p for p in local if p.start >= cue[1]), key=lambda p: p.start)
        immediate = after[0] if after and _OBJECT_GAP.fullmatch(text[cue[1]:after[0].start]) else None
        before_vn = [p for p in vns if p.end <= cue[0] + 1]
        before_foreign = [p for p in foreigners if p.end <= cue[0] + 1]
        if immediate is not None and immediate in foreigners:
            named = [p for p in vns if p.person] or vns
            vn = min(named, key=lambda p: (_distance(p, cue), p.end > cue[0]))
            objects = _coordinated([p for p in foreigners if p.start >= immediate.start], text)
        elif immediate is not None and immediate in vns and before_foreign:
            vn, objects = immediate, [max(before_foreign, key=lambda p: p.end)]
        elif (cue[2] and immediate is None) or (
                immediate is None and before_vn and before_foreign and _NOTHING_AFTER.match(text[cue[1]:])):
            named = [p for p in vns if p.person] or vns
            vn = min(named, key=lambda p: (_distance(p, cue), p.end > cue[0]))
            objects = [min(foreigners, key=lambda p: _distance(p, cue))]
        else:
            continue
        for f in objects:
            pairs.append((vn, f))
    return pairs


# What may stand between a meeting verb and its object: "tiếp thân mật ông ...", "hội đàm với Thủ tướng ...",
# "tiếp lãnh đạo các Hội Hữu nghị ...".
_OBJECT_GAP = re.compile(
    r"(?i)\s*(?:(?:với|thân mật|xã giao|chính thức|song phương|lại|các|những|cả|một số|đại diện|lãnh đạo|ban lãnh đạo|"
    r"riêng|trọng thể|nồng nhiệt|tại[^,;.]{0,40}?,)\s+)*"
)
# "A và B đã hội đàm." / "... đã tiến hành hội đàm, đánh giá ...": both sides before a verb with no object.
_NOTHING_AFTER = re.compile(r"(?i)\s*(?:[,.;:]|$|về\b|tại\b|trong\b|nhằm\b|để\b|với nhau\b|song phương\b|cấp cao\b|"
                            r"chính thức\b|thân mật\b|trực tiếp\b)")


def _coordinated(parties: list[Party], text: str) -> list[Party]:
    """The first party and those joined to it by ",", ";" or "và" (an object list)."""
    out = [parties[0]]
    for p in parties[1:]:
        gap = text[out[-1].end:p.start]
        if re.fullmatch(r"\s*(?:,|;|và|,\s*và|cùng)?\s*(?:các\s+)?(?:lãnh đạo|đại diện)?\s*(?:các\s+)?", gap):
            out.append(p)
        else:
            break
    return out


def _reporting(text: str, cue: tuple[int, int, bool]) -> bool:
    """"Tại buổi tiếp, ...", "Trong cuộc hội đàm, ...": the sentence reports what was said, its dates are other
    events ("cuộc bầu cử ... (15/3/2017)")."""
    return cue[2] and bool(re.search(r"(?i)(?:tại|trong|sau|kết thúc|bên lề)\s+$", text[max(0, cue[0] - 12):cue[0]]))


def _meeting_day(text: str, cues: list[tuple[int, int, bool]], own: DateMention | None, last: DateMention | None,
                 reporting: bool) -> DateMention | None:
    """The day of a meeting read from TEXT: its own date, else "cùng ngày" or the day the narration is at.

    Not inherited: an earlier event ("Trước đó, ..."), a future meeting ("sẽ hội đàm") and a day given as a
    range ("từ ngày 29-31/5": the visit, not the meeting)."""
    if own is not None and (not reporting or re.match(r"(?i)(?:sáng|chiều|tối|trưa)\b", own.text)):
        return own
    if _SAME_DAY.search(text):
        return last
    first_cue = min(c[0] for c in cues)
    if _BEFORE.match(text) or _FUTURE.search(text[:first_cue]):
        return None
    return last


def _in_brackets(text: str, d: DateMention) -> bool:
    return d.year is not None and text.rfind("(", 0, d.start) > text.rfind(")", 0, d.start)


def _pick_date(dates: list[DateMention], text: str) -> DateMention | None:
    """The meeting's own day: a time-of-day or "ngày" mention that is not the start of a visit range."""
    # A full date in brackets is a reference ("(8-11-1972 / 8-11-2017)", "(15/3/2017)"), not the day of a meeting.
    singles = [d for d in dates if d.day is not None and (r := date_range(d)) is not None and r[0] == r[1]
               and not (d.year is not None and d.text.startswith("(") or _in_brackets(text, d))]
    timed = [d for d in singles if re.match(r"(?i)(?:sáng|chiều|tối|trưa|đêm|chiều tối)\b", d.text)]
    for group in (timed, singles):
        if group:
            return group[0]
    return None


def _secondary(scan: _Scan, primary: _Found) -> list[_Found]:
    """Several Vietnamese provinces met in one list ("lãnh đạo ... thành phố Hà Nội, TP. Hồ Chí Minh, ... và tỉnh
    Long An", "Bí thư Tỉnh ủy các tỉnh Quảng Ninh, Lạng Sơn, Hà Giang, Cao Bằng")."""
    text = scan.text
    cue = _LIST_CUE.search(text)
    if cue is None:
        return []
    provinces = [g for g in scan.geo if g.kind == "province" and g.start > cue.start()]
    runs: list[list[gazetteer.Mention]] = []
    for g in provinces:
        if runs and re.fullmatch(r"\s*(?:,|và|,\s*và)\s*(?:các\s+)?(?:tỉnh|thành phố|TP\.?)?\s*",
                                 text[runs[-1][-1].end:g.start]):
            runs[-1].append(g)
        else:
            runs.append([g])
    out = []
    for run in runs:
        if len(run) < 2:
            continue
        for g in run:
            vn = Party("body", g.start, g.end, side="vn", locality=_name(g))
            out.append(_Found(vn, primary.foreign, primary.sentence, text, None, primary=False))
    return out


def _merge_key(found: _Found) -> tuple[str | None, str]:
    return (found.vn.locality if not found.vn.national else None, partner_key(found.foreign.partner))  # type: ignore


def _unify_partners(found: list[_Found]) -> None:
    """One article, one name per organisation: "Công ty Nidec Shimpo" and "Tập đoàn Nidec" are one partner,
    "Hội Hữu nghị Nhật-Việt tỉnh Sakai" and "... thành phố Sakai" too (the first or broader name is kept)."""
    refs: list[PartnerRef] = []
    for f in found:
        ref = f.foreign.partner
        if ref is not None and ref.kind == "organization" and ref not in refs:
            refs.append(ref)
    canonical: dict[PartnerRef, PartnerRef] = {}
    for ref in refs:
        core = _org_core(ref.name)
        for other in refs:
            if other is ref or other.country_code != ref.country_code:
                continue
            oc = _org_core(other.name)
            if not oc or not core:
                continue
            if (oc == core and refs.index(other) < refs.index(ref)) or (
                    oc != core and len(oc) >= 3 and f" {oc} " in f" {core} "):
                canonical[ref] = canonical.get(other, other)
                break
    for f in found:
        if f.foreign.partner in canonical:
            f.foreign = replace(f.foreign, partner=canonical[f.foreign.partner])


def _org_core(name: str) -> str:
    """The distinctive words of an organisation's name: heads and unit words dropped ("tập đoàn", "tỉnh")."""
    words = re.sub(r"\s*[-–]\s*", " ", _fold(name)).split()
    heads = _head_keys()
    while words and (words[0] in heads or " ".join(words[:2]) in heads):
        words = words[2:] if " ".join(words[:2]) in heads else words[1:]
    text = " " + " ".join(words) + " "
    for unit in (" thanh pho ", " tinh ", " tp ", " tp. ", " bang "):
        text = text.replace(unit, " ")
    return " ".join(text.split())


def find_meetings(title: str, body: str) -> list[Meeting]:
    """The Vietnam–foreign meetings TITLE and BODY report; [] when there are none."""
    return meetings_in(title, article_sentences(body))


def meetings_in(title: str, sentences: list[str]) -> list[Meeting]:
    """find_meetings over a body already cut by article_sentences (extract reuses the sentences for figures)."""
    article = _Article()
    texts = [normalize_text(title).strip()] + sentences
    cues_of = [_cues(t) for t in texts]
    if not any(cues_of):
        return []  # no sentence speaks of a meeting: nothing to read (most articles stop here)
    scans = [_scan(t) for t in texts]
    for i, scan in enumerate(scans):
        scan.index = i
    for scan in scans:
        article.foreign_codes += [_code(g) for g in scan.geo if g.kind == "country" and _code(g) != "VN"]
        article.foreign_codes += [_code(g) for g in scan.geo if g.kind == "place"]
        article.localities += [_name(g) for g in scan.geo if g.kind == "province"]
        # Generic bodies ("chính phủ", "Bộ Ngoại giao") are every country's; only Việt Nam or a province says it.
        article.vietnamese_context = article.vietnamese_context or any(
            g.kind == "province" or (g.kind == "country" and _code(g) == "VN") for g in scan.geo)
    # Two passes: the first learns who is who, the second reads meetings with that knowledge.
    for scan in scans:
        if scan.may_name_someone:
            for p in find_parties(scan, article, bodies_too=False):
                article.remember(p)
    found: list[_Found] = []
    last_date: DateMention | None = None
    last_codes: set[str] = set()  # foreign countries of the sentence that gave last_date
    visits: list[_Found] = []
    for idx, scan in enumerate(scans):
        cues = cues_of[idx]
        own_date = _pick_date(find_dates(scan.text), scan.text) if idx > 0 else None
        # Only a sentence with a meeting cue or a date can make or date a meeting; the others wait (see
        # _implicit_meeting).
        visit = own_date is not None and "thăm" in scan.text
        parties = _parties_of(scan, article) if cues or visit else []
        reporting = bool(cues) and all(_reporting(scan.text, cue) for cue in cues)
        pairs = _sentence_meetings(parties, cues, scan.text)
        if pairs and idx > 0:
            date = _meeting_day(scan.text, cues, own_date, last_date, reporting)
            inherited = date is not None and date is last_date and not _SAME_DAY.search(scan.text)
            for vn, foreign in pairs:
                if foreign.partner is None:
                    continue
                # The day the narration is at belongs to this meeting only if it was about the same country.
                day = None if inherited and foreign.partner.country_code not in last_codes else date
                found.append(_Found(vn, foreign, idx, scan.text, day, reporting=reporting,
                                    future=bool(_FUTURE.search(scan.text[:min(c[0] for c in cues)]))))
        elif pairs:
            found.extend(_Found(vn, f, idx, scan.text, None, future=bool(_FUTURE.search(scan.text)))
                         for vn, f in pairs if f.partner is not None)
        elif visit:
            visits.extend(_visits(scan, parties, idx, own_date))
        if own_date is not None and not reporting and not _DEPARTURE.search(scan.text):
            last_date = own_date
            last_codes = {_code(g) for g in scan.geo if g.kind == "country"} | {
                _code(g) for g in scan.geo if g.kind == "place"} | {
                p.partner.country_code for p in parties if p.partner is not None and p.partner.country_code}
    # Planned meetings count only in an article that reports no held one ("Thủ tướng sẽ hội đàm với ..." as the
    # news itself, not as an aside in a report of another meeting).
    if any(not f.future for f in found):
        found = [f for f in found if not f.future]
    # "Tại buổi tiếp, ..." sentences add to a meeting read elsewhere; alone they make one only when nothing else does.
    held = {partner_key(f.foreign.partner) for f in found if not f.reporting and f.foreign.partner is not None}
    if held:
        found = [f for f in found if not f.reporting or partner_key(f.foreign.partner) in held]  # type: ignore[arg-type]
    if not found:
        found = _implicit_meeting(scans, article)
    if not found:
        return []
    primaries = [f for f in found if f.primary]
    for idx, scan in enumerate(scans):
        if any(f.sentence == idx for f in primaries) or _LIST_CUE.search(scan.text):
            found.extend(_secondary(scan, primaries[0]))
    _unify_partners(found)
    return _assemble(found, visits, article)


def _parties_of(scan: _Scan, article: _Article) -> list[Party]:
    if scan.parties is None:
        scan.parties = find_parties(scan, article)
    return scan.parties


def _implicit_meeting(scans: list[_Scan], article: _Article) -> list[_Found]:
    """A reception the article only alludes to: "Phát biểu tại buổi tiếp, ông Võ Văn Hoan ..." with the guest,
    "Ông David Toland", named elsewhere and the partner in the headline ("... và bang Kansas (Hoa Kỳ)").

    The Vietnamese party of the event sentence meets the foreign partner the article names most, when the
    headline names that partner too."""
    event = None
    for scan in scans[1:]:
        if any(c[2] for c in _cues(scan.text)):
            vns = [p for p in _parties_of(scan, article) if p.side == "vn" and p.person and not p.not_met]
            if vns:
                event = (scan, vns[0])
                break
    if event is None:
        return []
    counts: Counter[str] = Counter()
    refs: dict[str, Party] = {}
    for scan in scans:
        for p in _parties_of(scan, article):
            if p.side == "foreign" and p.partner is not None and not p.not_met:
                key = partner_key(p.partner)
                counts[key] += 1
                if key not in refs or (p.person and not refs[key].person):
                    refs[key] = p
    if not counts:
        return []
    key, _ = counts.most_common(1)[0]
    foreign = refs[key]
    headline = scans[0]
    partner = foreign.partner
    assert partner is not None
    in_headline = any(
        (g.kind == "place" and partner.kind in ("state", "province", "city") and _name(g) == partner.name)
        or (g.kind == "country" and _code(g) == partner.country_code) for g in headline.geo)
    if not in_headline:
        return []
    if foreign.person is None:
        # The guest named without a title ("Ông David Toland cho biết bang Kansas ..."): the foreign-looking
        # person who shares a sentence with the partner.
        for scan in scans:
            parties = _parties_of(scan, article)
            names = [p for p in parties if p.side == "foreign" and p.person and p.partner is None]
            if names and (partner.name in scan.text or any(
                    q.partner is not None and partner_key(q.partner) == key for q in parties)):
                foreign = replace(foreign, person=names[0].person, title=foreign.title)
                break
    scan, vn = event
    return [_Found(vn, foreign, scan.index, scan.text, None)]


def _visits(scan: _Scan, parties: list[Party], idx: int, date: DateMention | None) -> list[_Found]:
    """"Đoàn ... Cuba thăm và làm việc tại tỉnh Bến Tre" (dated): dates a meeting of the same partner there."""
    if date is None or not re.search(r"(?i)\bthăm\b", scan.text):
        return []
    foreigners = [p for p in parties if p.side == "foreign" and p.partner is not None and not p.not_met]
    if not foreigners:
        return []
    provinces = [g for g in scan.geo if g.kind == "province"]
    vn_country = [g for g in scan.geo if g.kind == "country" and _code(g) == "VN"]
    locality = _name(provinces[-1]) if provinces else None
    if locality is None and not vn_country:
        return []
    vn = Party("body", 0, 0, side="vn", locality=locality, national=locality is None)
    return [_Found(vn, foreigners[0], idx, scan.text, date)]


def _assemble(found: list[_Found], visits: list[_Found], article: _Article) -> list[Meeting]:
    groups: dict[tuple[str | None, str, str | None], list[_Found]] = {}
    order: list[tuple[str | None, str, str | None]] = []
    for f in sorted(found, key=lambda f: f.reporting):
        loc, pkey = _merge_key(f)
        person = " ".join(fold(f.vn.person).split()) if f.primary and f.vn.person else None
        key = (loc, pkey, person)
        if key not in groups:
            # An unnamed Vietnamese side, or a "Tại buổi tiếp" sentence, joins the meeting of that partner.
            if person is None or f.reporting:
                named = [k for k in order if k[0] == loc and k[1] == pkey]
                if named:
                    key = named[0]
            elif (loc, pkey, None) in groups:
                groups[key] = groups.pop((loc, pkey, None))
                order[order.index((loc, pkey, None))] = key
        if key not in groups:
            groups[key] = []
            order.append(key)
        groups[key].append(f)
    meetings: list[Meeting] = []
    seen_secondary: set[tuple[str | None, str]] = set()
    for key in order:
        items = groups[key]
        primary = any(f.primary for f in items)
        if not primary:
            if (key[0], key[1]) in seen_secondary or any(k[0] == key[0] and k[1] == key[1] and any(
                    f.primary for f in groups[k]) for k in order):
                continue
            seen_secondary.add((key[0], key[1]))
        first = next((f for f in items if f.primary), items[0])
        vn = next((f.vn for f in items if f.vn.person), first.vn)
        foreign = next((f.foreign for f in items if f.foreign.person), first.foreign)
        partner = first.foreign.partner
        assert partner is not None
        date = next((f.date for f in items if f.date is not None), None) if primary else None
        if date is None and primary:
            date = next((v.date for v in visits if _merge_key(v) == (key[0], key[1])), None)
        vn_person = vn.person
        vn_title = vn.title
        if vn_person is None and primary:
            filler = _fill_vn(article, vn, next((f.evidence for f in items if f.vn is vn), first.evidence))
            if filler is not None:
                vn_person, vn_title = filler.person, vn_title or filler.title
        if primary and vn_person is None and (vn.national or not any(f.foreign.person for f in items if f.primary)):
            continue  # bodies alone ("chào xã giao UBND Đà Nẵng" in a programme, "ghế của Quốc hội") make no meeting
        foreign_person, foreign_title = foreign.person, foreign.title
        if foreign_person is None:
            filler = _fill_foreign(article, partner)
            if filler is not None:
                foreign_person, foreign_title = filler.person, foreign_title or filler.title
        evidence = " ".join(dict.fromkeys(f.evidence for f in items if f.primary or not primary))
        meetings.append(Meeting(
            partner=partner, evidence=evidence, vn_locality=vn.locality if not vn.national else None,
            vn_person=vn_person, vn_title=vn_title, foreign_person=foreign_person, foreign_title=foreign_title,
            date=date, is_primary=primary,
        ))
    # Dated primary meetings first: they are what the article is about.
    return sorted(meetings, key=lambda m: (not m.is_primary, m.date is None and m.is_primary))


def _fill_vn(article: _Article, vn: Party, evidence: str) -> Party | None:
    if vn.kind == "body":
        # "Ban công tác đặc biệt Chính phủ Việt Nam" is led by the person whose title names it.
        body = fold(evidence[vn.start:vn.end]) if vn.end <= len(evidence) else ""
        for p in article.order:
            if p.side == "vn" and p.person and body and body in fold(p.title or ""):
                return p
    if vn.title_head:
        known = article.by_title(vn.title_head, "vn")
        if known is not None and known.person and (vn.locality is None or known.locality == vn.locality):
            return known
    if vn.locality:
        for p in article.order:
            if p.side == "vn" and p.locality == vn.locality and p.person:
                return p
    return None


def _fill_foreign(article: _Article, partner: PartnerRef) -> Party | None:
    key = partner_key(partner)
    candidates = [p for p in article.order if p.side == "foreign" and p.partner is not None and p.person
                  and partner_key(p.partner) == key and not p.not_met]
    if not candidates:
        candidates = [p for p in article.order if p.side == "foreign" and p.partner is not None and p.person
                      and partner.name and fold(partner.name) in fold(p.title or "")]
    if not candidates:
        return None
    best = max(candidates, key=lambda p: p.rank)
    return next(p for p in candidates if p.rank == best.rank)
