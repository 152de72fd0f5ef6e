"""Foreign counterparts: canonical PartnerRefs built from gazetteer entries, and one stable key per partner."""
from __future__ import annotations

import re
from functools import lru_cache

from transforms import gazetteer
from transforms.records import PartnerRef
from transforms.text import fold, normalize_text

# Words that only say what kind of unit or body follows; "bang Kansas", "TP Daejeon", "Tập đoàn Nidec" and
# "Kansas", "Daejeon", "Nidec" are one partner each.
_LEADING_WORDS = re.compile(
    r"^(?:tiểu bang|tỉnh bang|bang|tỉnh|thành phố|tp\.?|thủ đô|vùng|khu tự trị|đặc khu|hạt|quận|chính quyền|"
    r"hội đồng thành phố|hội đồng tỉnh|hội đồng tp\.?|hội đồng|tập đoàn|tổng công ty|công ty|ngân hàng|"
    r"đoàn đại biểu|đoàn)\s+",
    re.IGNORECASE,
)
_PARENTHESIS = re.compile(r"\s*\([^)]*\)")
_TRAILING_AT = re.compile(r"\s+(?:tại|ở)\s+.*$")


def country_partner(country: gazetteer.Country) -> PartnerRef:
    """A foreign state met through its leader, parliament, government or a minister."""
    return PartnerRef(name=country.name, kind="country", country_code=country.code, name_en=country.name_en)


def embassy_partner(country: gazetteer.Country) -> PartnerRef:
    """The embassy of a country in Vietnam, met through its ambassador or staff."""
    return PartnerRef(
        name=f"Đại sứ quán {country.name}", kind="embassy", country_code=country.code,
        name_en=f"Embassy of {country.name_en}" if country.name_en else None,
    )


def consulate_partner(country: gazetteer.Country, general: bool, post: str | None) -> PartnerRef:
    """A country's consulate (general) in a Vietnamese city, met through its consul: as the embassy for an
    ambassador (GUIDELINES §3), the mission itself, named with its post as the text writes it."""
    head, head_en = ("Tổng Lãnh sự quán", "Consulate General") if general else ("Lãnh sự quán", "Consulate")
    return PartnerRef(
        name=f"{head} {country.name}" + (f" tại {post}" if post else ""), kind="embassy", country_code=country.code,
        name_en=f"{head_en} of {country.name_en}" if country.name_en else None,
    )


def place_partner(place: gazetteer.Place) -> PartnerRef:
    """A foreign state, province or city, with its enclosing place when the gazetteer knows it."""
    parent = gazetteer.place_by_name(place.parent) if place.parent else None
    return PartnerRef(
        name=place.name, kind=place.kind, country_code=place.country_code, name_en=place.name_en,
        parent_name=parent.name if parent else None, parent_kind=parent.kind if parent else None,
    )


def with_parent(ref: PartnerRef, parent: PartnerRef) -> PartnerRef:
    """REF inside PARENT ("Oakland" in "California") when the text pairs them and the gazetteer does not."""
    if ref.parent_name or parent.kind not in ("state", "province", "city") or ref.country_code != parent.country_code:
        return ref
    return PartnerRef(ref.name, ref.kind, ref.country_code, ref.name_en, parent.name, parent.kind)


def organization_partner(name: str, country_code: str | None, kind: str = "organization") -> PartnerRef:
    """A named body as the text writes it ("Tập đoàn Nidec", "Ban công tác đặc biệt Chính phủ Lào")."""
    named = _named_org(name)
    if named is not None:
        return PartnerRef(named.name, named.kind, named.country_code or country_code, named.name_en)
    if kind == "organization" and not gazetteer.find_geo(name):
        # "Tập đoàn Samsung" in an article about Japan is still Korean: a widely known company's own country beats
        # the article's.
        country_code = gazetteer.company_country(name) or country_code
    # "Hải quân Nga…": a name cut by the text's own ellipsis ends before it.
    return PartnerRef(name=normalize_text(name).strip(" ,.;:-…"), kind=kind, country_code=country_code)


def _named_org(name: str) -> gazetteer.ForeignOrg | None:
    found = gazetteer.find_orgs(name)
    if len(found) == 1 and found[0].start == 0 and found[0].end == len(name):
        entry = found[0].entry
        return entry if isinstance(entry, gazetteer.ForeignOrg) else None
    return None


def _core_name(name: str) -> str:
    """The name without prefixes, a bracketed country or a trailing "tại ..." ("Đại sứ quán Mỹ tại Việt Nam")."""
    name = _TRAILING_AT.sub("", _PARENTHESIS.sub("", normalize_text(name))).strip(" ,.;:-")
    previous = None
    while previous != name:
        previous = name
        name = _LEADING_WORDS.sub("", name).strip()
    return name or previous


def _without_country(name: str, country_code: str | None) -> str:
    """'Đảng Dân tiến Nhật Bản' -> 'Đảng Dân tiến' when the country is the partner's own."""
    if not country_code:
        return name
    for mention in reversed(gazetteer.find_countries(name)):
        entry = mention.entry
        if isinstance(entry, gazetteer.Country) and entry.code == country_code and mention.end == len(name):
            stripped = name[:mention.start].strip(" ,-")
            # "Hội Hữu nghị Belarus" is not "Hội Hữu nghị": a bare head word names no one.
            return name if not stripped or fold(stripped) in _BARE_HEADS else stripped
    return name


@lru_cache(maxsize=8192)
def _key(name: str, kind: str, country_code: str | None) -> str:
    code = country_code or ""
    if kind == "country":
        country = gazetteer.country_by_name(name)
        return f"country|{country.code if country else code or fold(name)}"
    core = _core_name(name)
    if kind in _PLACE_KINDS:
        place = gazetteer.place_by_name(core) or gazetteer.place_by_name(name)
        if place is not None:
            return f"place|{place.country_code}|{fold(place.name)}"
    # "Hội Hữu nghị Nhật-Việt tỉnh Sakai" and "... thành phố Sakai" are one body.
    core = " ".join(_UNIT_WORDS.sub(" ", fold(_without_country(core, country_code)).replace("-", " ")).split())
    # "Hội hữu nghị Belarus-Việt Nam" and "Hội Hữu nghị Belarus" are one association; "của" is only a link
    # ("Đảng Dân tiến của Nhật Bản").
    core = " ".join(_FRIENDSHIP_VIETNAM.sub(r"\1", core).replace(" cua", " ").split())
    prefix = "place" if kind in _PLACE_KINDS else "embassy" if kind == "embassy" else "org"
    return f"{prefix}|{code}|{core}"


_PLACE_KINDS = frozenset({"state", "province", "city", "council"})
_BARE_HEADS = frozenset({"hoi huu nghi", "hoi", "hiep hoi", "dang", "chinh phu", "quoc hoi", "bo", "to chuc",
                         "tap doan", "cong ty", "ngan hang", "dai hoc", "truong dai hoc", "quy", "vien"})
_FRIENDSHIP_VIETNAM = re.compile(r"^(hoi huu nghi .+?) (?:viet nam|viet)$")
_UNIT_WORDS = re.compile(r"\b(?:tinh|tp\.?|thanh pho)\b")


def partner_key(ref: PartnerRef) -> str:
    """Stable identity of a foreign counterpart across articles.

    Built from the folded canonical name and the country code: "bang Kansas", "Kansas" and "Kansas (Hoa Kỳ)"
    give one key; "Mỹ" and "Hoa Kỳ" (kind country) give one key; "Đại sứ quán Mỹ tại Việt Nam" and
    "Đại sứ quán Hoa Kỳ" give one key. A city's council ("Hội đồng TP Daejeon") is keyed as the city.
    """
    return _key(normalize_text(ref.name), ref.kind, ref.country_code)


# ---------------------------------------------------------------------------------------------- resolution

_PLACE_PARENT_KINDS = frozenset({"state", "province", "city"})
# Residue the page glues onto a name: a credit ("Theo VGP", "(Ảnh: TTXVN)"), an honorific that starts the next
# phrase ("Đảng Công Minh - Ngài"), a dangling "của" ("Tập đoàn Vamed của").
_CREDIT_TAIL = re.compile(
    r"\s*(?:[-–(]\s*)?(?i:theo|nguồn|ảnh|photo)\s*:?\s*(?:[A-ZĐ][\w.]*(?:\s+[A-ZĐ][\w.]*)*)\)?\s*$"
)
_HONORIFIC_TAIL = re.compile(r"\s*[-–,]\s*(?:ngài|bà|ông|quý ông|quý bà|tiến sĩ|TS\.?)\s*$", re.IGNORECASE)
_DANGLING_OF = re.compile(r"\s+(?:của|thuộc|tại|ở|và|với)\s*$", re.IGNORECASE)
_OF_COUNTRY = re.compile(r"\s+(?:của|thuộc)\s+(\S.*)$")


def clean_name(name: str) -> str:
    """The partner's name as the text writes it, without residue the page glued on."""
    name = normalize_text(name).strip(" ,.;:")
    previous = None
    while previous != name:
        previous = name
        name = _CREDIT_TAIL.sub("", name).strip(" ,.;:-")
        name = _HONORIFIC_TAIL.sub("", name).strip(" ,.;:-")
        name = _DANGLING_OF.sub("", name).strip(" ,.;:-")
    return name or previous or ""


@lru_cache(maxsize=1)
def _vn_names() -> tuple[frozenset[str], tuple[tuple[str, ...], ...]]:
    """Folded exact names of national Vietnamese bodies, and folded word sequences of Vietnamese firms."""
    from transforms.lexicon import load_tsv, split_list

    bodies = {fold(form) for body in gazetteer.vn_body_entries() for form in (body.name, *body.aliases)}
    firms = {tuple(fold(form).replace("-", " ").split()) for row in load_tsv("vn_firms.tsv")
             for form in (row["name"], *split_list(row.get("aliases", "")))}
    return frozenset(bodies), tuple(sorted(f for f in firms if f))


def is_vietnamese(name: str) -> bool:
    """A Vietnamese body or firm ("Tập đoàn Viettel", "Công ty TNHH MTV Nam Triệu", "Bộ Ngoại giao"): never a
    foreign partner."""
    bodies, firms = _vn_names()
    folded = fold(_core_name(name))
    if fold(name) in bodies or folded in bodies:
        return True
    words = tuple(fold(name).replace("-", " ").split())
    return any(words[i:i + len(firm)] == firm for firm in firms for i in range(len(words) - len(firm) + 1))


def _country_of_tail(name: str) -> tuple[str, gazetteer.Country | None]:
    """'Tập đoàn Vamed của Austria' -> ('Tập đoàn Vamed', Austria)."""
    match = _OF_COUNTRY.search(name)
    if match:
        country = gazetteer.country_by_name(match.group(1).strip(" ,.;:-"))
        if country is not None:
            return name[:match.start()].strip(), country
    return name, None


def country_parent(code: str | None) -> PartnerRef | None:
    country = gazetteer.country_by_name(code) if code else None
    return country_partner(country) if country else None


def resolve(ref: PartnerRef) -> PartnerRef | None:
    """The one canonical partner behind a name as an article gives it; None for a Vietnamese body or firm.

    Residue glued to the name is cut; a named body under any of its names (JETRO's two Vietnamese names,
    "Công ty mẹ của Google") takes its gazetteer name and country; a foreign place takes its gazetteer entry;
    a state, province, city or council always has a parent: the enclosing place the text or gazetteer gives,
    else its country.
    """
    name = clean_name(ref.name) or ref.name
    if ref.kind != "country" and is_vietnamese(name):
        return None
    code, kind, name_en, parent_name, parent_kind = (ref.country_code, ref.kind, ref.name_en, ref.parent_name,
                                                     ref.parent_kind)
    if kind not in _PLACE_KINDS and kind != "country":
        named = _named_org(name)
        if named is None:
            stripped, country = _country_of_tail(name)
            named = _named_org(stripped)
            if country is not None and named is None:
                name, code = stripped, country.code
        if named is not None:
            name, kind, code, name_en = named.name, named.kind, named.country_code or None, named.name_en or name_en
    if kind in _PLACE_KINDS:
        place = gazetteer.place_by_name(_core_name(name)) or gazetteer.place_by_name(name)
        if place is not None and place.country_code == code:
            if kind != "council":
                name, kind = place.name, place.kind
            name_en = name_en or place.name_en
            if not parent_name and place.parent:
                enclosing = gazetteer.place_by_name(place.parent)
                if enclosing is not None:
                    parent_name, parent_kind = enclosing.name, enclosing.kind
        if not parent_name:
            enclosing_country = country_parent(code)
            if enclosing_country is not None:
                parent_name, parent_kind = enclosing_country.name, "country"
    if parent_kind is not None and parent_kind not in _PLACE_PARENT_KINDS and parent_kind != "country":
        parent_name, parent_kind = None, None
    known = _known_names().get(fold(name)) or _known_names().get(fold(_country_of_tail(name)[0]))
    if known is not None and (known.kind in _PLACE_KINDS) == (kind in _PLACE_KINDS):
        name, kind, code, name_en = known.name, known.kind, known.country_code, known.name_en or name_en
    return PartnerRef(name, kind, code, name_en, parent_name, parent_kind)


@lru_cache(maxsize=1)
def _known_names() -> dict[str, PartnerRef]:
    """lexicons/partner_names.tsv: folded alias -> the partner it names."""
    from transforms.lexicon import load_tsv

    return {
        fold(row["alias"]): PartnerRef(row["name"], row["kind"], row["country_code"] or None, row["name_en"] or None)
        for row in load_tsv("partner_names.tsv")
    }


def parent_ref(ref: PartnerRef) -> PartnerRef | None:
    """The partner row a resolved REF's parent is: an enclosing place, or the country."""
    if not ref.parent_name:
        return None
    if ref.parent_kind == "country":
        return country_parent(ref.country_code)
    place = gazetteer.place_by_name(ref.parent_name)
    if place is not None and place.country_code == ref.country_code:
        return resolve(place_partner(place))
    return resolve(PartnerRef(ref.parent_name, ref.parent_kind or "province", ref.country_code))


_KIND_PREFERENCE = {"state": 0, "province": 1, "city": 2, "council": 3}


def preference(kind: str, name: str) -> str:
    """Which of two rows of one partner names it: the most specific kind (a state over its council), then the
    fullest name, then the first in sort order. Mirrors the warehouse macro partner_preference."""
    return f"{_KIND_PREFERENCE.get(kind, 4)}|{999 - len(name.split(' ')):03d}|{name}"
