"""Gazetteers (provinces, countries, foreign places, titles, fields, bodies) and fast finders over sentences.

The data lives in transforms/lexicons/*.tsv. Geographic names are found by one trie-shaped regex over every
name and alias (case-sensitive: they are proper nouns; old-style tone marks and ALL-CAPS headline forms are
generated), longest match first, then each match is read in context. Ambiguity notes:

* A prefix ("tỉnh", "thành phố", "TP", "bang", "thủ đô", "khu tự trị"...) just before a name belongs to the
  mention. "bang", "khu tự trị", "hạt", "châu"... are never used for Vietnamese units, so they force a foreign
  reading; a city prefix picks the city among same-named places ("thủ đô Washington", "tỉnh Viêng Chăn").
* Names shared by a Vietnamese province and a foreign place ("Hà Nam" = Henan, "Thái Nguyên" = Taiyuan, "Tây Ninh"
  = Xining) and foreign names that are also Vietnamese words or given names (needs_context in
  foreign_places.tsv: "Thanh Hải", "Trường Sa", "Victoria") are read as foreign only with evidence: the place's
  country (or its parent place) follows after nothing but commas or brackets ("Hà Nam (Trung Quốc)", "tỉnh Hà
  Nam, Trung Quốc"), a child place was just named ("Trịnh Châu, tỉnh Hà Nam"), a foreign-only title precedes it
  ("Tỉnh trưởng tỉnh Hà Nam"), or (for names that are not Vietnamese provinces) any prefix is present.
  Otherwise the Vietnamese province wins and the foreign-only homonym is dropped.
* Blockers (countries.tsv, provinces.tsv, foreign_places.tsv) swallow phrases that contain a name without
  denoting it: "châu Mỹ", "Mỹ Tho", "Chủ nhật", "Trung ương", "Chủ tịch Hồ Chí Minh", "quần đảo Trường Sa".
* Country short forms ("Nhật", "Anh", "Trung", "Hàn") count only inside compounds ("Việt - Mỹ", "Nhật-Việt")
  or after a cue: "nước", "phía", a foreign organisation head ("Đại sứ quán") or a title marked country_cue
  ("Thủ tướng Anh"). "tiếng Đức" is a language, not a country.
* A short bare name glued to a Vietnamese name word is part of that name ("Thúy Nga", "Nga Sơn", "Thị Huế"),
  and a Vietnamese-spelt place name right after a family name or two name words is a person ("Trương Hòa Bình").
* A country name that is also a place ("Georgia") stays a country unless the text names the place's country.

Titles, fields, national bodies and named organisations use case-insensitive finders of the same trie kind.
Results are cached per sentence, so calling find_localities, find_countries and find_places on the same text
scans it once.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache

from transforms.lexicon import load_tsv, split_list
from transforms.text import fold, normalize_text


@dataclass(frozen=True)
class Province:
    """Vietnamese province or centrally-run city (pre- and post-1/7/2025 units)."""

    name: str
    kind: str  # "province" | "city" (centrally-run city)
    merged_into: str | None  # post-merger unit for units merged on 1/7/2025; None if the unit survived
    aliases: tuple[str, ...]

    @property
    def current(self) -> str:
        """Name of the unit this one belongs to today (itself when it survived the 2025 merger)."""
        return self.merged_into or self.name


@dataclass(frozen=True)
class Country:
    code: str
    name: str
    name_en: str
    aliases: tuple[str, ...]
    short_forms: tuple[str, ...]  # forms that only count inside compounds ("Việt - Mỹ") or after a cue word


@dataclass(frozen=True)
class Place:
    """Foreign sub-national place: state, province or city."""

    name: str
    name_en: str | None
    kind: str  # "state" | "province" | "city"
    country_code: str
    parent: str | None  # name of another Place
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class Title:
    text: str  # canonical head of the title ("Phó Chủ tịch UBND")
    side: str  # "vn" | "foreign" | "both"
    rank: int  # rough seniority: head of state 100 ... deputy director 10


@dataclass(frozen=True)
class Field:
    code: str
    label_en: str
    keywords: tuple[str, ...]


@dataclass(frozen=True)
class MeetingVerb:
    text: str  # "tiếp", "hội đàm", "chào xã giao"
    role: str  # subject's role: "host" (receives), "guest" (calls on / visits), "mutual"
    mode: str  # "in_person" | "remote" (điện đàm, hội đàm trực tuyến)


@dataclass(frozen=True)
class VnBody:
    """National Vietnamese body (its presence means the Vietnamese side is not a locality)."""

    name: str
    kind: str  # party, state, government, ministry, assembly, front, agency, association
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class ForeignOrg:
    """A named foreign or international organisation (UN, ASEAN, JICA); country_code "" when international."""

    name: str
    name_en: str | None
    kind: str  # partner kind: "organization", "council", "embassy"...
    country_code: str
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class Mention:
    kind: str  # "province", "country", "place", "title", "vn_body", "org"
    entry: object
    text: str  # matched text, prefix included ("tỉnh Bến Tre", "bang Kansas")
    start: int
    end: int


# ---------------------------------------------------------------------------------------------- loading


def _opt(cell: str) -> str | None:
    return cell or None


@cache
def provinces() -> tuple[Province, ...]:
    return tuple(
        Province(r["name"], r["kind"], _opt(r["merged_into"]), split_list(r["aliases"]))
        for r in load_tsv("provinces.tsv")
    )


@cache
def countries() -> tuple[Country, ...]:
    return tuple(
        Country(r["code"], r["name"], r["name_en"], split_list(r["aliases"]), split_list(r["short_forms"]))
        for r in load_tsv("countries.tsv")
    )


@cache
def _blockers() -> tuple[str, ...]:
    """Phrases that contain a gazetteer name without denoting the place ("châu Mỹ", "Chủ tịch Hồ Chí Minh")."""
    return tuple(
        b
        for name in ("countries.tsv", "provinces.tsv", "foreign_places.tsv")
        for r in load_tsv(name)
        for b in split_list(r.get("blockers", ""))
    )


@cache
def places() -> tuple[Place, ...]:
    return tuple(
        Place(r["name"], _opt(r["name_en"]), r["kind"], r["country_code"], _opt(r["parent"]), split_list(r["aliases"]))
        for r in load_tsv("foreign_places.tsv")
    )


@cache
def _places_needing_context() -> frozenset[Place]:
    """Places whose names are also Vietnamese names or toponyms ("Thanh Hải", "Tây Ninh"): see _resolve."""
    rows = load_tsv("foreign_places.tsv")
    return frozenset(p for p, r in zip(places(), rows, strict=True) if r.get("needs_context", "") == "yes")


@cache
def _title_rows() -> tuple[tuple[Title, tuple[str, ...], bool], ...]:
    """(title, aliases, country_cue) rows of titles.tsv."""
    return tuple(
        (
            Title(r["text"], r["side"], int(r["rank"] or 0)),
            split_list(r.get("aliases", "")),
            r.get("country_cue") == "yes",
        )
        for r in load_tsv("titles.tsv")
    )


@cache
def titles() -> tuple[Title, ...]:
    """Official titles; rows with side "none" in titles.tsv only block look-alikes ("Đại sứ quán") and are left out."""
    return tuple(t for t, _, _ in _title_rows() if t.side != "none")


@cache
def fields() -> tuple[Field, ...]:
    return tuple(Field(r["code"], r["label_en"], split_list(r["keywords"])) for r in load_tsv("fields.tsv"))


@cache
def meeting_verb_entries() -> tuple[MeetingVerb, ...]:
    return tuple(MeetingVerb(r["verb"], r["role"], r["mode"]) for r in load_tsv("meeting_verbs.tsv"))


@cache
def meeting_verbs() -> tuple[str, ...]:
    """Verbs and verb phrases that report a meeting, longest first (see meeting_verbs.tsv for roles and modes)."""
    return tuple(sorted((v.text for v in meeting_verb_entries()), key=lambda v: (-len(v), v)))


@cache
def vn_body_entries() -> tuple[VnBody, ...]:
    return tuple(VnBody(r["name"], r["kind"], split_list(r["aliases"])) for r in load_tsv("vn_bodies.tsv"))


@cache
def vn_bodies() -> tuple[str, ...]:
    """Every surface form of the national Vietnamese bodies (names and aliases), longest first."""
    forms = {f for b in vn_body_entries() for f in (b.name, *b.aliases)}
    return tuple(sorted(forms, key=lambda f: (-len(f), f)))


@cache
def _org_rows() -> tuple[dict[str, str], ...]:
    return load_tsv("foreign_orgs.tsv")


@cache
def foreign_org_heads() -> tuple[tuple[str, str], ...]:
    """(head word, partner kind) for foreign organisation names: ("Đại sứ quán", "embassy"), ("Tập đoàn", ...)."""
    return tuple((r["name"], r["kind"]) for r in _org_rows() if r["type"] == "head")


@cache
def org_descriptors() -> tuple[str, ...]:
    """Lower-case sector words between an organisation's head word and its name ("quỹ | đầu tư | KKR"), longest
    first."""
    return tuple(sorted((r["name"] for r in _org_rows() if r["type"] == "descriptor"), key=len, reverse=True))


@cache
def org_suffixes() -> frozenset[str]:
    """Words that end or continue a Latin-script organisation name ("Inc", "Group", "GmbH", "Global")."""
    return frozenset(r["name"] for r in _org_rows() if r["type"] == "suffix")


@cache
def companies() -> tuple[tuple[tuple[str, ...], str], ...]:
    """(folded words of a widely known foreign company's name, its country), longest names first."""
    rows = {(tuple(fold(r["name"]).replace("-", " ").split()), r["country_code"]) for r in _org_rows()
            if r["type"] == "company"}
    return tuple(sorted(rows, key=lambda row: (-len(row[0]), row)))


@lru_cache(maxsize=4096)
def company_country(name: str) -> str | None:
    """The home country of a widely known foreign company named inside NAME ("Tổ hợp Samsung Việt Nam" -> KR);
    None when NAME names none of them."""
    words = tuple(fold(normalize_text(name)).replace("-", " ").replace("(", " ").replace(")", " ").split())
    for company, code in companies():
        n = len(company)
        if any(words[i:i + n] == company for i in range(len(words) - n + 1)):
            return code
    return None


@cache
def foreign_orgs() -> tuple[ForeignOrg, ...]:
    """Named organisations (UN bodies, ASEAN, EU, development agencies...)."""
    return tuple(
        ForeignOrg(r["name"], _opt(r["name_en"]), r["kind"], r["country_code"], split_list(r["aliases"]))
        for r in _org_rows()
        if r["type"] == "named"
    )


# ---------------------------------------------------------------------------------------------- keys, variants

_DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2212"
_DASH_RUN = re.compile(rf"\s*[{_DASHES}]\s*")
_SPACE_RUN = re.compile(r"\s+")
_DOT_SPACE = re.compile(r"\.\s")  # "TP. HCM" and "TP.HCM" are one spelling


def _key(text: str) -> str:
    """Lookup key of a surface form: NFC, new-style tones, one space, bare dashes, case-folded."""
    text = _DASH_RUN.sub("-", normalize_text(text).strip())
    return _DOT_SPACE.sub(".", _SPACE_RUN.sub(" ", text)).casefold()


_NEW_STYLE = re.compile(r"(?<![qQ])([òóỏõọÒÓỎÕỌùúủũụÙÚỦŨỤ])([aeyAEY])(?!\w)")
_TONE_OF = {"\u0300", "\u0301", "\u0309", "\u0303", "\u0323"}


def _old_style(text: str) -> str:
    """"hòa" -> "hoà": the spelling normalize_text undoes, generated so raw text matches too."""
    import unicodedata

    def move(m: re.Match[str]) -> str:
        first = unicodedata.normalize("NFD", m.group(1))
        base, marks = first[0], "".join(c for c in first[1:] if c in _TONE_OF)
        return unicodedata.normalize("NFC", base + m.group(2) + marks)

    return _NEW_STYLE.sub(move, text)


def _variants(form: str, upper: bool = True) -> set[str]:
    """Surface variants matched for one gazetteer form: itself, old-style tones, and the ALL-CAPS headline form."""
    form = _DASH_RUN.sub("-", form.strip())
    out = {form, _old_style(form)}
    if upper and len(form) > 2:
        out |= {v.upper() for v in list(out)}
    return out


# Characters whose spelling varies in the press are matched by a class rather than literally.
_CHAR_PATTERN = {" ": r"\s+", "-": rf"\s*[{_DASHES}]\s*", ".": r"\.\s?"}


def _trie_pattern(words: Iterable[str]) -> str:
    """One regex alternation for many words, factored as a trie so matching costs one pass per position.

    Greedy optional tails make the longest word win at a given start.
    """
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        alts = [_CHAR_PATTERN.get(ch, re.escape(ch)) + build(child) for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(trie) or "(?!)"


# ---------------------------------------------------------------------------------------------- geo index

# Prefixes that may precede a place name; they are part of the mention ("tỉnh Bến Tre", "bang Kansas").
_PREFIXES = (
    "tỉnh", "thành phố", "tp", "tp.", "t.p", "t.p.", "thủ đô", "bang", "tiểu bang", "tỉnh bang", "khu tự trị",
    "quận", "vùng", "đặc khu", "đặc khu hành chính", "hạt", "thủ phủ", "châu", "khu vực", "thị trấn",
)
# Prefixes a Vietnamese province never takes: after them only a foreign place is meant.
_FOREIGN_PREFIXES = frozenset({"bang", "tiểu bang", "tỉnh bang", "khu tự trị", "hạt", "châu", "đặc khu hành chính"})
_CITY_PREFIXES = frozenset({"thành phố", "tp", "tp.", "t.p", "t.p.", "thủ đô", "thị trấn"})


@cache
def _short_form_cues() -> tuple[str, ...]:
    """Words before a short form ("nước Anh", "phía Nhật") that make it a country (lexicons/country_cues.tsv)."""
    return tuple(r["word"] for r in load_tsv("country_cues.tsv"))


@dataclass(frozen=True)
class _GeoEntry:
    kind: str  # province, country, place, short, block
    entry: object


@dataclass(frozen=True)
class _GeoIndex:
    pattern: re.Pattern[str]
    prefix_before: re.Pattern[str]
    entries: dict[str, tuple[_GeoEntry, ...]]
    short_cue: re.Pattern[str]
    foreign_title_before: re.Pattern[str]
    title_right_before: re.Pattern[str]


@cache
def _geo_index() -> _GeoIndex:
    entries: dict[str, list[_GeoEntry]] = {}
    surfaces: set[str] = set()

    def add(form: str, item: _GeoEntry, upper: bool = True) -> None:
        for variant in _variants(form, upper):
            surfaces.add(variant)
            bucket = entries.setdefault(_key(variant), [])
            if item not in bucket:
                bucket.append(item)

    for p in provinces():
        for form in (p.name, *p.aliases):
            add(form, _GeoEntry("province", p))
    for c in countries():
        restricted = set(c.short_forms) - set(c.aliases)
        for form in (c.name, *c.aliases):
            add(form, _GeoEntry("short" if form in restricted else "country", c), upper=form not in restricted)
        for form in c.short_forms:
            add(form, _GeoEntry("short" if form in restricted else "country", c), upper=False)
    for pl in places():
        for form in (pl.name, *pl.aliases):
            add(form, _GeoEntry("place", pl))
    for blocker in _blockers():
        add(blocker, _GeoEntry("block", None), upper=False)

    # Names are scanned alone (a leading optional prefix group would be tried at every position and triple the
    # cost); the prefix is then looked up just before each match.
    pattern = re.compile(rf"(?<!\w)(?:{_trie_pattern(sorted(surfaces))})(?!\w)")
    prefix = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(_PREFIXES, key=len, reverse=True))
    prefix_before = re.compile(rf"(?<!\w)(?P<pre>(?i:{prefix}))(?:\s+|(?<=\.))$")

    cue_titles = (form for title, aliases, cue in _title_rows() if cue for form in (title.text, *aliases))
    cue_words = {*_short_form_cues(), *cue_titles, *(h for h, _ in foreign_org_heads())}
    cue_alt = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(cue_words, key=len, reverse=True))
    short_cue = re.compile(rf"(?<!\w)(?i:{cue_alt})\s+$")
    foreign_titles = sorted({t.text for t in titles() if t.side == "foreign"}, key=len, reverse=True)
    foreign_alt = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in foreign_titles) or "(?!)"
    foreign_title_before = re.compile(rf"(?<!\w)(?:{foreign_alt})(?:\s+[^\s,.;:()]+){{0,2}}\s+$")
    # A title a foreign official can hold, right before the place: "Thống đốc Bangkok Chadchart Sittipunt".
    any_titles = sorted({t.text for t in titles() if t.side in ("foreign", "both")}, key=len, reverse=True)
    any_alt = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in any_titles) or "(?!)"
    title_right_before = re.compile(rf"(?<!\w)(?i:{any_alt})\s+$")
    return _GeoIndex(pattern, prefix_before, {k: tuple(v) for k, v in entries.items()}, short_cue, foreign_title_before,
                     title_right_before)


# ---------------------------------------------------------------------------------------------- geo scanning

_VIET_LETTER = re.compile(r"[^\x00-\x7f]")
_PREV_WORD = re.compile(r"(?:^|[\s(\"“])([^\s,;:()\"“”]+) $")
_NEXT_WORD = re.compile(r"^ ([^\s,;:()\"“”.]+)")
_LANGUAGE_BEFORE = re.compile(r"(?<!\w)(?i:tiếng)\s+$")
_DASH_BEFORE = re.compile(rf"[{_DASHES}]\s*$")
_DASH_AFTER = re.compile(rf"^\s*[{_DASHES}]")


# One Vietnamese syllable written without diacritics ("Quang", "Minh", "Tho"): onset, vowel nucleus, coda.
_ASCII_SYLLABLE = re.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt]|[iouy])?"
)


def _is_name_word(word: str) -> bool:
    """A capitalised Vietnamese syllable: part of a person's or Vietnamese place name ("Thúy", "Sơn", "Quang").

    Foreign given names ("Vladimir", "Ted", "Angela") do not look like Vietnamese syllables and pass.
    """
    if not word or not word[0].isupper() or word.isupper():
        return False
    # "Rául", "José", "Müller" carry marks but are no Vietnamese syllable: "Chủ tịch Cuba Rául Castro".
    return bool(_ASCII_SYLLABLE.fullmatch(fold(word)))


def _inside_name(text: str, start: int, end: int) -> bool:
    """True when a bare one-word name sits inside a longer Vietnamese proper name ("Thúy Nga", "Nga Sơn").

    A body's head word before it is no name ("Đảng Cuba", "Bộ Quốc phòng Nga" are the country's bodies)."""
    before = _PREV_WORD.search(text, max(0, start - 25), start)
    after = _NEXT_WORD.match(text[end:end + 25])
    return bool(before and _is_name_word(before.group(1)) and before.group(1) not in _BODY_WORDS) or bool(
        after and _is_name_word(after.group(1)) and not _opens_clause(text, end + after.end(1), after.group(1)))


def _opens_clause(text: str, end: int, word: str) -> bool:
    """"Bộ Xây dựng Cuba | Ngày 7/2, tại ...": a word of time or place (meeting_words.tsv clause_opener), then a
    lower-case word or a number, opens the next clause (a headline glued to the lead), it does not continue a name."""
    return word in clause_openers() and bool(re.match(r"\s+[a-zà-ỹđ0-9]", text[end:end + 3]))


@cache
def clause_openers() -> frozenset[str]:
    """Capitalised words that open a clause before a lower-case word or a number (meeting_words.tsv)."""
    return frozenset(r["text"] for r in load_tsv("meeting_words.tsv") if r["kind"] == "clause_opener")


# Capitalised head words of bodies that stand right before their country's name: "Đảng Cuba", "Hội Nga".
_BODY_WORDS = frozenset({"Đảng", "Bộ", "Hội", "Viện", "Ban", "Đoàn", "Nhà", "Sứ", "Quân"})


_TWO_WORDS_BEFORE = re.compile(r"(?:^|\s)([^\s,.;:!?()\"“”]+) ([^\s,.;:!?()\"“”]+) $")


@cache
def _family_names() -> frozenset[str]:
    """The most frequent Vietnamese family names (lexicons/family_names.tsv)."""
    return frozenset(r["name"] for r in load_tsv("family_names.tsv"))


def _after_person_name(text: str, start: int) -> bool:
    """True when the words before START end a person's name: a family name ("Trương") or two name words ("Sĩ")."""
    m = _TWO_WORDS_BEFORE.search(text, max(0, start - 30), start)
    if not m:
        return False
    first, second = m.group(1), m.group(2)
    return second in _family_names() or (_is_name_word(first) and _is_name_word(second))


@dataclass
class _Raw:
    start: int
    name_start: int
    end: int
    prefix: str | None
    surface: str
    candidates: tuple[_GeoEntry, ...]


_CHAIN_GAP = re.compile(rf"[\s,()\[\]{_DASHES}]*")


def _foreign_context(text: str, raws: list[_Raw], i: int, place: Place) -> bool:
    """Evidence that an ambiguous name ("Hà Nam", "Thanh Hải") means the foreign place, not a Vietnamese one.

    Rule: the place's country is named right after it ("Hà Nam (Trung Quốc)", "tỉnh Hà Nam, Trung Quốc"), or a
    child of the place was just named ("Trịnh Châu, tỉnh Hà Nam"), or a foreign-only title precedes it
    ("Tỉnh trưởng tỉnh Hà Nam"), or the prefix is one a Vietnamese unit never takes ("khu tự trị").
    """
    raw = raws[i]
    if raw.prefix and raw.prefix.lower() in _FOREIGN_PREFIXES:
        return True
    # Walk the chain of names that follows with only commas, brackets or dashes between them:
    # "Hà Nam (Trung Quốc)", "Trường Sa, tỉnh Hồ Nam, Trung Quốc".
    end = raw.end
    for nxt in raws[i + 1:i + 4]:
        if not _CHAIN_GAP.fullmatch(text, end, nxt.start):
            break
        kinds = {(c.kind, getattr(c.entry, "code", None) or getattr(c.entry, "country_code", None))
                 for c in nxt.candidates}
        if ("country", place.country_code) in kinds or ("short", place.country_code) in kinds:
            return True
        if ("place", place.country_code) not in kinds:
            break
        end = nxt.end
    for other in raws[max(0, i - 3):i]:
        if raw.start - other.end <= 60 and any(
            c.kind == "place" and c.entry.parent == place.name for c in other.candidates  # type: ignore[attr-defined]
        ):
            return True
    return bool(_geo_index().foreign_title_before.search(text, max(0, raw.start - 60), raw.start))


def _short_form_ok(text: str, raws: list[_Raw], i: int) -> bool:
    """A restricted short form ("Nhật", "Anh") counts only in a compound or after a cue word."""
    raw = raws[i]
    geo_kinds = ("country", "short")
    if _DASH_BEFORE.search(text, max(0, raw.name_start - 4), raw.name_start) and i > 0:
        prev = raws[i - 1]
        if any(c.kind in geo_kinds for c in prev.candidates) and not text[prev.end:raw.name_start].strip(_DASHES + " "):
            return True
    if _DASH_AFTER.match(text[raw.end:raw.end + 4]) and i + 1 < len(raws):
        nxt = raws[i + 1]
        if any(c.kind in geo_kinds for c in nxt.candidates) and not text[raw.end:nxt.start].strip(_DASHES + " "):
            return True
    if _OWNER_OF_NAMED.search(text, max(0, raw.name_start - 40), raw.name_start):
        return True  # "Tập đoàn Vamed của Áo Ơn Oát-xlơ": the home country of the body just named, then its head
    if _inside_name(text, raw.name_start, raw.end):
        return False
    return bool(_geo_index().short_cue.search(text, max(0, raw.name_start - 40), raw.name_start))


# A body's capitalised name, then "của": what follows is its country ("Tập đoàn Vamed của | Áo").
_OWNER_OF_NAMED = re.compile(
    r"(?:Tập đoàn|Công ty|Hãng|Ngân hàng|Quỹ|Tổ hợp)\s+[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*\s+của\s+$")


# Two or more capitalised words in Latin letters (accents of Western languages only, no Vietnamese tone marks).
_LATIN_NAME_AFTER = re.compile(r" [A-ZÀ-Ý][a-zà-ÿ'’-]+(?![\w])(?: [A-ZÀ-Ý][a-zà-ÿ'’-]+(?![\w]))+")


def _given_name(text: str, raws: list[_Raw], i: int) -> bool:
    """A bare foreign place name in Latin letters that opens a person's name: two more capitalised Latin words
    follow that no gazetteer name covers ("Orlando Nicolás Hernández Guillén", "Victoria Louise Smith"), and no
    foreign title before it says it is the title's place ("Thị trưởng Busan Park Heong-joon", "Thống đốc Bangkok
    Chadchart Sittipunt")."""
    raw = raws[i]
    if _VIET_LETTER.search(raw.surface) or " " in raw.surface.strip():
        return False
    after = _LATIN_NAME_AFTER.match(text, raw.end)
    if after is None or (i + 1 < len(raws) and raws[i + 1].start < after.end()):
        return False
    if _LOCATIVE_BEFORE.search(text, max(0, raw.start - 6), raw.start):
        return False  # "Thẩm phán liên bang ở Seattle James Robart": the place comes after its preposition
    index = _geo_index()
    return not (index.foreign_title_before.search(text, max(0, raw.start - 60), raw.start)
                or index.title_right_before.search(text, max(0, raw.start - 40), raw.start))


_LOCATIVE_BEFORE = re.compile(r"(?<!\w)(?i:ở|tại|đến|từ|sang|tới|về)\s+$")


def _resolve(text: str, raws: list[_Raw], i: int, codes_in_text: set[str]) -> _GeoEntry | None:
    """Pick the meaning of one matched name (see the module docstring on ambiguity) or None to drop it."""
    raw = raws[i]
    cands = [c for c in raw.candidates if c.kind != "block"]
    if not cands:
        return None
    prefix = raw.prefix.lower() if raw.prefix else None
    if not prefix and _LANGUAGE_BEFORE.search(text, max(0, raw.start - 8), raw.start):
        return None  # "tiếng Đức" is the language
    # Short one-word names that double as Vietnamese name syllables ("Nga", "Huế", "Đức"); foreign-looking place
    # names such as "Sakai" or "Nara" are not at risk.
    # An abbreviation in capitals ("TPHCM", "HCM", "TQ", "VN") is never a syllable of a name: "UBND TPHCM Nguyễn
    # Thành Phong", "Chủ tịch TQ Tập Cận Bình".
    at_risk = (
        " " not in raw.surface.strip() and "-" not in raw.surface and len(raw.surface) <= 5
        and not (raw.surface.isupper() and len(raw.surface) >= 2)
        and (bool(_VIET_LETTER.search(raw.surface)) or any(c.kind != "place" for c in cands))
    )
    if not prefix and at_risk and _inside_name(text, raw.name_start, raw.end) and not _OWNER_OF_NAMED.search(
            text, max(0, raw.name_start - 40), raw.name_start):
        # "Thúy Nga", "Nga Sơn", "Thị Huế": a bare short name glued to a Vietnamese name is that name.
        cands = [c for c in cands if c.kind == "short"]
        if not cands:
            return None
    if not prefix and _VIET_LETTER.search(raw.surface) and _after_person_name(text, raw.name_start):
        # "ông Nguyễn Sĩ Triều Châu", "Phó Thủ tướng Trương Hòa Bình": a Vietnamese-spelt place name ending a
        # person's name is that name.
        cands = [c for c in cands if c.kind not in ("place", "province")]
        if not cands:
            return None
    provinces_ = [c for c in cands if c.kind == "province"]
    countries_ = [c for c in cands if c.kind == "country"]
    places_ = [c for c in cands if c.kind == "place"]
    if places_ and not prefix and not provinces_ and not countries_ and _given_name(text, raws, i):
        return None  # "Đại sứ Cuba tại Việt Nam Orlando Nicolás Hernández Guillén": a given name, not Orlando, Florida
    shorts = [c for c in cands if c.kind == "short"]
    needy = _places_needing_context()
    if places_:
        def plausible(c: _GeoEntry) -> bool:
            if c.entry not in needy and not provinces_:
                return True
            if c.entry in needy and prefix and not provinces_:
                return True
            return _foreign_context(text, raws, i, c.entry)  # type: ignore[arg-type]

        places_ = [c for c in places_ if plausible(c)]
    if places_ and (provinces_ or prefix in _FOREIGN_PREFIXES or (prefix and countries_)):
        pass  # context or a place prefix already argued for the foreign place
    elif provinces_:
        return provinces_[0]
    elif countries_:
        # "Georgia" is a country unless its US reading is backed by the text naming the US.
        own = [c for c in places_ if c.entry.country_code in codes_in_text]  # type: ignore[attr-defined]
        if not own or any(c.entry.code in codes_in_text for c in countries_):  # type: ignore[attr-defined]
            return countries_[0]
        places_ = own
    if places_:
        preferred = [c for c in places_ if c.entry.country_code in codes_in_text] or places_  # type: ignore[attr-defined]
        if len(preferred) > 1 and prefix:
            # "bang Washington" is the state, "thành phố Washington" the capital; bare names keep file order.
            wanted = "city" if prefix in _CITY_PREFIXES else "state_or_province"
            fitting = [c for c in preferred if (c.entry.kind == "city") == (wanted == "city")]  # type: ignore[attr-defined]
            preferred = fitting or preferred
        return preferred[0]
    if shorts and _short_form_ok(text, raws, i):
        return shorts[0]
    return None


@lru_cache(maxsize=2048)
def _scan(text: str) -> tuple[Mention, ...]:
    index = _geo_index()
    raws: list[_Raw] = []
    for m in index.pattern.finditer(text):
        surface, start, name_start = m.group(), m.start(), m.start()
        before = index.prefix_before.search(text, max(0, start - 24), start)
        if before and raws and before.start() < raws[-1].end:
            before = None
        prefix = before.group("pre") if before else None
        whole = None
        if before:
            start = before.start()
            whole = index.entries.get(_key(text[start:m.end()]))
            if not whole and prefix.lower() in _CITY_PREFIXES:  # type: ignore[union-attr]
                whole = index.entries.get("thành phố " + _key(surface))
            if whole:
                # "tỉnh Viêng Chăn" and "thành phố New York" are entries of their own, apart from the bare name.
                surface, prefix, name_start = text[start:m.end()], None, start
        cands = whole or index.entries.get(_key(surface))
        if not cands:
            continue
        raws.append(_Raw(start, name_start, m.end(), prefix, surface, cands))
    codes_in_text = {
        c.entry.code  # type: ignore[attr-defined]
        for r in raws
        if all(c.kind == "country" for c in r.candidates)
        for c in r.candidates
    }
    out: list[Mention] = []
    for i, raw in enumerate(raws):
        chosen = _resolve(text, raws, i, codes_in_text)
        if chosen is None:
            continue
        kind = "country" if chosen.kind == "short" else chosen.kind
        start = raw.name_start if kind == "country" else raw.start
        out.append(Mention(kind, chosen.entry, text[start:raw.end], start, raw.end))
    return tuple(out)


def find_localities(text: str) -> list[Mention]:
    """Vietnamese provinces and centrally-run cities, prefixes included, longest match, in order."""
    return [m for m in _scan(text) if m.kind == "province"]


def find_countries(text: str) -> list[Mention]:
    """Countries by name or alias; one-syllable short forms only in compounds or after a cue word.

    Việt Nam itself is reported too (code "VN"): callers looking for the foreign side filter it out.
    """
    return [m for m in _scan(text) if m.kind == "country"]


def find_places(text: str) -> list[Mention]:
    """Foreign states, provinces and cities, prefixes included ("bang Kansas", "TP Quảng Châu")."""
    return [m for m in _scan(text) if m.kind == "place"]


def find_geo(text: str) -> list[Mention]:
    """Every province, country and place mention of TEXT in one list, in order."""
    return list(_scan(text))


# "Tổng Lãnh sự Campuchia tại TP. Hồ Chí Minh", "Văn phòng đại diện JETRO tại Đà Nẵng": a foreign mission's post.
_MISSION_POST = re.compile(
    r"(?i)(?:lãnh sự(?:\s+quán)?|đại sứ quán|(?:văn phòng|trưởng|cơ quan)\s+đại\s+diện)(?:\s+[^\s,;:()]+){0,8}?"
    r"\s+(?:tại|ở)\s+$"
)


def is_mission_post(text: str, start: int) -> bool:
    """Does the Vietnamese place at START only say where a foreign mission sits ("Tổng Lãnh sự Hoa Kỳ tại TP.HCM")?
    Then it is not the Vietnamese side's locality: a province's leaders receive consuls posted in another city."""
    return bool(_MISSION_POST.search(text[max(0, start - 120):start]))


# ---------------------------------------------------------------------------------------------- other finders


@dataclass(frozen=True)
class _CiFinder:
    """Case-insensitive longest-match finder: a lowercase trie run over the lowercased text (faster than re.I)."""

    lower: re.Pattern[str]
    folded: re.Pattern[str]  # re.IGNORECASE fallback for the rare text whose lowercase changes length ("İ")
    table: dict[str, object]

    def finditer(self, text: str) -> Iterator[tuple[int, int, object]]:
        lowered = text.lower()
        pattern, subject = (self.lower, lowered) if len(lowered) == len(text) else (self.folded, text)
        for m in pattern.finditer(subject):
            entry = self.table.get(_key(m.group()))
            if entry is not None:
                yield m.start(), m.end(), entry


def _ci_finder(forms: dict[str, object]) -> _CiFinder:
    """Finder over FORMS (surface -> entry), case-insensitive, longest match, on word boundaries."""
    table: dict[str, object] = {}
    surfaces: set[str] = set()
    for form, entry in forms.items():
        for v in _variants(form, upper=False):
            surfaces.add(v.lower())
            table.setdefault(_key(v), entry)
    body = rf"(?<!\w)(?:{_trie_pattern(sorted(surfaces))})(?!\w)"
    return _CiFinder(re.compile(body), re.compile(body, re.IGNORECASE), table)


@cache
def _title_finder() -> _CiFinder:
    forms: dict[str, object] = {}
    for title, aliases, _ in _title_rows():
        for form in (title.text, *aliases):
            forms.setdefault(form, title)
    return _ci_finder(forms)


@lru_cache(maxsize=1024)
def _find_titles(text: str) -> tuple[Mention, ...]:
    return tuple(
        Mention("title", title, text[start:end], start, end)
        for start, end, title in _title_finder().finditer(text)
        if isinstance(title, Title) and title.side != "none"
    )


def find_titles(text: str) -> list[Mention]:
    """Heads of official titles ("Phó Chủ tịch UBND", "Đại sứ", "Thống đốc"), case-insensitive, longest match.

    Look-alikes listed in titles.tsv with side "none" ("Đại sứ quán") are consumed and not reported.
    """
    return list(_find_titles(text))


@cache
def _field_finder() -> _CiFinder:
    forms: dict[str, object] = {}
    for f in fields():
        for kw in f.keywords:
            forms.setdefault(kw, f.code)
    return _ci_finder(forms)


def find_fields(text: str) -> list[str]:
    """Distinct cooperation-field codes whose keywords occur in TEXT, in vocabulary order."""
    found = {code for _, _, code in _field_finder().finditer(text)}
    return [f.code for f in fields() if f.code in found]


@cache
def _body_finder() -> _CiFinder:
    forms: dict[str, object] = {}
    for b in vn_body_entries():
        for form in (b.name, *b.aliases):
            forms.setdefault(form, b)
    return _ci_finder(forms)


def _owner_gap(gap: str) -> bool:
    """Whether GAP may separate a body's name from the foreign country it belongs to.

    Allowed: capitalised words, each maybe followed by one lowercase word, and "nước"/"của" ("Bộ Quốc phòng Nga",
    "Quốc hội nước Cộng hòa Cuba", "Ủy ban Đối ngoại Thượng viện Mỹ").
    """
    if gap and not gap[0].isspace():
        return False
    after_capital = False
    for word in gap.split():
        if word in ("nước", "của") or word[0].isupper():
            after_capital = word[0].isupper()
        elif after_capital and word.isalpha():
            after_capital = False
        else:
            return False
    return True


def _foreign_owned(text: str, end: int, geo: tuple[Mention, ...]) -> bool:
    for m in geo:
        if m.start < end or m.start > end + 40:
            continue
        code = getattr(m.entry, "code", None) or getattr(m.entry, "country_code", None)
        return code != "VN" and _owner_gap(text[end:m.start])
    return False


def find_vn_bodies(text: str) -> list[Mention]:
    """National Vietnamese bodies ("Quốc hội", "Bộ Ngoại giao", "VCCI"), case-insensitive, longest match, in order.

    Generic names followed by a foreign country or place are that country's bodies and are left out:
    "Quốc hội Cuba", "Bộ Quốc phòng Nga", "Chính phủ Nhật Bản".
    """
    found = list(_body_finder().finditer(text))
    geo = _scan(text) if found else ()
    return [
        Mention("vn_body", body, text[start:end], start, end)
        for start, end, body in found
        if not _foreign_owned(text, end, geo)
    ]


@cache
def _org_finder() -> tuple[re.Pattern[str], dict[str, object]]:
    entries: dict[str, object] = {}
    surfaces: set[str] = set()
    for org in foreign_orgs():
        for form in (org.name, *org.aliases):
            for v in _variants(form, upper=False):
                surfaces.add(v)
                entries.setdefault(_key(v), org)
    # Case-sensitive: organisation acronyms ("UN", "WHO") must not match ordinary words.
    return re.compile(rf"(?<!\w)(?:{_trie_pattern(sorted(surfaces))})(?!\w)"), entries


@cache
def _long_org_finder() -> _CiFinder:
    """Names of three words or more, in any case: the press writes "Cơ quan hợp tác quốc tế Nhật Bản" too."""
    forms: dict[str, object] = {}
    for org in foreign_orgs():
        for form in (org.name, *org.aliases):
            if len(form.split()) >= 3:
                forms.setdefault(form, org)
    return _ci_finder(forms)


@lru_cache(maxsize=2048)
def _find_orgs(text: str) -> tuple[Mention, ...]:
    pattern, table = _org_finder()
    found = [Mention("org", table[_key(m.group())], m.group(), m.start(), m.end()) for m in pattern.finditer(text)
             if _key(m.group()) in table]
    for start, end, org in _long_org_finder().finditer(text):
        if not any(f.start < end and start < f.end for f in found):
            found.append(Mention("org", org, text[start:end], start, end))
    return tuple(sorted(found, key=lambda m: m.start))


def find_orgs(text: str) -> list[Mention]:
    """Named international and foreign organisations (UN, ASEAN, JICA...), in order: acronyms and short names
    case-sensitive, names of three words or more in any case."""
    return list(_find_orgs(text))


# ---------------------------------------------------------------------------------------------- lookups by name

_LEADING_PREFIX = re.compile(
    r"^(?:" + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(_PREFIXES, key=len, reverse=True))
    + r")(?:\s+|(?<=\.))",
    re.IGNORECASE,
)


def _strip_prefix(name: str) -> str:
    name = normalize_text(name).strip()
    while True:
        stripped = _LEADING_PREFIX.sub("", name, count=1).strip()
        if stripped == name or not stripped:
            return name
        name = stripped


@dataclass(frozen=True)
class _NameIndex:
    exact: dict[str, object]
    folded: dict[str, tuple[object, ...]]


def _name_index(items: Iterable[object], forms_of: Callable[[object], Iterable[str]]) -> _NameIndex:
    exact: dict[str, object] = {}
    folded: dict[str, list[object]] = {}
    for item in items:
        for form in forms_of(item):
            for variant in _variants(form, upper=False):
                exact.setdefault(_key(variant), item)
                bucket = folded.setdefault(fold(_key(variant)), [])
                if item not in bucket:
                    bucket.append(item)
    return _NameIndex(exact, {k: tuple(v) for k, v in folded.items()})


def _lookup(name: str, index: _NameIndex) -> object | None:
    """Exact key first (case-insensitive, tone placement normalised), then the diacritic-free fold if unique."""
    candidates = (name, _strip_prefix(name))
    for candidate in candidates:
        if _key(candidate) in index.exact:
            return index.exact[_key(candidate)]
    for candidate in candidates:
        hits = index.folded.get(fold(_key(candidate)), ())
        if len(hits) == 1:
            return hits[0]
    return None


@cache
def _province_names() -> _NameIndex:
    return _name_index(provinces(), lambda p: (p.name, *p.aliases))  # type: ignore[attr-defined]


@cache
def _country_names() -> _NameIndex:
    return _name_index(
        countries(), lambda c: (c.name, c.name_en, *c.aliases, *c.short_forms)  # type: ignore[attr-defined]
    )


@cache
def _place_names() -> _NameIndex:
    return _name_index(
        places(), lambda p: (p.name, *((p.name_en,) if p.name_en else ()), *p.aliases)  # type: ignore[attr-defined]
    )


@lru_cache(maxsize=4096)
def province_by_name(name: str) -> Province | None:
    """Province by name or alias, ignoring case, tone placement and prefixes ("tỉnh Khánh Hoà" -> Khánh Hòa)."""
    found = _lookup(name, _province_names())
    return found if isinstance(found, Province) else None


@lru_cache(maxsize=4096)
def country_by_name(name: str) -> Country | None:
    """Country by name, alias, short form, English name or ISO code ("Mỹ", "Hoa Kỳ", "United States", "US")."""
    name = normalize_text(name).strip()
    for c in countries():
        if name == c.code:
            return c
    found = _lookup(name, _country_names())
    return found if isinstance(found, Country) else None


@lru_cache(maxsize=4096)
def place_by_name(name: str) -> Place | None:
    """Foreign place by name, alias or English name, prefixes stripped ("bang Kansas", "TP Quảng Châu")."""
    found = _lookup(name, _place_names())
    return found if isinstance(found, Place) else None
