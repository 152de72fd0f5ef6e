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
    return PartnerRef(name=normalize_text(name).strip(" ,.;:-"), kind=kind, country_code=country_code)


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
            return stripped or name
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
    prefix = "place" if kind in _PLACE_KINDS else "embassy" if kind == "embassy" else "org"
    return f"{prefix}|{code}|{core}"


_PLACE_KINDS = frozenset({"state", "province", "city", "council"})
_UNIT_WORDS = re.compile(r"\b(?:tinh|tp\.?|thanh pho)\b")


def partner_key(ref: PartnerRef) -> str:
    """Stable identity of a foreign counterpart across articles.

    Built from the folded canonical name and the country code: "bang Kansas", "Kansas" and "Kansas (Hoa Kỳ)"
    give one key; "Mỹ" and "Hoa Kỳ" (kind country) give one key; "Đại sứ quán Mỹ tại Việt Nam" and
    "Đại sứ quán Hoa Kỳ" give one key. A city's council ("Hội đồng TP Daejeon") is keyed as the city.
    """
    return _key(normalize_text(ref.name), ref.kind, ref.country_code)
