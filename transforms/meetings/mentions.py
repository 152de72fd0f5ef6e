"""Mentions in one sentence: tokens, capitalised name runs, titles, places; the sentence splitter."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache
from typing import cast

from transforms import gazetteer
from transforms.lexicon import load_tsv
from transforms.records import PartnerRef
from transforms.text import fold, normalize_text

# ---------------------------------------------------------------------------------------------- grammar

_TOKEN = re.compile(r"[A-ZĐ]\.(?=[\s,])|\w+(?:[-'’]\w+)*|[^\w\s]")
# A Vietnamese syllable (on the folded form): onset, one to three vowels, coda. Names made only of such
# syllables read as Vietnamese ("Nguyễn Văn Hiếu", but also Sino-Vietnamese "Tập Cận Bình", which the
# title then decides); "Sheng", "Hwang", "Masaru", "Knapper" are foreign.
# The vowel nuclei of Vietnamese syllables with their marks folded away ("Nguyễn" -> ng + uye + n): "Hyun" or
# "Jae" have none ("yu" occurs only inside "uyu", as in "khuỷu").
_NUCLEI = ("uye", "uya", "uyu", "ieu", "yeu", "oai", "oay", "oeo", "uay", "uoi", "uou", "ai", "ao", "au", "ay", "eo",
           "eu", "ia", "ie", "iu", "oa", "oe", "oi", "oo", "ua", "ue", "ui", "uo", "uu", "uy", "ye", "a", "e", "i", "o",
           "u", "y")
_SYLLABLE = re.compile(
    rf"^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?(?:{'|'.join(_NUCLEI)})(?:ch|ng|nh|[cmnpt])?$")


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
# A military rank right before a name, as the title's first part ("Thiếu tướng | Thaw Lwin").
_RANK_BEFORE = re.compile(rf"(?:^|(?<=\s))((?-i:{_phrases('rank')}))\s+$")
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
_SENTENCE_END = re.compile(r"[.!?…]+[\"”’)]*\s+(?:[+*•]\s+)?")  # a bullet ("+ ", "* ", "• ") opens the next one
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
    if ":" not in paragraph:
        return paragraph  # a credit is "Ảnh:", "Nguồn:" ...: most paragraphs have none
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
        # A title never starts inside a place's name: "Trung Quốc Vương Gia Thụy" is China and a name, not "Quốc
        # Vương" (king).
        self.titles = [_with_deputy(text, t) for t in gazetteer.find_titles(text)
                       if not any(g.start < t.start < g.end for g in self.geo)]
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
        title = gazetteer.Mention(title.kind, title.entry, text[title.start - 4:title.end], title.start - 4, title.end)
    # "cựu" and "nguyên" (former) are part of the title as written (GUIDELINES §3).
    former = _FORMER_BEFORE.search(text, max(0, title.start - 8), title.start)
    if former is not None:
        return gazetteer.Mention(title.kind, title.entry, text[former.start():title.end], former.start(), title.end)
    return title


_FORMER_BEFORE = re.compile(r"(?<!\w)(?:[Cc]ựu|[Nn]guyên)\s+$")


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


# The continents after "châu" (Âu, Á, Phi, Mỹ, Úc, Đại Dương; "Mỹ La-tinh"): a place's word, never the first word of a
# name ("Cao ủy châu Âu Federica Mogherini", "Chủ tịch Ngân hàng Trung ương châu Âu Mario Draghi").
_CONTINENT = re.compile(r"(?:Âu|Á|Phi|Mỹ(?:\s+La-?tinh)?|Úc|Đại\s+Dương|Nam Cực)(?![\w-])")
_CONTINENT_BEFORE = re.compile(r"(?<!\w)[Cc]hâu\s+$")


def _name_runs(scan: _Scan) -> list[_NameRun]:
    """Maximal runs of capitalised words outside gazetteer mentions (a prefix-less place name glued to a
    preceding capitalised word belongs to the name: "Nguyễn Thị Định")."""
    toks, covered = scan.tokens, scan.covered
    runs: list[_NameRun] = []
    place_end: int | None = None
    i = 0
    n = len(toks)
    while i < n:
        t = toks[i]
        if not t.cap or (covered[i] and not _place_opens_name(scan, i)) or (
                t.text in _NOT_NAME and not _named_after_honorific(scan, i)) or (
                t.text.isupper() and len(t.text) > 1 and not re.fullmatch(r"[A-ZĐ]\.", t.text)):
            i += 1
            continue
        if (continent := _CONTINENT.match(scan.text, t.start)) and _CONTINENT_BEFORE.search(
                scan.text, max(0, t.start - 6), t.start):
            # "Chủ tịch Hội đồng châu Âu Donald Tusk": the continent's word is the place's, the name starts after it.
            while i < n and toks[i].start < continent.end():
                i += 1
            continue
        j = i + 1
        while j < n:
            u = toks[j]
            gap = scan.text[toks[j - 1].end:u.start]
            if gap not in (" ", "") and not (gap == " " or re.fullmatch(r"\s+", gap)):
                break
            if u.cap and not covered[j] and not (u.text.isupper() and len(u.text) > 2):
                if _opens_clause(scan, j) and not _vietnamese_like(scan.text[t.start:toks[j - 1].end]):
                    break  # "Donald Trump | Trong khuôn khổ ...": a headline glued to the first sentence
                j += 1
                continue
            if _glued_initial(scan, j):
                j += 2  # "V.Xê-ma-scô", "N.Modi": an initial glued to a foreign name is part of it
                continue
            if u.cap and covered[j] and _glued_place(scan, j):
                j += 1
                continue
            if u.text in _PARTICLES and j + 1 < n and toks[j + 1].cap and not covered[j + 1]:
                j += 2
                continue
            if u.text == "&" and j + 1 < n and toks[j + 1].cap and not covered[j + 1]:
                j += 2  # "Quỹ Bill & Melinda Gates", "Procter & Gamble": one body's name, no person (_valid_name)
                continue
            break
        text = scan.text[t.start:toks[j - 1].end]
        if _NAMED_PLACE.search(scan.text, max(0, t.start - 16), t.start) or (
                place_end is not None and re.fullmatch(r"[.\s]?", scan.text[place_end:t.start])):
            place_end = toks[j - 1].end  # the place's name, its initials included ("John F.Kennedy")
        else:
            runs.append(_NameRun(i, j, t.start, toks[j - 1].end, text))
            place_end = None
        i = j
    return runs


def _opens_clause(scan: _Scan, j: int) -> bool:
    """Does token J open a clause: a word that never belongs to a name (not_name: "Trong", "Ngày", "Theo") followed by
    a lower-case word or a number ("Trong khuôn khổ", "Ngày 7/2")?"""
    toks = scan.tokens
    return toks[j].text in _NOT_NAME and j + 1 < len(toks) and (
        toks[j + 1].text[:1].islower() or toks[j + 1].text[:1].isdigit())


def _glued_initial(scan: _Scan, j: int) -> bool:
    """Is token J the dot of an initial glued to a foreign name ("V.Volodin", "A.Lu-ca-sen-cô", "N.Modi")? Not before
    a Vietnamese-looking word: "Q.Bình Thạnh" (a district), "T.Nhung" (a byline)."""
    toks, covered = scan.tokens, scan.covered
    if toks[j].text != "." or j + 1 >= len(toks) or j == 0:
        return False
    initial, word = toks[j - 1], toks[j + 1]
    return bool(re.fullmatch(r"[A-ZĐ]", initial.text)) and initial.end == toks[j].start and \
        toks[j].end == word.start and word.cap and not covered[j + 1] and not _vietnamese_like(word.text) and \
        len(word.text) >= 3 and not word.text.isupper()  # "T.Ư", "T.W": an abbreviation, "TP.HCM" a place


# "sân bay John F.Kennedy", "cảng Tiên Sa": the name after a place noun is the place's.
_NAMED_PLACE = re.compile(rf"(?:^|(?<=[\s(]))(?:{_phrases('named_place', either_case=False)})\s+$")


def _named_after_honorific(scan: _Scan, i: int) -> bool:
    """"ông Đồng Văn Thanh", "bà Trung Thị Mai", "Đại tá Hàn Mạnh Thắng": after a lower-case honorific or a military
    rank, a capitalised word that otherwise opens no name (not_name: "Đồng chí", "Trung tướng", "Hàn") is a family
    name when a name word follows."""
    toks, covered = scan.tokens, scan.covered
    if not 0 < i < len(toks) - 1 or not toks[i + 1].cap or covered[i + 1] or toks[i + 1].start != toks[i].end + 1:
        return False
    return toks[i - 1].text in ("ông", "bà", "chí", "ngài") or bool(
        _RANK_BEFORE.search(scan.text, max(0, toks[i].start - 24), toks[i].start))


def _place_opens_name(scan: _Scan, i: int) -> bool:
    """"ông Jordan Smith", "bà Florence Parly", "ông Takeo Nakajima": a one-word place name right after a lower-case
    honorific, with a capitalised foreign word right after it, is the person's given name."""
    toks, covered = scan.tokens, scan.covered
    if not 0 < i < len(toks) - 1 or toks[i - 1].text not in ("ông", "bà", "ngài"):
        return False
    tok, after = toks[i], toks[i + 1]
    if not after.cap or covered[i + 1] or after.start != tok.end + 1 or after.text.isupper():
        return False
    one_word = any(g.start <= tok.start and tok.end <= g.end and " " not in g.text.strip() for g in scan.geo)
    return one_word and not _vietnamese_like(f"{tok.text} {after.text}")


def _glued_place(scan: _Scan, j: int) -> bool:
    """A capitalised word covered only by a prefix-less one-word geo mention inside a name ("Nguyễn Văn Nam")."""
    tok = scan.tokens[j]
    for g in scan.geo:
        if g.start <= tok.start and tok.end <= g.end:
            return " " not in g.text.strip() and g.text[:1].isupper() and g.kind != "country"
    return False


@cache
def _regions() -> tuple[str, ...]:
    return tuple(re.sub(r"[^a-z]", "", _fold(r)) for r in _words("region"))


def _region_like(name: str) -> bool:
    """A "name" that is a region of the world ("Đông Nam Á" of "nhà lãnh đạo Đông Nam Á", "Thái Bình Dương" of "châu
    Á - Thái Bình Dương"): at least 70% of its letters are a region's. Never a person."""
    letters = re.sub(r"[^a-z]", "", _fold(name))
    return bool(letters) and any(region in letters and len(region) >= 0.7 * len(letters) for region in _regions())


def _valid_name(run: _NameRun, context: bool) -> bool:
    words = [w for w in run.text.split() if not re.fullmatch(r"[A-ZĐ]\.", w)]
    if not words or _region_like(run.text) or "&" in run.text:
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


_MEMBER_BEFORE = re.compile(r"(?:[Tt]hành viên|[Ủủ]y viên)\s+[^,;.:()]{3,60}?,\s*$")
_TITLE_NOUNS = frozenset(tuple(w.split()) for w in _words("title_noun"))
_TOPIC_HEAD = re.compile(rf"(?i)(?<!\w)(?:{_phrases('topic_head')})(?!\w)")
# Heads of organ names a title runs on with: "Chủ tịch Ủy ban Tài chính Thượng viện", "Trưởng ban Đối ngoại".
_ORGAN_END = re.compile(r"(?i)(?:Ủy ban|Hội đồng|Ban|Hội|Tập đoàn|Tiểu ban|Cục|Vụ|Sở|Viện|Quỹ|Tổ hợp)$")


def _ends_title(scan: _Scan, k: int) -> bool:
    """Does token K end a title phrase: a verb, an adverb or a preposition (title_stop), not a word of a name
    ("Đảng Dân chủ Tự do") nor of a two-word noun of an organ name ("Quân đội nhân dân", "xã hội chủ nghĩa")?"""
    toks = scan.tokens
    if toks[k].text not in _TITLE_STOP or _inside_name(scan, k):
        return False
    low = toks[k].text.lower()
    pair_next = (low, toks[k + 1].text.lower()) if k + 1 < len(toks) else None
    pair_prev = (toks[k - 1].text.lower(), low) if k > 0 else None
    return pair_next not in _TITLE_NOUNS and pair_prev not in _TITLE_NOUNS


_RANK_AT = re.compile(rf"(?:{_phrases('rank')})\s")  # "và Đại tướng Mom Sophat": another person


def _organ_goes_on(scan: _Scan, k: int) -> bool:
    """After "và" or a comma at token K, does the same organ's name go on ("Bộ Kế hoạch và Đầu tư", "Bộ Văn hóa,
    Thể thao và Du lịch", "phụ trách các Hiệp định và các Vấn đề Khoa học")? Not when a title, an honorific,
    a delegation or a spouse follows: that is another person."""
    toks = scan.tokens
    j = k + 1
    if j < len(toks) and toks[j].text == "các" and toks[k].text == "và":
        j += 1
    if j >= len(toks):
        return False
    nxt = toks[j]
    if not nxt.cap or _title_at(scan, nxt.start) or nxt.text in _HONORIFICS or _HONORIFIC.match(nxt.text + " ") \
            or _RANK_AT.match(scan.text, nxt.start) or nxt.text in ("Đoàn", "Phu", "Trưởng", "Ủy", "Thành", "Đảng"):
        return False
    prev = toks[k - 1] if k > 0 else None
    return prev is not None and prev.text[0].isalnum() and not _ends_title(scan, k - 1)


def _names_organ(scan: _Scan, title: gazetteer.Mention) -> bool:
    """Is TITLE followed by the name of its organ ("Chủ tịch Ủy ban | Tài chính Thượng viện", "Tổng thư ký | Đảng
    Dân chủ Tự do"), so capitalised words after it are that name and not a person's?"""
    return bool(_ORGAN_END.search(title.text)) or _org_head_at(scan.text, title.end + 1) is not None or any(
        g.start == title.end + 1 for g in scan.geo)


def _name_between(scan: _Scan, start: int, end: int) -> bool:
    """A person's name between START and END: two capitalised words or more, or one foreign word right after a
    title or country ("Phó Thủ tướng Chính phủ Belarus Semashko, Thứ trưởng ...")."""
    for r in _name_runs(scan):
        if start <= r.start and r.end <= end and (r.j - r.i >= 2 or (
                r.i > 0 and scan.covered[r.i - 1] and _valid_name(r, True))):
            return True
    return False


def _apposed(scan: _Scan, pos: int) -> bool:
    """Is the office at POS an apposition of a name before it ("Tiếp ông X, Chủ tịch kiêm Giám đốc Điều hành Tập
    đoàn Vamed, | Thủ tướng Y"): the clause it stands in opens with a name and a comma?"""
    clause = max(scan.text.rfind(c, 0, pos) for c in ",;:.–-")
    if clause < 0 or scan.text[clause] not in ",–-":
        return False
    head = scan.text[:clause].rstrip()
    return any(r.end == len(head) for r in _name_runs(scan))


def _in_complement(scan: _Scan, outer: gazetteer.Mention, inner: gazetteer.Mention) -> bool:
    """A lower-case title word inside the organ of an earlier title, a few words on ("Chủ tịch Liên minh nghị sĩ
    hữu nghị", "Chủ tịch Hội đại sứ"): the earlier title is the person's."""
    if not inner.text[:1].islower() or _FORMER_BEFORE.search(scan.text, max(0, inner.start - 8), inner.start + 1):
        return False
    between = [k for k, t in enumerate(scan.tokens) if outer.end <= t.start and t.end <= inner.start]
    return 0 < len(between) <= 4 and all(scan.tokens[k].text[0].isalnum() and not _ends_title(scan, k)
                                         for k in between)


def _is_vietnamese_geo(mention: gazetteer.Mention) -> bool:
    return mention.kind == "province" or (mention.kind == "country" and _code(mention) == "VN")


_TITLE_HONORIFICS = frozenset({"ông", "bà", "ngài"})


def _left_title(scan: _Scan, run: _NameRun) -> tuple[int, list[gazetteer.Mention]] | None:
    """Start of the title phrase right before a name ("Phó Chủ tịch UBND TP Hồ Chí Minh | Bùi Xuân Cường")."""
    before = [m for m in scan.titles if m.end <= run.start]
    if not before:
        return None
    nearest = before[-1]
    if len(before) > 1 and _in_complement(scan, before[-2], nearest):
        nearest = before[-2]  # "Chủ tịch Liên minh nghị sĩ hữu nghị Nhật - Việt X": "nghị sĩ" names the body
    k = _token_index(scan, nearest.end)
    gap = 0
    while k < run.i:
        tok = scan.tokens[k]
        if not scan.covered[k]:
            if tok.text == "tại" and _DIPLOMATIC.search(nearest.text) and k + 1 < run.i and (
                    scan.covered[k + 1] or scan.tokens[k + 1].cap):
                k += 1  # "Đại sứ Hoa Kỳ tại Việt Nam Marc Knapper": the post is part of the title
                continue
            if k + 1 == run.i and tok.text.lower() in _TITLE_HONORIFICS and (
                    scan.covered[k - 1] or scan.tokens[k - 1].cap):
                k += 1  # "Đại sứ Nhật Bản ông Umeda Kunio": an honorific right after the title's organ or place
                continue
            if tok.text in (",", "và") and k + 1 < run.i and _organ_goes_on(scan, k):
                k += 1  # "Bộ trưởng Bưu chính và Viễn thông Lào X", "Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch X"
                continue
            if tok.text in ",;:" or tok.text in ".!?" or _ends_title(scan, k):
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
        inside = [k for k, t in enumerate(scan.tokens) if prev[-1].end <= t.start and t.end <= start]
        # Capitalised words between are the earlier title's organ ("Tổng thư ký Đảng Dân chủ Tự do Nhật Bản, Chủ
        # tịch ..."), never a name of two words or more ("Thứ trưởng ... Igor Morgulov, Đại sứ ...").
        # A Vietnamese name does not take an office in a foreign-named organ ("Tại cuộc tiếp Chủ tịch Tập đoàn Vamed,
        # Thủ tướng Nguyễn Xuân Phúc").
        organ = _names_organ(scan, prev[-1]) and not _name_between(scan, prev[-1].end, start) \
            and not _apposed(scan, prev[-1].start) and not (_vietnamese_like(run.text) and any(
                scan.tokens[k].cap and not scan.covered[k] and not _vietnamese_like(scan.tokens[k].text)
                for k in inside))
        uncovered_caps = any((scan.tokens[k].cap and not scan.covered[k] and not organ)
                             or _ends_title(scan, k) or scan.tokens[k].text[0].isdigit() for k in inside)
        segment_geo = [g for g in scan.geo if prev[-1].start <= g.start < start]
        clash = any((_title(nearest).side == "vn" and not _is_vietnamese_geo(g))
                    or (_title(nearest).side == "foreign" and _is_vietnamese_geo(g)) for g in segment_geo)
        # "những nội dung đoàn Nghị sĩ Hạ viện Nhật Bản quan tâm, Thứ trưởng Lê Quang Hùng": a title after "đoàn" says
        # who the delegation's members are; it is nobody's office.
        of_delegation = bool(_OF_DELEGATION.search(scan.text, max(0, prev[-1].start - 8), prev[-1].start))
        # "Bộ trưởng Quốc phòng kiêm Bộ trưởng Tài chính Arun Jaitley": "kiêm" joins two offices of one person, the
        # first one's organ or portfolio included (capitalised, yet no name).
        joined = bool(re.fullmatch(r"[^,;.:()]{0,60}?\s+kiêm\s+", between)) and not _name_between(
            scan, prev[-1].end, start) and not any(_ends_title(scan, k) for k in inside)
        if (not uncovered_caps or joined) and not clash and not of_delegation \
                and re.fullmatch(r"[^,;.:()]{0,60},\s*|\s*(?:kiêm|,)\s*|[^,;.:()]{0,60}?\s+kiêm\s+", between) \
                and not re.search(r"(?i)\b(?:đã|đang|sẽ|và|với|tiếp|hội đàm|gặp)\b", between):
            start = prev[-1].start
            chain.insert(0, prev[-1])
        else:
            break
    # "thành viên Ủy ban Ngân sách Thượng viện, Thượng Nghị sỹ X": a membership the lexicon does not list opens the
    # chain when it opens the clause.
    member = _MEMBER_BEFORE.search(scan.text, max(0, start - 80), start)
    if member is not None and re.search(r"(?:^|[;:,(])\s*$", scan.text[:member.start()]) and not any(
            _ends_title(scan, k) for k, t in enumerate(scan.tokens) if member.start() <= t.start < start):
        start = member.start()
    return start, chain


_OF_DELEGATION = re.compile(r"(?<!\w)[Đđ]oàn\s+$")


_REGION_AFTER_DASH = re.compile(rf"\s*(?:{_phrases('region', either_case=False)})(?!\w)")


def _right_title(scan: _Scan, run: _NameRun, runs: list[_NameRun],
                 left_titled: bool = False) -> tuple[int, int, list[gazetteer.Mention]] | None:
    """Title phrase after a name: "Hashimoto Masaru, | Thống đốc tỉnh Ibaraki", "Hwang Kyoung Ah - | Phó Chủ tịch
    Hội đồng - |". Returns (start, end, titles).

    The phrase is a title and its organ as written: comma-joined organs and offices ("Cục trưởng Cục Thông tin,
    Quân đội Myanmar"), names joined by "và" ("Văn phòng phụ trách các Hiệp định và các Vấn đề Khoa học"), an
    acronym in brackets ("(JETRO)"), the post of a diplomat or a company's branch ("tại Việt Nam"), the subject of a
    committee or an envoy ("Tiểu ban về các lực lượng chiến lược"). Offices after a comma that run into another
    person's name are that person's ("Bộ trưởng Tây Ban Nha X, Phó Thủ tướng, Bộ trưởng Ngoại giao Phạm Bình Minh"):
    all of the chain when the name had its own title before it (LEFT_TITLED), else from the last comma on ("Tiếp
    ông X, Tổng Giám đốc Y, Thủ tướng Z ...")."""
    text = scan.text
    m = re.match(r"\s*(?:\([^()]{0,30}\))?\s*(?:,|-|–|—)?\s*", text[run.end:])
    if not m:
        return None
    if left_titled and not m.group().strip():
        # "Thủ tướng Nguyễn Xuân Phúc Ngoại trưởng Hoa Kỳ bắt tay ...": a titled name followed by a title with no
        # comma or dash is the next clause (a caption glued to the next one), not an apposition.
        return None
    start = run.end + m.end()
    first = _title_at(scan, start)
    if first is None:
        # "ông Nguyễn Văn Thọ - Ủy viên Ban Thường vụ Thành ủy, Phó Chủ tịch ...": a membership the lexicon does
        # not list may come first; the apposition still counts when a title follows within the segment.
        # "Đặc phái viên của Tổng Thư ký Liên hợp quốc": an envoy is named by whom they speak for.
        lead = re.match(r"(?:Ủy viên|Thành viên|Đảng viên)\b[^;:()]{0,60}?,\s*", text[start:])
        lead_end = start + lead.end() if lead else None
        if lead_end is None and (envoy := _ENVOY.match(text, start)) is not None:
            lead_end = envoy.end()
        first = _title_at(scan, lead_end) if lead_end is not None else None
        if first is None:
            return None
    run_starts = {r.start: r for r in runs}
    if _owns_name(scan, first, run_starts) or _opens_later_name(scan, first.start, runs):
        # "Mark Rutte, Thủ tướng Chính phủ Nguyễn Xuân Phúc": the title has its own name; "Tổng Chưởng lý X, Bộ trưởng
        # phụ trách Hội đồng An ninh Quốc gia Y": the office is Y's, past words the lexicon does not cover.
        return None
    titles = [first]
    k = _token_index(scan, first.end)
    end = first.end
    in_org = in_topic = False
    n = len(scan.tokens)
    steps = 0
    while k < n and steps < 40:
        steps += 1
        tok = scan.tokens[k]
        low = tok.text.lower()
        if scan.covered[k]:
            t = _title_at(scan, tok.start)
            if t is not None:
                # A title glued to a name of its own starts another person ("Putin, Thủ tướng Abe").
                if t is not first and not in_org and _owns_name(scan, t, run_starts):
                    return _before_next(text, start, end, t.start, titles, left_titled)
                titles.append(t)
            end = tok.end
            k += 1
            continue
        nxt = scan.tokens[k + 1] if k + 1 < n else None
        if tok.text == "(":
            close = text.find(")", tok.end)
            inner = text[tok.end:close] if close != -1 else ""
            if close != -1 and len(inner) < 40 and (_geo_in(scan, tok.end, close) or _ACRONYM.fullmatch(inner)):
                end = close + 1  # "(Hàn Quốc)", "(JETRO)", "(USDA)"
                k = _token_index(scan, end)
                continue
            break
        if tok.text == ",":
            if nxt is not None and (_title_at(scan, nxt.start) or any(g.start == nxt.start for g in scan.geo)
                                    or nxt.text == "kiêm" or _org_head_at(text, nxt.start)):
                # "Cục trưởng Cục Thông tin, Quân đội Myanmar": the next organ up, or the next office
                if _opens_later_name(scan, nxt.start, runs):
                    # "Tổng Chưởng lý X, Bộ trưởng phụ trách Hội đồng An ninh Quốc gia Y": the office is Y's.
                    return _before_next(text, start, end, nxt.start, titles, left_titled)
                in_org = in_topic = False
                k += 1
                continue
            break
        if tok.text in "-–—":
            if nxt is not None and _title_at(scan, nxt.start):
                k += 1
                continue
            if k > 0 and scan.tokens[k - 1].cap and (region := _REGION_AFTER_DASH.match(text, tok.end)):
                end = region.end()  # "khu vực Đông Á - Thái Bình Dương", "châu Á – Thái Bình Dương": one region
                k = _token_index(scan, end)
                continue
            if nxt is not None and in_org and any(g.start == nxt.start for g in scan.geo) and any(
                    g.end == tok.start - 1 or g.end == tok.start for g in scan.geo):
                k += 1  # "Liên minh nghị sĩ hữu nghị Nhật - Việt": a pair of countries
                continue
            end = tok.start if end <= tok.start else end
            break
        if tok.text in ".;:!?\"“”":
            break
        if low == "tại":
            nxt_geo = [g for g in scan.geo if g.start >= tok.end and g.start - tok.end <= 1 and (
                _DIPLOMATIC.search(text[start:end]) or (in_org and g.kind == "country"))]
            if nxt_geo:
                end = nxt_geo[0].end  # "Đại sứ Phần Lan tại Việt Nam", "Tổng Giám đốc Samsung tại Việt Nam"
                k = _token_index(scan, end)
                continue
            break
        if low == "và" and _organ_goes_on(scan, k):
            k += 1
            continue
        if low == "về" and nxt is not None and nxt.text[:1].islower() and not _ends_title(scan, k + 1) \
                and _TOPIC_HEAD.search(text, start, tok.start):
            end = tok.end  # "Chủ tịch Tiểu ban về các lực lượng chiến lược"
            in_topic = True
            k += 1
            continue
        if in_topic and low == "cho" and nxt is not None and nxt.text[:1].islower() and not _ends_title(scan, k + 1):
            k += 1  # "Đặc phái viên ... về tài chính toàn diện cho phát triển": the subject goes on
            continue
        if _ends_title(scan, k) or tok.text in _HONORIFICS:
            break
        if tok.cap and (r := run_starts.get(tok.start)) is not None and _names_officer(scan, k, r, in_org):
            # "Jesus Figo Lopez Palop, Đại sứ Cộng hòa Yemen | Adel Mohamed Ali Ba Hamid", "Antonio Guterres, Chủ
            # tịch Đại hội đồng Liên Hợp Quốc | Peter Thompson": a name right after the organ's country or body is
            # the person whose office that is, not a word of this person's title.
            if text.rfind(",", start, tok.start) == -1:
                return None
            return _before_next(text, start, end, tok.start, titles, left_titled)
        if tok.cap and (r := run_starts.get(tok.start)) is not None and not in_org and _valid_name(r, False) \
                and _vietnamese_like(r.text):
            return _before_next(text, start, end, tok.start, titles, left_titled)  # another person's name
        if _org_head_at(text, tok.start):
            in_org = True
        end = tok.end
        k += 1
    return _cut(text, start, end, titles)


_ENVOY = re.compile(r"(?:Đặc phái viên|Đặc sứ|Phái viên)(?:\s+[\wÀ-ỹ]+){0,3}?\s+của\s+")


def _opens_later_name(scan: _Scan, pos: int, runs: list[_NameRun]) -> bool:
    """Does the office at POS (after a comma of a title phrase) open the title of a later name of the same clause,
    past words the title lexicon does not cover ("Bộ trưởng phụ trách Hội đồng An ninh Quốc gia | Shahidan Bin
    Kassim")? Not the name of a body after its head word ("Chủ tịch Tập đoàn | Sun Group")."""
    later = [r for r in runs if r.start > pos and r.j - r.i >= 2]  # one capitalised word is an organ's ("An ninh")
    if not later or re.search(r"[,;:.()]", scan.text[pos:later[0].start]):
        return False
    run = later[0]
    if not _valid_name(run, True) or any(t.text in gazetteer.org_suffixes() for t in scan.tokens[run.i:run.j]):
        return False  # "Hilton Worldwide": a body's name
    before = scan.text[:run.start].rstrip()
    if _ENDS_WITH_COMPANY_HEAD.search(before) or _ORGAN_END.search(before) or _org_head_at(scan.text, run.start) \
            or re.search(r"(?i)(?<!\w)(?:của|thuộc|tại|ở)$", before):
        return False  # "Chủ tịch Tập đoàn | Sun Group", "Tổng Giám đốc điều hành của | Hilton Worldwide"
    left = _left_title(scan, run)
    return left is not None and left[0] == pos


def _names_officer(scan: _Scan, k: int, run: _NameRun, in_org: bool) -> bool:
    """Is the name RUN at token K, inside a title phrase after a name, the holder of the office just read: written
    right after the organ's country, body or bracketed acronym ("... Cộng hòa Yemen | Adel Mohamed Ali Ba Hamid",
    "Chủ tịch Ngân hàng ... (AIIB) | Kim Lập Quần"), or a foreign name of two words or more right after an office
    outside a body's name ("Thứ trưởng Ngoại giao | Kiyoshi Odawara")?"""
    if not _valid_name(run, True):
        return False
    prev = scan.tokens[k - 1] if k > 0 else None
    if prev is None or prev.end + 1 != scan.tokens[k].start:
        return False
    if scan.tokens[k].text in gazetteer.org_suffixes():
        return False  # "Tập đoàn Marriott | International": the body's name goes on
    after_place = scan.covered[k - 1] and any(m.end == prev.end for m in scan.geo)
    after_body = (scan.covered[k - 1] and any(m.end == prev.end for m in scan.orgs)) or (
        prev.text == ")" and bool(re.search(r"\(\s*[A-ZĐ][A-ZĐ0-9&.\-]{1,11}\s*$", scan.text[:prev.start])))
    if prev.text == ")" and not after_body:
        # "Phó Chủ tịch Tập đoàn Shire (Ireland) | Linda Seah": a bracketed country closes the organ's name as the
        # country itself does.
        opened = scan.text.rfind("(", 0, prev.start)
        after_place = opened != -1 and any(opened < m.start and m.end <= prev.start and m.kind in ("country", "place")
                                           for m in scan.geo)
    if after_place or after_body:
        # One foreign word after a country ("Phó Thủ tướng Belarus | Semashko"), two words after a body.
        return run.j - run.i >= 2 or (after_place and not _vietnamese_like(run.text))
    # "Tổng Giám đốc điều hành của | Hilton Worldwide": after "của" the owner's name follows, not a person's.
    # "Chủ tịch Tập đoàn | Marriott International": after a body's head word its name follows.
    owned = prev.text.lower() in ("của", "thuộc", "tại", "ở")
    before = scan.text[:scan.tokens[k].start].rstrip()
    named_body = bool(_ENDS_WITH_COMPANY_HEAD.search(before) or _ORGAN_END.search(before))
    return not in_org and not owned and not named_body and run.j - run.i >= 2 and not _vietnamese_like(run.text)


_ACRONYM = re.compile(r"[A-ZĐ][A-ZĐ0-9&.\-]{1,11}")


def _cut(text: str, start: int, end: int, titles: list[gazetteer.Mention]) -> tuple[int, int, list[gazetteer.Mention]]:
    phrase = text[start:end].rstrip(" ,-–")
    return start, start + len(phrase), titles


def _before_next(text: str, start: int, end: int, other: int, titles: list[gazetteer.Mention],
                 left_titled: bool) -> tuple[int, int, list[gazetteer.Mention]] | None:
    """The title phrase when it ran into another person's title or name at OTHER."""
    comma = text.rfind(",", start, other)
    if comma == -1 or re.search(r"[;:.()]", text[start:other]):
        return _cut(text, start, end, titles)
    if left_titled and not _ENVOY.match(text, start):
        return None  # (an envoy's mission is the named person's own: "Hoàng hậu Hà Lan X, Đặc phái viên ...")
    return _cut(text, start, min(end, comma), [t for t in titles if t.start < comma])


def _owns_name(scan: _Scan, title: gazetteer.Mention, run_starts: dict[int, _NameRun]) -> bool:
    """Is TITLE followed, past its place or country (and a diplomat's post), by a name ("Tổng thống Cộng hòa Séc |
    Milos Zeman", "Đại sứ Liên bang Nga tại Việt Nam | Konstantin Vnukov")?"""
    if _ENDS_WITH_COMPANY_HEAD.search(title.text):
        return False  # "Chủ tịch Tập đoàn | Canon": the company's name follows, not a person's
    k = _token_index(scan, title.end)
    while k < len(scan.tokens) and (scan.covered[k] or (
            scan.tokens[k].text == "tại" and k + 1 < len(scan.tokens) and scan.covered[k + 1])):
        k += 1
    r = run_starts.get(scan.tokens[k].start) if k < len(scan.tokens) else None
    return r is not None and _valid_name(r, True)


_ENDS_WITH_COMPANY_HEAD = re.compile(r"(?i)(?:tập đoàn|tổ hợp|công ty|ngân hàng|quỹ|hãng)$")


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
    if _force_of(text, m):
        return heads.get(_fold(m.group()), "organization")
    if not m.group()[:1].isupper() and not (prev and re.search(r"(?i)(?:hành|tịch|đốc|trưởng|của|lãnh đạo|đạo)$",
                                                                   prev.group(1))):
        return None  # a lower-case head only inside a title: "Giám đốc điều hành ngân hàng JBIC"
    after = text[m.end():m.end() + 40].lstrip()
    # A head counts only before a name: "Hội Hữu nghị", "Tập đoàn Nidec", "ngân hàng JBIC", "Tập đoàn báo
    # Mainichi", "quỹ đầu tư KKR", not "Hội nghị", nor "Hội đồng quản trị | Tập đoàn TCC" (a board inside a title).
    if not after[:1].isupper() and not after[:1].isdigit() and not (
            _COMPANY_WORD.fullmatch(m.group()) and _LEGAL_FORM.match(after)):
        lower = re.match(r"(?:[a-zà-ỹđ]+\s+){1,2}(?=[A-ZĐ])", after)
        if described_end(text, pos) is not None:
            return heads.get(_fold(m.group()), "organization")
        if lower is None or not (" " in m.group().strip() or _DESCRIPTOR.fullmatch(lower.group().strip())):
            return None
        if pattern.match(text, m.end() + (len(text[m.end():m.end() + 40]) - len(after)) + lower.end()):
            return None
    return heads.get(_fold(m.group()), "organization")


_DESCRIBED = re.compile(r"(?:[a-zà-ỹđ]+\s+){1,6}(?=[A-ZĐ])")


def described_end(text: str, pos: int) -> int | None:
    """"Liên đoàn công nghiệp và giới chủ Hà Lan", "Cơ quan hợp tác quốc tế Nhật Bản": where the foreign country (or
    place) starts that ends a body's name described in lower case after its head word at POS; None if it is not so."""
    m = _org_heads()[0].match(text, pos)
    if m is None:
        return None
    gap = len(text[m.end():m.end() + 1]) - len(text[m.end():m.end() + 1].lstrip())
    described = _DESCRIBED.match(text, m.end() + gap)
    if described is None or not _foreign_at(text, described.end()):
        return None
    return described.end()


def _foreign_at(text: str, pos: int) -> bool:
    """A foreign country or place of the gazetteer starts at POS of TEXT."""
    geo = gazetteer.find_geo(text[pos:pos + 40])
    return bool(geo) and geo[0].start == 0 and geo[0].kind in ("country", "place") and _code(geo[0]) != "VN"


# A company's legal form spelled out between its head and its name: "Công ty trách nhiệm hữu hạn Hand & Hand (Hàn
# Quốc)", "Công ty cổ phần Vinamilk" (the press writes TNHH / CP too, which are capitalised and need no rule).
_COMPANY_WORD = re.compile(r"(?i)công ty|tổng công ty")
_LEGAL_FORM = re.compile(r"(?:trách nhiệm hữu hạn(?:\s+một thành viên)?|cổ phần|liên doanh)\s+(?=[A-ZĐ])")

_FORCE_HEAD = re.compile(r"(?:hải quân|tuần duyên|cảnh sát biển|lực lượng bảo vệ bờ biển|lực lượng tuần duyên)\s*$")


def _force_of(text: str, head: re.Match[str]) -> bool:
    """"hải quân Nhật Bản", "lực lượng bảo vệ bờ biển Nhật Bản": a navy or coast guard in lower case, right before
    its country."""
    lead = re.match(r"(?:\s+[a-zà-ỹđ]+){0,4}?\s+(?=[A-ZĐ])", text[head.end():head.end() + 60])
    if lead is None or not _FORCE_HEAD.search(text[head.start():head.end() + lead.end()].rstrip()):
        return False
    rest = text[head.end() + lead.end():]
    countries = gazetteer.find_countries(rest[:40])
    return bool(countries) and countries[0].start == 0 and _code(countries[0]) != "VN"


_DESCRIPTOR = re.compile("|".join(re.escape(d) for d in gazetteer.org_descriptors()) or "(?!)", re.IGNORECASE)


# Lower-case words that also make up names between capitalised ones ("Đảng Dân chủ Tự do").
_NAME_INNER = frozenset(_words("name_inner"))


def _inside_name(scan: _Scan, k: int) -> bool:
    toks = scan.tokens
    return toks[k].text in _NAME_INNER and 0 < k < len(toks) - 1 and toks[k - 1].cap and (
        toks[k + 1].cap or toks[k + 1].text in _NAME_INNER)
