"""Parties of one sentence: people, delegations, bodies and bare titles, each with its side and partner."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from transforms import gazetteer
from transforms.lexicon import load_tsv
from transforms.meetings.mentions import (
    _APPOSED_NAME,
    _APPOSITION,
    _DELEGATION,
    _DELEGATION_HEAD_END,
    _DIPLOMATIC,
    _ENVOY,
    _HONORIFIC,
    _HONORIFICS,
    _LOCAL_BODY,
    _NOT_DELEGATION,
    _PROVINCIAL_TITLE,
    _RANK_BEFORE,
    _STATE_HEADS,
    _TITLE_STOP,
    Party,
    _code,
    _ends_title,
    _entry_country,
    _entry_org,
    _entry_place,
    _fold,
    _geo_in,
    _left_title,
    _name,
    _name_runs,
    _NameRun,
    _org_head_at,
    _org_heads,
    _owner_geo,
    _phrases,
    _right_title,
    _Scan,
    _title,
    _title_at,
    _token_index,
    _valid_name,
    _vietnamese_like,
    _words,
    described_end,
)
from transforms.outlets import outlet_province
from transforms.partners import (
    consulate_partner,
    country_partner,
    embassy_partner,
    is_vietnamese,
    organization_partner,
    partner_key,
    place_partner,
    with_parent,
)
from transforms.records import PartnerRef

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
    orgs = [o for o in scan.orgs if start <= o.start and o.end <= end]
    if orgs and (len(orgs) > 1 or _first_org_head(scan.text, orgs[0].end, end)[0] is not None):
        # "TGĐ phụ trách ASEAN, Tập đoàn BMW": a body after "phụ trách" is the office's portfolio when another body is
        # named after it; that one is met.
        orgs = [o for o in orgs if not _PORTFOLIO_BEFORE.search(scan.text, max(0, o.start - 30), o.start)]
    # A country inside a named body's name is the body's ("Cơ quan hợp tác quốc tế Nhật Bản"), not the partner.
    foreign = [g for g in owners if (g.kind == "place" or (g.kind == "country" and _code(g) != "VN"))
               and not any(o.start <= g.start and g.end <= o.end for o in orgs)]
    first_foreign = foreign[0] if foreign else None
    if vn_owner is not None and (first_foreign is None or vn_owner.start < first_foreign.start) and (
            subsidiary := _named_office(scan, orgs, vn_owner) or _foreign_subsidiary(scan, start, vn_owner, article)
    ) is not None:
        return _Reading("foreign", subsidiary, strong=True)
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
        if person_like and _PARLIAMENT.search(guess.name) and (
                country := gazetteer.country_by_name(article.main_country() or "")) is not None:
            # "Chủ tịch Ủy ban Tài chính Thượng viện Orrin Hatch": a member of a parliament or government met as
            # the state, here the one the article is about (GUIDELINES §3).
            guess = country_partner(country)
    if head_pos is None and person_like and (company := _company_named(text)) is not None:
        # "ông Bob McCoey, Phó Chủ tịch Nasdaq": a widely known company named without a head word is the body met.
        guess = organization_partner(*company)
        return _Reading("foreign", guess, strong=True)
    if "foreign" in sides and "vn" not in sides:
        return _Reading("foreign", guess)
    if "vn" in sides and "foreign" not in sides:
        return _Reading("vn", national=True)
    if guess is not None and head_pos is not None and (article.main_country() or guess.country_code):
        # "Chủ tịch Quỹ Harbinger" in an article about a foreign country: a body with a foreign-looking name is
        # that country's, as _body_parties reads a body named alone.
        core = re.sub(r"^\S+\s+", "", _org_name(scan.text, head_pos, end))
        if core and not _vietnamese_like(core) and not re.fullmatch(r"[A-ZĐ0-9&\s.-]+", core):
            return _Reading("foreign", guess)
    return _Reading(None, guess)


def _named_office(scan: _Scan, orgs: list[gazetteer.Mention], vn_owner: gazetteer.Mention) -> PartnerRef | None:
    """"Trưởng đại diện JICA Việt Nam", "KOICA Việt Nam", "JETRO Hà Nội", "UNDP Việt Nam": a named foreign or
    international body right before a Vietnamese place is its office there, the body itself (GUIDELINES §1)."""
    org = next((o for o in orgs if o.end <= vn_owner.start and not scan.text[o.end:vn_owner.start].strip()), None)
    if org is None:
        return None
    entry = _entry_org(org)
    return PartnerRef(entry.name, entry.kind, entry.country_code or None, entry.name_en)


def _foreign_subsidiary(scan: _Scan, start: int, vn_owner: gazetteer.Mention, article: _Article) -> PartnerRef | None:
    """"Tổ hợp Samsung Việt Nam", "Công ty Honda Việt Nam": a foreign company's subsidiary in Vietnam is the foreign
    company's (GUIDELINES §1), not a Vietnamese body. Its name before "Việt Nam" is foreign-looking and no Vietnamese
    firm's; its country is the company's own when widely known, else the country the article is about."""
    if vn_owner.kind != "country":
        return None
    head_pos, head_kind = _first_org_head(scan.text, start, vn_owner.start)
    head = _COMPANY_HEAD.match(scan.text, head_pos) if head_pos is not None and head_kind == "organization" else None
    if head is None:
        return _known_subsidiary(scan, start, vn_owner)
    name = scan.text[head_pos:vn_owner.end]
    words = _FIRM_FORM.sub(" ", scan.text[head.end():vn_owner.start]).split()
    if not words or not all(w[:1].isupper() or w[:1].isdigit() or w == "&" for w in words) or \
            _vietnamese_like(" ".join(words)) or is_vietnamese(name):
        return None
    code = gazetteer.company_country(name) or article.main_country()
    return PartnerRef(name=name, kind="organization", country_code=code)


def _known_subsidiary(scan: _Scan, start: int, vn_owner: gazetteer.Mention) -> PartnerRef | None:
    """"Tổng Giám đốc Samsung Việt Nam", "Giám đốc Intel Việt Nam": right after the title, with no head word, a widely
    known foreign company's name before "Việt Nam" is its subsidiary's (its country the company's own)."""
    titles = [t for t in scan.titles if start <= t.start and t.end <= vn_owner.start]
    if not titles:
        return None
    core = scan.text[titles[-1].end:vn_owner.start].strip()
    words = core.split()
    if not 0 < len(words) <= 3 or not all(w[:1].isupper() for w in words) or _vietnamese_like(core):
        return None
    code = gazetteer.company_country(core)
    return None if code is None else PartnerRef(name=scan.text[titles[-1].end:vn_owner.end].strip(),
                                                kind="organization", country_code=code)


_COMPANY_HEADS = "tập đoàn|tổ hợp|tổng công ty|công ty|ngân hàng|quỹ|hãng"
_COMPANY_HEAD = re.compile(rf"(?i)(?:{_COMPANY_HEADS})\s+")
_FIRM_FORM = re.compile(r"\b(?:TNHH|MTV|CP|JSC|Co\.?|Ltd\.?)(?!\w)|[,()]|\s(?:khu vực|tại)\s*$")


_CONSULATE = re.compile(r"\s*quán(?!\w)")  # "Tổng Lãnh sự quán Vương quốc Campuchia": the body as written
_CONSUL = re.compile(r"(?i)(?<!\w)(?P<general>Tổng\s+)?Lãnh\s+sự(?!\s+danh\s+dự)(?!\w)")
# Parliaments and governments; China's National People's Congress and its advisory conference are named apart.
_PARLIAMENT = re.compile(r"\b(?:Quốc hội|Thượng viện|Hạ viện|Nghị viện|Chính phủ|Đại hội Đại biểu nhân dân toàn quốc|"
                         r"Nhân đại|Hội nghị Hiệp thương chính trị|Chính hiệp)\b")


_PORTFOLIO_BEFORE = re.compile(r"(?i)(?<!\w)phụ\s+trách(?:\s+khu\s+vực)?\s+$")


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
    if head_kind == "council" and head_pos is not None and _named_council(scan, head_pos):
        head_kind = "organization"  # "Hội đồng Phát triển thương mại Hong Kong": a body, not the city's council
    # Consulates: "ông Keo Vy, Tổng Lãnh sự Campuchia tại TP. Hồ Chí Minh" met the consulate general.
    consul = _CONSUL.search(text, start, end)
    if country is not None and not places and consul and person_like and not _CONSULATE.match(text, consul.end()):
        post = next((g for g in scan.geo if start <= g.start and g.end <= end and g.kind == "province"
                     and gazetteer.is_mission_post(text, g.start)), None)
        return consulate_partner(country, bool(consul.group("general")), text[post.start:post.end] if post else None)
    # Embassies: "Đại sứ quán Hoa Kỳ", "Đại sứ Hoa Kỳ tại Việt Nam".
    if country is not None and not places and re.search(r"(?i)\bĐại sứ\b", text[start:end]) and (
            head_kind == "embassy" or person_like):
        return embassy_partner(country)
    if places and head_pos is not None and head_kind in ("organization", "embassy") and not (
            _OWN_PLACE_HEADS.match(text, head_pos) and _org_name(text, head_pos, end).find(places[0].text) > 0):
        head_pos = None  # "Chủ nhiệm Ủy ban Thường vụ Nhân đại tỉnh Phúc Kiến": the province is the partner
    if head_kind in ("organization", "embassy") and head_pos is not None:
        if person_like and (_STATE_HEADS.search(text[start:end]) or _state_organ().search(text[start:end])) and \
                not places and not _below_minister(
                scan, start, end):
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
    if head_pos is None and person_like and countries and (company := _company_named(text[start:countries[0].start])):
        # "Chủ tịch Samsung Electronics (Hàn Quốc)", "Phó Chủ tịch Boeing (Hoa Kỳ)": a widely known company named
        # without a head word, its country after it, is the body met.
        return organization_partner(company[0], company[1] or code)
    if head_kind == "country" and head_pos is not None and person_like and text.startswith("Bộ ", head_pos) and \
            _below_minister(scan, start, end):
        return organization_partner(_org_name(text, head_pos, end), code)  # "Cục trưởng ..., Bộ Quốc phòng Campuchia"
    if head_kind == "country" and head_pos is not None and not person_like:
        name = _org_name(text, head_pos, end)
        if not re.fullmatch(r"(?i)(?:Quốc hội|Thượng viện|Hạ viện|Chính phủ|Nghị viện)\b.*", name):
            return organization_partner(name, code)
    assert country is not None
    return country_partner(country)


@lru_cache(maxsize=1)
def _state_organ() -> re.Pattern[str]:
    """A foreign state's own organ named in a title (lexicons/state_organs.tsv): "Ủy viên trưởng Ủy ban Thường vụ Đại
    hội Đại biểu nhân dân toàn quốc Trung Quốc" is the head of China's parliament, met as the country."""
    heads = sorted((r["head"] for r in load_tsv("state_organs.tsv")), key=len, reverse=True)
    return re.compile(r"(?i)(?<!\w)(?:" + "|".join(re.escape(h).replace(r"\ ", r"\s+") for h in heads) + r")(?!\w)")


def _below_minister(scan: _Scan, start: int, end: int) -> bool:
    """"Cục trưởng Cục pháp chế, Bộ Quốc phòng Campuchia", "Giám đốc Văn phòng ..., Bộ Nông nghiệp Mỹ": an official
    of a ministry below a vice-minister meets as the ministry; a minister or vice-minister meets as the country."""
    if not re.search(r"\bBộ\b", scan.text[start:end]) or re.search(
            r"(?i)\b(?:Quốc hội|Thượng viện|Hạ viện|Nghị viện|Chính phủ|Nội các|Quốc vụ viện)\b", scan.text[start:end]):
        return False
    ranks = [_title(t).rank for t in scan.titles if start <= t.start < end]
    return bool(ranks) and max(ranks) < _MINISTER_RANK


_MINISTER_RANK = 45  # titles.tsv: Thứ trưởng 60, Nghị sĩ 45; Cục trưởng, Vụ trưởng 40, Giám đốc 20


def _named_council(scan: _Scan, head_pos: int) -> bool:
    """A council head followed by a name of its own, not by its place ("Hội đồng Phát triển thương mại Hong Kong",
    "Hội đồng Kinh doanh Hoa Kỳ - ASEAN" vs "Hội đồng thành phố Daejeon", "Hội đồng Tỉnh Sakai")."""
    head = _org_heads()[0].match(scan.text, head_pos)
    if head is None:
        return False
    rest = scan.text[head.end():].lstrip()
    after = head.end() + len(scan.text[head.end():]) - len(rest)
    return rest[:1].isupper() and not any(g.start == after for g in scan.geo)


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
    held = re.search(r"\s*\([^()]*\)\s+(?=[A-ZĐ])", name)
    if held and not any(g.start == 0 for g in gazetteer.find_geo(name[held.end():])) and re.match(
            r"[A-ZĐ]\w+(?:[\s-]+[A-ZĐ]\w+)+\s*$", name[held.end():]):
        name = name[:held.start()]  # "Tập đoàn Shire (Ireland) | Linda Seah": a name after the bracket is its holder's
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
    bodies: dict[str, PartnerRef] = field(default_factory=dict)  # last foreign body named, by its head word
    # Index of the first caption sentence (captions are read after the body; 0 = the headline): the body's sentences
    # are 1 .. captions_from - 1. None: no captions, every sentence after the headline is the body's.
    captions_from: int | None = None

    def in_body(self, party: Party) -> bool:
        """PARTY is named in a sentence of the body: not the headline, not a photo caption (both restate the body)."""
        return party.sentence >= 1 and (self.captions_from is None or party.sentence < self.captions_from)

    def main_country(self) -> str | None:
        """The foreign country the article is about: named in at least 60% of the foreign mentions."""
        if not self.foreign_codes:
            return None
        code, count = Counter(self.foreign_codes).most_common(1)[0]
        return code if count >= 0.6 * len(self.foreign_codes) else None

    def context_locality(self, scan: _Scan, pos: int) -> str | None:
        provinces = [g for g in scan.geo if g.kind == "province" and not gazetteer.is_mission_post(scan.text, g.start)]
        if provinces:
            best = min(provinces, key=lambda g: abs(g.start - pos))
            return _name(best)
        if len(set(self.localities)) == 1:
            return self.localities[0]
        # An unnamed "UBND tỉnh" of a provincial paper's page is its own province's (transforms/outlets.py).
        outlet = outlet_province()
        return outlet if outlet is not None and (not self.localities or outlet in self.localities) else None

    def remember(self, party: Party) -> None:
        if party.person and party.kind in ("person", "delegation"):
            known = self.persons.get(party.person)
            if known is None or (party.strong and not known.strong) or (known.weak and not party.weak) or (
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


# A person named as a time or an office of the past, or quoted, not met: "dưới thời cựu Tổng thống Barack Obama",
# "chính quyền của Tổng thống Donald Trump", "người tiền nhiệm Park Geun-hye", "cố Chủ tịch X", "như Lãnh tụ Fidel
# Castro đã khẳng định".
_BACKGROUND_BEFORE = re.compile(
    r"(?i)(?:(?<!\w)(?:(?:dưới|từ|vào|trong|thuộc)\s+thời(?:\s+kỳ)?|nhiệm\s+kỳ|chính\s+quyền)(?:\s+của)?"
    r"|(?<!\w)(?:người\s+)?tiền\s+nhiệm(?:\s+của\s+(?:ông|bà))?|(?<!\w)cố)(?:\s+(?:ông|bà|cựu|nguyên))*\s+$")
_QUOTED = (re.compile(r"(?i)(?<!\w)như\s+(?:[^\s,;.]+\s+){0,4}$"),
           re.compile(r"(?i)\s*(?:(?:cũng|đã|từng)\s+)+(?:khẳng định|nói|nhấn mạnh|viết|dạy|căn dặn|chỉ rõ)\b"))


def _background(text: str, start: int, end: int) -> bool:
    if _BACKGROUND_BEFORE.search(text, max(0, start - 40), start):
        return True
    return bool(_QUOTED[0].search(text, max(0, start - 40), start) and _QUOTED[1].match(text, end))


# Countries whose people the Vietnamese press names in Sino-Vietnamese syllables ("Tập Cận Bình", "Lại Chí Hồng").
_SINO_NAMES = frozenset(_words("sino_name_country"))


def _person_parties(scan: _Scan, article: _Article) -> list[Party]:
    # "Phó Chủ tịch Nasdaq": a run right after a title that is wholly a known company's or a country's name is the
    # title's organ, never a person; the apposition before it runs over it.
    runs = [r for r in _name_runs(scan) if not (_names_body(r.text) and any(
        0 <= r.start - t.end <= 1 for t in scan.titles))]
    parties: list[Party] = []
    for run in runs:
        after = _after_company(scan, run)
        if after is None:
            continue
        run = _after_firm_word(scan, after)
        if parties and run.start < parties[-1].end and (head := _first_org_head(scan.text, parties[-1].start,
                                                                                 run.start)[0]) is not None \
                and not re.search(r"[,;]", scan.text[head:run.start]):
            continue  # "Chủ tịch Liên minh nghị sỹ Mê Công Nhật Bản": a word of the body's name in the title before
        if run.j - run.i == 1 and scan.text[run.start - 1:run.start] == "(" and scan.text[run.end:run.end + 1] == ")":
            continue  # "Tổ chức Cảnh sát hình sự quốc tế (Interpol)": the short name of the body before it
        if _org_head_at(scan.text, run.start):
            continue  # "Quỹ Phát triển ...", "Tập đoàn Nidec": a body's name
        if gazetteer.province_by_name(run.text) is not None:
            continue  # "Chủ tịch Hồ Chí Minh" (memorials, "Khu di tích"): never a party to a meeting today
        left = _left_title(scan, run)
        right = _right_title(scan, run, runs, left_titled=left is not None)
        honor = _HONORIFIC.search(scan.text[max(0, run.start - 16):run.start])
        known = article.by_name(run.text)
        if right is not None and (left is not None or honor is not None) and right[1] - right[0] <= len(
                right[2][0].text) + 1 and _next_word(scan.text, right[1]) in _TITLE_STOP and left is not None:
            # "Bành Thanh Hoa, Thủ tướng nhấn mạnh": the bare title opens the next clause, it is not an apposition.
            right = None
        if right is not None and left is not None and _vietnamese_like(run.text) and _title(left[1][-1]).side != \
                "foreign" and (appos := _read_phrase(scan, right[0], right[1], True, article)).side == "foreign" \
                and appos.strong:
            # "Với Thứ trưởng Nguyễn Minh Hồng, Trợ lý Đại diện thương mại Hoa Kỳ nêu ...": a Vietnamese official
            # titled before his name holds no office of a foreign state after it; that is the next clause's subject.
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
        if run.j - run.i <= 2 and _COMPANY_BEFORE.search(scan.text[max(0, run.start - 40):run.start]):
            continue  # "Giám đốc điều hành Tập đoàn Blackstone": the company's name, not a person's
        start = left[0] if left else run.start
        if honor:
            start = min(start, run.start - len(honor.group()))
        end = right[1] if right else run.end
        title_parts = []
        chain = []
        rank = _RANK_BEFORE.search(scan.text, max(0, run.start - 24), run.start)
        if rank is not None and not left:
            # "Thiếu tướng Thaw Lwin, Cục trưởng Cục Thông tin": the rank is part of the title as written; "Đại tướng
            # Chaichan Changmongkol" with no office named is titled by the rank alone (a fuller mention wins).
            title_parts.append(rank.group(1))
        # "Chủ tịch Đảng Công Minh - Ngài Natsuo Yamaguchi": the honorific between a title and the name is neither.
        left_end = run.start - len(honor.group()) if left and honor and run.start - len(honor.group()) > left[0] \
            else run.start
        if left:
            title_parts.append(scan.text[left[0]:left_end].strip(" ,-–—"))
            chain += left[1]
        envoy = right is not None and _ENVOY.match(scan.text, right[0]) is not None
        if right:
            title_parts.append(scan.text[right[0]:right[1]].strip(" ,"))
            if not envoy:
                chain += right[2]  # an envoy's "của Tổng thống Hàn Quốc" is another person's office
        title = ", ".join(p for p in title_parts if p) or None
        party = Party("person", start, end, person=run.text, title=title,
                      title_head=_title(chain[-1]).text if chain else None,
                      rank=max((_title(t).rank for t in chain), default=0), titled=bool(chain))
        reading = _Reading(None)
        spans = [(right[0], right[1])] if right else []
        if left:
            # The title glued before the name first ("Phó Thủ tướng Chính phủ Belarus Semashko, Thứ trưởng ... Rybakov,
            # Đại sứ ...": the apposition after it may run over the next people), the nearest title of a chain first;
            # an envoy's apposition ("Hoàng hậu Hà Lan X, Đặc phái viên của Tổng Thư ký LHQ") comes last too.
            spans = [(left[1][-1].start, left_end), (left[0], left_end), *spans]
        first: _Reading | None = None
        body: _Reading | None = None  # a body named with no side ("Chủ tịch Công ty Acecook"): the name decides
        for span in spans:
            reading = _read_phrase(scan, span[0], span[1], True, article)
            if reading.side is not None and first is None:
                first = reading
            if reading.side is None and reading.partner is not None and body is None:
                body = reading
            if reading.partner is not None and first is not None and reading.side == first.side:
                break  # the first reading that names the body; a bare title ("Thống đốc") only says the side
        else:
            reading = first or body or _Reading(None)
        weak = False
        if not reading.strong and known is not None and known.side is not None and (known.strong or
                                                                                      reading.side is None):
            # A side only guessed from the look of the name stays a guess, except where this mention has its title:
            # "Ông Phạm Bình Minh chủ trì ..." in the headline does not make "Phó Thủ tướng Phạm Bình Minh" a guess.
            weak = known.weak and (not chain or _sino_guess(article))
            # What an earlier, fuller mention said ("Chủ tịch Trung Quốc Tập Cận Bình") beats a bare title.
            reading = _Reading(known.side, known.partner, known.locality, known.national, known.strong)
            party.title = party.title or known.title
            party.title_head = party.title_head or known.title_head
            party.rank = max(party.rank, known.rank)
        if reading.side is None and (affiliation := _geo_before(scan, run)) is not None:
            # "người đồng cấp Trung Quốc Thường Vạn Toàn": the country right before the name is the person's.
            reading = _read_phrase(scan, affiliation.start, affiliation.end, True, article)
        if reading.side is None and reading.partner is not None and right is not None and (
                0 <= scan.text.find(",", right[0], right[1]) < scan.text.find(reading.partner.name, right[0])):
            # "Chủ tịch Tiểu ban ..., Ủy ban Quân vụ": an organ named without its country after a comma is the
            # next one up; it does not say whose the person is.
            reading.partner = None
        if reading.side is None:
            vietnamese = _vietnamese_like(run.text)
            # "ông Tập Cận Bình" with no title anywhere, or "Chủ tịch Tập Cận Bình" in an article about China that
            # never speaks of Việt Nam: Chinese names are written in Sino-Vietnamese syllables.
            weak = not chain or _sino_guess(article)
            reading = _Reading("vn" if vietnamese else "foreign", None if vietnamese else reading.partner,
                               national=vietnamese)
        if reading.side == "vn" and not reading.strong and not _vietnamese_like(run.text) and chain:
            # "Chủ tịch Ủy ban Đối ngoại Thượng viện Bob Corker": a generic title or a body's name read as
            # Vietnamese, but the name is not: the person is foreign (a strong reading, a province, still wins).
            reading = _Reading("foreign", None)
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
        party.not_met = _in_not_met(scan, run.start) or _background(scan.text, start, run.end)
        party.weak = weak and party.side == "vn"
        parties.append(party)
    _cut_titles_at_names(parties)
    return parties


def _after_firm_word(scan: _Scan, run: _NameRun) -> _NameRun:
    """"Chủ tịch Hội đồng thành viên Vinalines | Lê Anh Sơn", "Chủ tịch Vinatex | Trần Quang Nghị": a titled run whose
    first word is a foreign-looking short name (the company of the title) and whose rest is a Vietnamese name
    opening on a family name is that name; the word is the title's organ."""
    if run.j - run.i < 3 or _title_at_end(scan, run.start) is None:
        return run
    first, rest = scan.tokens[run.i], scan.text[scan.tokens[run.i + 1].start:run.end]
    if _vietnamese_like(first.text) or scan.tokens[run.i + 1].text not in gazetteer._family_names() or \
            not _vietnamese_like(rest):
        return run
    return _NameRun(run.i + 1, run.j, scan.tokens[run.i + 1].start, run.end, rest)


def _title_at_end(scan: _Scan, pos: int) -> gazetteer.Mention | None:
    """A title (of the lexicon) ending right before POS, past at most a few words of its organ."""
    return next((t for t in scan.titles if t.end <= pos and not re.search(r"[,;:.()]", scan.text[t.end:pos])
                 and len(scan.text[t.end:pos].split()) <= 4), None)


def _cut_titles_at_names(parties: list[Party]) -> None:
    """"Chủ tịch AIIB Kim Lập Quần, Giám đốc toàn cầu Tập đoàn Cisco Goh Seow Hiong, Chủ tịch ...": an apposition
    that runs over another named person of the same sentence ends at the comma before that person's office; what
    follows is the next person's."""
    for party in parties:
        if not party.title or not party.person:
            continue
        for other in parties:
            title = party.title
            if not title:
                break  # cut down to nothing by an earlier person
            if other is party or not other.person or len(other.person.split()) < 2:
                continue
            at = title.find(other.person)
            if at <= 0 or not (party.start <= other.start < party.end or other.start <= party.start):
                continue
            comma = title.rfind(",", 0, at)
            if comma > 0:
                party.title = title[:comma].strip() or None
    for party in parties:
        # "Phó Chủ tịch Tập đoàn Shire (Ireland) Linda Seah, Giám đốc khu vực Ngân hàng HSBC (Anh) Doreen Steidle": the
        # office after the comma opens the next person's own title (told before that name), so it is not this one's.
        if not party.title or not party.person or "," not in party.title:
            continue
        for other in parties:
            if other is party or not other.person or not other.title or not (party.start < other.start < party.end):
                continue
            comma = party.title.find(",")
            while comma > 0:
                tail = party.title[comma + 1:].strip()
                # (not when the other's title goes on with an office of its own after a comma: "..., Bộ trưởng Bộ Quốc
                # phòng Việt Nam, Thủ tướng Nguyễn Xuân Phúc" is a chain read too far, not the next person's office)
                if tail and other.title.startswith(tail) and "," not in other.title[len(tail):]:
                    party.title = party.title[:comma].strip() or None
                    break
                comma = party.title.find(",", comma + 1)
            if not party.title or "," not in party.title:
                break


def _company_named(text: str) -> tuple[str, str] | None:
    """The name as written and the country of a widely known foreign company that TEXT names by its bare name."""
    by_first = _companies_by_first_word()
    for m in re.finditer(r"(?<!\w)[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*", text):
        words = m.group().split()
        folded = [_fold(w) for w in words]
        # The companies whose first word the run has, in the gazetteer's order (longest names first).
        for _, company, code in sorted({entry for w in set(folded) for entry in by_first.get(w, ())}):
            n = len(company)
            for i in range(len(words) - n + 1):
                if tuple(folded[i:i + n]) == company:
                    end = i + n
                    while end < len(words) and words[end] in gazetteer.org_suffixes():
                        end += 1  # "Samsung Electronics", "Boeing Company": the name as written
                    return " ".join(words[i:end]), code
    return None


@lru_cache(maxsize=1)
def _companies_by_first_word() -> dict[str, tuple[tuple[int, tuple[str, ...], str], ...]]:
    """Folded first word -> (rank in gazetteer.companies(), folded words, country) of the companies it begins."""
    index: dict[str, list[tuple[int, tuple[str, ...], str]]] = {}
    for rank, (company, code) in enumerate(gazetteer.companies()):
        index.setdefault(company[0], []).append((rank, company, code))
    return {word: tuple(entries) for word, entries in index.items()}


@lru_cache(maxsize=1)
def _company_names() -> frozenset[tuple[str, ...]]:
    return frozenset(company for company, _ in gazetteer.companies())


def _names_body(text: str) -> bool:
    """Is TEXT, as a whole, the name of a widely known foreign company or of a country (foreign_orgs, countries)? A
    known company's name with a suffix after it ("Samsung Electronics", "Toyota Motor Corporation") also is."""
    words = tuple(_fold(text).replace("-", " ").split())
    raw = text.split()
    while len(raw) > 1 and raw[-1] in gazetteer.org_suffixes():
        raw, words = raw[:-1], words[:-1]
    return words in _company_names() or (
        gazetteer.country_by_name(text) is not None and len(text) > 3) or _fold(text) in _organ_words()


@lru_cache(maxsize=1)
def _organ_words() -> frozenset[str]:
    """Folded one-word names of foreign state organs (lexicons/state_organs.tsv: "Duma", "Knesset", "Bundestag"):
    "Chủ tịch Duma quốc gia Nga" names the organ, not a person called Duma."""
    return frozenset(_fold(r["head"]) for r in load_tsv("state_organs.tsv") if " " not in r["head"].strip()
                     and r["head"][:1].isupper() and _fold(r["head"]) not in ("bo",))


def _geo_before(scan: _Scan, run: _NameRun) -> gazetteer.Mention | None:
    for g in scan.geo:
        if g.kind in ("country", "place") and 0 <= run.start - g.end <= 1 and re.search(
                r"(?:đồng cấp|phía|ngoại trưởng|nghị sĩ)\s+$", scan.text[max(0, g.start - 12):g.start]):
            return g
    return None


def _after_company(scan: _Scan, run: _NameRun) -> _NameRun | None:
    """"Chủ tịch Tập đoàn Nidec Shigenobu Nagamori": the company's name is glued to the person's; so are the words
    that continue a company's acronym ("quỹ đầu tư KKR Global David Petraeus"). None when nothing of the run is
    left for a person ("Chủ tịch quỹ đầu tư KKR Global.")."""
    toks = scan.tokens
    if run.i > 0 and toks[run.i - 1].text.isupper() and len(toks[run.i - 1].text) >= 2 and \
            scan.text[toks[run.i - 1].end:run.start] == " " and toks[run.i].text in gazetteer.org_suffixes():
        i = run.i
        while i < run.j and toks[i].text in gazetteer.org_suffixes():
            i += 1
        if i == run.j:
            return None
        run = _NameRun(i, run.j, toks[i].start, run.end, scan.text[toks[i].start:run.end])
    if run.j - run.i < 3 or not _COMPANY_BEFORE.search(scan.text[max(0, run.start - 40):run.start]):
        return run
    first = toks[run.i + 1]
    return _NameRun(run.i + 1, run.j, first.start, run.end, scan.text[first.start:run.end])


# Heads of company-like bodies: the capitalised word right after one is the body's name, not a person's
# ("Tổng Giám đốc Tổ hợp Samsung Việt Nam", "Giám đốc điều hành Tập đoàn Blackstone").
_COMPANY_BEFORE = re.compile(r"(?i)(?:tập đoàn|tổ hợp|công ty|ngân hàng|quỹ|hãng thông tấn|hãng|tổ chức|đại học|trường|"
                             r"học viện|câu lạc bộ|hiệp hội|phòng thương mại|"
                             # a publication's name: "Phó Tổng Biên tập tạp chí The Diplomat", "tờ Washington Post"
                             r"(?<!\w)(?:tạp chí|tờ|nhật báo|tuần báo|báo|kênh|đài|hãng tin|trang))"
                             rf"(?:\s+(?:{'|'.join(re.escape(d) for d in gazetteer.org_descriptors())}))?\s+$")


def _next_word(text: str, pos: int) -> str:
    m = re.match(r"\W*(\w+)", text[pos:])
    return m.group(1).lower() if m else ""


# What ends a delegation's own clause before its "do X dẫn đầu"; the dot of an abbreviation ("tại TP. Hồ Chí Minh do
# ông X") does not.
_CLAUSE_ENDS = re.compile(r"(?<!\bTP)(?<!\bTp)(?<!\bTX)[.;:]|\s(?:đã|đang|sẽ|vừa|có|tiếp|được|cùng|bắt đầu|thăm|với)\s")


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
        if do and not _CLAUSE_ENDS.search(text[aff_start:aff_start + do.start() + 1]):
            after_do = aff_start + do.end()
            lead_end = _DELEGATION_HEAD_END.search(text, after_do)
            if lead_end and lead_end.start() - after_do < 260:
                aff_end = aff_start + do.start()
                heads = [p for p in persons if after_do <= p.start < lead_end.start()]
                head = heads[0] if heads else None
                end = lead_end.end()
        else:
            # "Esteban Lazo Hernandez dẫn đầu Đoàn đại biểu ...", "Đại sứ ... Choi Young Sam cùng đoàn công tác đã
            # đến thăm ...": the person before heads the delegation.
            before = re.search(r"\s(?:dẫn đầu|đứng đầu|cùng)\s+(?:các\s+)?$", text[max(0, m.start() - 14):m.start()])
            if before:
                heads = [p for p in persons if p.end <= m.start() and m.start() - p.end < 16]
                head = heads[-1] if heads else None
        aff = text[aff_start:aff_end].strip(" ,")
        aff_words = re.sub(r"(?i)^(?:đại biểu|công tác|cấp cao|quan chức|doanh nghiệp|hỗn hợp|liên ngành|các|của|"
                           r"và|[,\s])+", "", aff)
        # A head named before "Đoàn" opens the delegation's span, so his name is not read again as a bare title.
        party = Party("delegation", min(m.start(), head.start) if head is not None else m.start(), end, head=head)
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
            elif reading.side == "foreign" and reading.partner is not None and reading.partner.kind == "organization" \
                    and head.rank >= _MINISTER_RANK and re.search(r"(?<!\w)(?:Bộ|Chính phủ)\s+[A-ZĐ]", aff_words) and \
                    (country := gazetteer.country_by_name(reading.partner.country_code or "")) is not None:
                # "Đoàn cán bộ cao cấp của Bộ Bưu chính và Viễn thông Lào do Bộ trưởng ... dẫn đầu": a minister's
                # delegation meets as the country (GUIDELINES §3).
                reading = _Reading("foreign", country_partner(country), strong=reading.strong)
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
    # The same for a foreign place: "lãnh đạo tỉnh Quảng Tây (Trung Quốc)", "chính quyền bang Kansas".
    for g in scan.geo:
        if g.kind != "place":
            continue
        lead = _LOCAL_BODY.search(text[max(0, g.start - 40):g.start])
        if lead and free(g.start - len(lead.group()), g.end):
            out.append(Party("body", g.start - len(lead.group()), g.end, side="foreign",
                             partner=place_partner(_entry_place(g)), strong=True, not_met=_in_not_met(scan, g.start)))
    # National Vietnamese bodies (the gazetteer leaves out "Quốc hội Cuba", "Bộ Tư pháp Nhật Bản").
    for b in scan.bodies:
        if _REPORTER_BEFORE.search(text, max(0, b.start - 30), b.start):
            continue  # "Phóng viên TTXVN tại Canada cho biết": the reporting agency, never a party
        start = _unit_before(text, b.start)
        if free(start, b.end) and _name(b) not in ("Chủ tịch nước",):
            out.append(Party("body", start, b.end, side="vn", national=True,
                             not_met=_in_not_met(scan, b.start) or _publishes(text, start)))
    # Foreign bodies: an organisation head before a name ("Tập đoàn Nidec", "Cơ quan Cảnh sát quốc gia Nhật Bản",
    # "Quốc hội Cu Ba"), with a unit of it named first ("Ban công tác đặc biệt Chính phủ Lào").
    for pos in _org_head_positions(text):
        kind = _org_head_at(text, pos)
        if kind is None or not free(pos, pos + 1):
            continue
        if _AGENCY_HEAD.match(text, pos) and not _MET_BEFORE.search(text, max(0, pos - 30), pos):
            continue  # "Hãng thông tấn TASS đã đưa tin về cuộc hội đàm ...": the agency reports it
        end = _body_end(scan, pos)
        start = _unit_before(text, pos)
        if not free(start, end):
            continue
        reading = _read_phrase(scan, pos, end, False, article)
        name = _org_name(text, start, end)
        if reading.side is None:
            core = re.sub(r"^\S+\s+", "", name)
            # "Tập đoàn Nidec" abroad reads as foreign; an acronym ("Tập đoàn BRG") or a Vietnamese word does not.
            known = gazetteer.company_country(name) if _COMPANY_HEAD.match(text, pos) else None
            foreign_looking = core and not _vietnamese_like(core) and not re.fullmatch(r"[A-ZĐ0-9&\s.-]+", core) \
                and article.main_country()
            if not foreign_looking and not known:
                continue
            reading = _Reading("foreign", organization_partner(name, known or article.main_country(),
                                                               kind if kind != "country" else "organization"))
        elif reading.side == "foreign" and start < pos:
            reading.partner = organization_partner(name, reading.partner.country_code if reading.partner else None)
        out.append(Party("body", start, end, side=reading.side, partner=reading.partner, locality=reading.locality,
                         national=reading.national,
                         not_met=_in_not_met(scan, pos) or _publishes(text, start) or _congress_of(text, start),
                         title=_leaders_of(text, start, end) if reading.side == "foreign" else None))
        if reading.side == "foreign" and reading.partner is not None and reading.partner.kind == "organization":
            leaders = _LEADERS_BEFORE.search(text, max(0, start - 30), start)
            for s_, e_, item in _listed_companies(scan, pos, end):
                if free(s_, e_):
                    # "lãnh đạo Tập đoàn Coca Cola, Exxon Mobile và Nike": each company met through its leaders
                    out.append(Party("body", s_, e_, side="foreign", partner=organization_partner(
                        item, reading.partner.country_code), not_met=_in_not_met(scan, s_),
                        title=f"{leaders.group(1)} {item}" if leaders else None))
    for o in scan.orgs:
        prev = text[max(0, o.start - 14):o.start]
        if prev.endswith("(") or _REPORTER_BEFORE.search(text, max(0, o.start - 30), o.start):
            continue  # "(LHQ)", "(OFID)": an abbreviation of the name before it; "Theo Kyodo": a source
        if _AGENCY_HEAD.match(_entry_org(o).name) and not _MET_BEFORE.search(text, max(0, o.start - 30),
                                                                                         o.start):
            continue  # "Hãng tin Sputnik cũng đưa tin về cuộc gặp ...": an agency named alone reports, it meets no one
        if re.search(r"(?i)\b(?:hội nghị|diễn đàn|tuần lễ|hội chợ|thượng đỉnh|cấp cao)\b[^,.;()]{0,40}$",
                     text[max(0, o.start - 45):o.start]):
            continue  # "Hội nghị Bộ trưởng Thương mại APEC": the event, not the body
        if re.search(r"(?:[A-ZĐ]\w*|(?i:hội nghị|cấp cao|thượng đỉnh|khuôn khổ|năm|tuần lễ|của|tại|ở|với))\s+\(?$",
                     prev):
            continue  # "Hội nghị Cấp cao APEC", "Cộng đồng ASEAN": an event or a name, not the body itself
        if free(o.start, o.end):
            org = _entry_org(o)
            out.append(Party("body", o.start, o.end, side="foreign", title=_leaders_of(text, o.start, o.end),
                             partner=PartnerRef(org.name, org.kind, org.country_code or None, org.name_en),
                             not_met=_in_not_met(scan, o.start) or _publishes(text, o.start)))
    return out


_LEADERS_BEFORE = re.compile(r"(?:^|(?<=\s))((?:[Bb]an\s+)?(?:đại diện\s+)?(?:lãnh đạo|đại diện))\s+$")


def _leaders_of(text: str, start: int, end: int) -> str | None:
    """"Thủ tướng tiếp lãnh đạo Tập đoàn Coca Cola": a body met through its leaders, no one named; the phrase is
    the title as written (GUIDELINES §3)."""
    pair = _COUNTRY_PAIR.match(text, end)
    if pair is not None and gazetteer.country_by_name(pair.group(1)) is not None:
        end = pair.end()  # "Phòng Thương mại Hà Lan - Việt Nam": the pair of countries names the chamber
    if re.match(r"(?:[Bb]an\s+)?lãnh đạo\s", text[start:end]):
        return text[start:end].strip()  # "Ban lãnh đạo Phòng Thương mại ...", read as a unit of the body
    lead = _LEADERS_BEFORE.search(text, max(0, start - 30), start)
    return f"{lead.group(1)} {text[start:end].strip()}" if lead else None


_COUNTRY_PAIR = re.compile(r"\s*[-–]\s*([A-ZĐ]\w*(?:\s+[A-ZĐ]\w*){0,2})")


_LATIN_WORD = re.compile(r"[A-Z][A-Za-z0-9&.'’-]*|&")
_LIST_JOIN = re.compile(r"\s*,\s*(?:và\s+)?|\s+và\s+")


def _listed_companies(scan: _Scan, head_pos: int, end: int) -> list[tuple[int, int, str]]:
    """"Tập đoàn Coca Cola, Exxon Mobile và Nike": the companies listed after the first under its head word, each a
    partner of its own (GUIDELINES §1: one row for each). Items are Latin-script capitalised names; the list must
    close with "và" and an item."""
    head = _org_heads()[0].match(scan.text, head_pos)
    if head is None or not _COMPANY_HEAD.match(scan.text, head_pos):
        return []
    text, pos, items = scan.text, end, []
    while (join := _LIST_JOIN.match(text, pos)) is not None:
        k = _token_index(scan, join.end())
        i = k
        while i < len(scan.tokens) and i - k < 4 and not scan.covered[i] and _item_word(scan, i):
            i += 1
        if i == k or (i < len(scan.tokens) and scan.tokens[i].start == scan.tokens[i - 1].end
                      and scan.tokens[i].text not in ",.;"):
            break
        s_, e_ = scan.tokens[k].start, scan.tokens[i - 1].end
        items.append((s_, e_, f"{head.group().strip()} {text[s_:e_]}", "và" in join.group()))
        pos = e_
    while items and not items[-1][3]:
        items.pop()
    return [(s_, e_, name) for s_, e_, name, _ in items]


def _item_word(scan: _Scan, i: int) -> bool:
    tok = scan.tokens[i]
    return bool(_LATIN_WORD.fullmatch(tok.text)) and tok.text not in _TITLE_STOP and not _org_head_at(scan.text,
                                                                                                    tok.start)


# A reporter's agency or a photo credit ("Phóng viên TTXVN tại Canada", "AFP/TTXVN"): never a party.
_REPORTER_BEFORE = re.compile(
    r"(?i)(?:(?:phóng viên|PV|biên tập viên|theo|nguồn|hãng tin|báo)(?:\s+thường trú)?\s*:?\s+|\w/\s*)$")
# The owner of a website that publishes the news ("Trang thông tin chính thức của Bộ Ngoại giao Nhật Bản cũng đăng
# tải ...", "Cổng thông tin điện tử Chính phủ"): named, but no party of the meeting the page reports.
_PUBLISHER_BEFORE = re.compile(
    r"(?i)(?<!\w)(?:trang|cổng)\s+(?:thông tin|TTĐT|mạng|web|tin)(?:\s+(?:điện tử|chính thức|chính|tin tức|của))*\s+$")


# A body named as the holder of an event: "từ sau Đại hội XVIII Đảng Cộng sản Trung Quốc", "Đại hội lần thứ X của
# Đảng Nhân dân Cách mạng Lào", "Kỳ họp thứ 3 Quốc hội Lào": the event is told, the body meets no one there.
_CONGRESS_BEFORE = re.compile(r"(?i)(?<!\w)(?:đại hội|kỳ họp|phiên họp)(?:\s+(?:đại biểu\s+)?(?:toàn quốc\s+)?"
                              r"(?:lần\s+)?(?:thứ\s+)?[IVXLC\d]+)(?:\s+của)?\s+$")


def _congress_of(text: str, start: int) -> bool:
    return bool(_CONGRESS_BEFORE.search(text, max(0, start - 50), start))


def _publishes(text: str, start: int) -> bool:
    return bool(_PUBLISHER_BEFORE.search(text, max(0, start - 50), start))


_AGENCY_HEAD = re.compile(r"(?i)(?:hãng thông tấn|hãng tin|thông tấn xã)\b")
# Words that make a named agency the object of a meeting ("tiếp đoàn đại biểu Hãng thông tấn Tân Hoa xã").
_MET_BEFORE = re.compile(r"(?i)(?:tiếp|với|đoàn|đại biểu|lãnh đạo|thăm)\s+(?:\w+\s+){0,2}$")
_UNIT_BEFORE = re.compile(rf"(?:^|\s)((?:{_phrases('body_unit', either_case=False)})(?:\s+[a-zà-ỹđ]+){{1,4}})\s+$")


def _unit_before(text: str, pos: int) -> int:
    """Start of "Ban công tác đặc biệt | Chính phủ Lào": a unit of a body, named with lower-case words before it."""
    window = text[max(0, pos - 50):pos]
    unit = _UNIT_BEFORE.search(window)
    if unit is None or _LEADERS_UNIT.fullmatch(unit.group(1)):
        return pos  # "Ban lãnh đạo | Phòng Thương mại ...": the body's leaders (a title, _leaders_of), not a unit of it
    return pos - (len(window) - unit.start(1))


_LEADERS_UNIT = re.compile(r"Ban\s+(?:lãnh đạo|đại diện)")


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
    named = False  # a capitalised word of the name itself was read ("Tập đoàn Coca Cola")
    if (country := described_end(text, pos)) is not None:
        k = _token_index(scan, country)  # "Liên đoàn công nghiệp và giới chủ | Hà Lan": on to its country
        named = True
    while k < n:
        tok = scan.tokens[k]
        low = tok.text.lower()
        if scan.covered[k]:
            if named and tok.cap and _title_at(scan, tok.start) is not None:
                break  # "Tập đoàn Coca Cola | Thủ tướng tiếp ...": a title after the name starts the next party
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
        if tok.text in "-–—" and k + 1 < n and _in_compound(scan, k):
            k += 1  # "Hội Hữu nghị Nhật - Việt tỉnh Saitama": a friendship pair, spaced
            continue
        if tok.text in ",.;:!?\"“”" or tok.text in "-–—" or _ends_title(scan, k):
            nxt = scan.tokens[k + 1] if k + 1 < n else None
            if low == "và" and not loose and nxt is not None and any(
                    g.kind in ("country", "place") and pos < g.start and g.end <= tok.start and re.fullmatch(
                        r"\s*(?:\([^()]{1,30}\)\s*)?", text[g.end:tok.start]) for g in scan.geo) and not any(
                    g.start == nxt.start for g in scan.geo):
                break  # "Ủy ban Xúc tiến Thương mại quốc tế Trung Quốc | và Tổng Thương hội ...": named to its country
            if low == "và" and nxt is not None and (loose or nxt.cap) and not _title_at(scan, nxt.start) \
                    and not _org_head_at(text, nxt.start) and not _HONORIFIC.match(nxt.text + " ") \
                    and not (named and _COMPANY_HEAD.match(text, pos) and _LATIN_WORD.fullmatch(nxt.text)) \
                    and not _LEADERS_UNIT.match(text, nxt.start):
                k += 1  # (not "... (EABA) và | Ban lãnh đạo Phòng Thương mại ...": the leaders of the next body)
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
        if named and tok.cap and _holder_after(scan, k):
            break  # "Ủy ban Thường vụ ... (Nhân đại) Trung Quốc | Trương Đức Giang", "Tập đoàn P&G (Mỹ) | Magesvaran"
        if k - _token_index(scan, pos) > 20 or (tok.text in gazetteer.clause_openers() and k + 1 < n and (
                scan.tokens[k + 1].text[:1].islower() or scan.tokens[k + 1].text[:1].isdigit())):
            break  # "Bộ Xây dựng Cuba | Ngày 7/2, tại ...": a headline glued to the lead
        end = tok.end
        named = named or tok.cap
        k += 1
    return end


def _holder_after(scan: _Scan, k: int) -> bool:
    """Does a person's name of two words or more start at token K, right after a country or a closing bracket? Then
    the name before it has ended: the words are its holder's, not the body's."""
    toks = scan.tokens
    if k == 0 or k + 1 >= len(toks) or scan.covered[k] or scan.covered[k + 1] or not toks[k + 1].cap:
        return False
    prev = toks[k - 1]
    after_country = any(g.kind in ("country", "place") and g.end == prev.end for g in scan.geo)
    if not (after_country or prev.text == ")") or toks[k].text in _TITLE_STOP or _org_head_at(scan.text, toks[k].start):
        return False
    run = next((r for r in _name_runs(scan) if r.i == k), None)
    return run is not None and run.j - run.i >= 2


def _in_compound(scan: _Scan, k: int) -> bool:
    """Is the dash at token K inside a pair of countries ("Nhật - Việt", "Việt Nam - Hàn Quốc")?"""
    dash = scan.tokens[k]
    left = any(g.kind == "country" and 0 <= dash.start - g.end <= 1 for g in scan.geo)
    right = any(g.kind == "country" and 0 <= g.start - dash.end <= 1 for g in scan.geo)
    return left and right


def _posted_at(scan: _Scan, start: int, end: int) -> int:
    """End of a diplomat's title with its post: "Đại sứ Phần Lan | tại Việt Nam" (GUIDELINES §3: as written)."""
    if not _DIPLOMATIC.search(scan.text[start:end]):
        return end
    m = re.match(r"\s+tại\s+", scan.text[end:])
    place = next((g for g in scan.geo if m is not None and g.start == end + m.end()), None)
    return place.end if place is not None else end


def _sino_guess(article: _Article) -> bool:
    """A Vietnamese-looking name in an article about China (or Taiwan...) that never speaks of Việt Nam."""
    return not article.vietnamese_context and bool(_SINO_NAMES & set(article.foreign_codes))


def _bare_title_parties(scan: _Scan, taken: list[tuple[int, int]], article: _Article) -> list[Party]:
    """Titles not followed by a name: "Thủ tướng đánh giá cao...", "Thị trưởng thành phố Oakland và ..."."""
    out: list[Party] = []
    for t in scan.titles:
        if any(a <= t.start < b for a, b in taken) or any(p.start <= t.start < p.end for p in out):
            continue
        if any(b.start < t.start < b.end for b in scan.bodies) or any(
                pos < t.start < (described_end(scan.text, pos) or pos) for pos in _org_head_positions(scan.text)
                if t.start - 40 < pos < t.start):
            # "Bộ Tư lệnh Bộ đội Biên phòng", "Liên minh nghị sĩ hữu nghị Fukuoka": a title word inside a body's name
            # (the command, the league), not its head
            continue
        before = scan.text[max(0, t.start - 12):t.start].lower()
        if re.search(r"(?:hai|các|những|cấp|vị|nguyên|cựu|hội nghị|diễn đàn)\s+$", before):
            continue  # "hai Thủ tướng", "Hội nghị Bộ trưởng Thương mại APEC": no one person
        end = _body_end(scan, t.start) if t.end < len(scan.text) else t.end
        end = _posted_at(scan, t.start, max(end, t.end))
        reading = _read_phrase(scan, t.start, end, True, article)
        party = Party("bare", t.start, end, title=scan.text[t.start:end].strip(), title_head=_title(t).text,
                      rank=_title(t).rank)
        holder = next((r for r in _name_runs(scan) if 0 < r.start - end <= 1 and r.j - r.i >= 2
                       and not any(a <= r.start < b for a, b in taken)), None)
        if holder is not None and _holder_after(scan, holder.i):
            # "Ủy viên trưởng Ủy ban Thường vụ ... (Nhân đại) Trung Quốc | Trương Đức Giang": the organ's long name kept
            # the title from reaching the name before it; the name right after the organ is its holder.
            party.kind, party.person, party.end, party.titled = "person", holder.text, holder.end, True
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


def _appositions(scan: _Scan, persons: list[Party], bare: list[Party], article: _Article | None = None) -> list[Party]:
    """"Tổng Giám đốc Quỹ Phát triển quốc tế ... (OFID), ông Suleiman Jasir Al-Herbish": the title before the comma
    is the named person's, its organ listed over commas too ("Bộ trưởng Kinh tế, Giao thông và Nông nghiệp bang
    Rai-lan Phan-xờ, ông Phôn-cơ Vít-xing"). Returns the bare titles left."""
    left = []
    for b in bare:
        tail: int | None = None
        person = None
        for p in persons:
            if p.titled or p.start < b.end or not re.match(_APPOSITION, scan.text[p.start:p.start + 6]):
                continue
            if re.fullmatch(r"[^,.;:]{0,70},\s*", scan.text[b.end:p.start]) and not any(
                    _ends_title(scan, k) for k, t in enumerate(scan.tokens) if b.end <= t.start < p.start):
                # (not "Cảm ơn Phó Thủ tướng đã dành thời gian tiếp đón, ông X": a verb after the title ends it there)
                person = p
                break
            if (tail := _organ_tail(scan, b.end, p.start)) is not None:
                person = p
                break
        if person is None:
            left.append(b)
            continue
        if tail is not None:
            b.title = scan.text[b.start:tail].strip()
            if article is not None and (reading := _read_phrase(scan, b.start, tail, True, article)).side:
                b.side, b.partner, b.locality, b.national, b.strong = (
                    reading.side, reading.partner, reading.locality, reading.national, reading.strong)
        person.title, person.title_head, person.rank = b.title, b.title_head, b.rank
        if b.strong or person.partner is None:
            person.partner = b.partner if person.side == "foreign" or b.strong else person.partner
        if b.strong:
            person.side, person.locality, person.national, person.strong = b.side, b.locality, b.national, True
        person.start = b.start
    return left


def _organ_tail(scan: _Scan, start: int, end: int) -> int | None:
    """End of an organ's name listed over commas between a bare title and an apposed name (", Giao thông và Nông
    nghiệp bang Rai-lan Phan-xờ, | ông X"): each comma followed by a capitalised word that is no title, no verb or
    honorific inside. None when the text between is anything else."""
    m = re.fullmatch(r"([^.;:()]{1,100}?),\s*", scan.text[start:end])
    if m is None:
        return None
    stop = start + len(m.group(1))
    for k, t in enumerate(scan.tokens):
        if not start <= t.start < stop:
            continue
        if t.text == ",":
            nxt = scan.tokens[k + 1] if k + 1 < len(scan.tokens) else None
            if nxt is None or not nxt.cap or _title_at(scan, nxt.start) or nxt.text in _HONORIFICS:
                return None
        elif t.text in _HONORIFICS or (_ends_title(scan, k) and t.text != "và"):
            return None
    return stop


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
    bare = _appositions(scan, persons, bare, article)
    parties = sorted([*persons, *delegations, *bodies, *bare], key=lambda p: p.start)
    for p in parties:
        p.sentence = scan.index
        if p.kind == "anaphor" and (ref := article.delegation_before(scan.index, p.start)) is not None:
            p.side, p.partner, p.locality, p.national = ref.side, ref.partner, ref.locality, ref.national
            p.person, p.title, p.title_head = ref.person, ref.title, ref.title_head
        if bodies_too:
            _bare_head_body(p, article)
    return [p for p in parties if p.side is not None]


_BODY_HEAD = rf"(?i)(?<!\w)({_COMPANY_HEADS}|hiệp hội)"
_BODY_HEAD_START = re.compile(_BODY_HEAD + r"\s")
_BARE_HEAD_END = re.compile(_BODY_HEAD + r"$")


def _bare_head_body(party: Party, article: _Article) -> None:
    """"Tiếp đoàn có ông Kim Sang Hyun, Phó Chủ tịch Tập đoàn": a title ending in a bare head word names the foreign
    body of that head the article named last ("Tập đoàn Lotte"); a foreign body named here is remembered."""
    if party.side == "foreign" and party.partner is not None and party.partner.kind == "organization":
        named = _BODY_HEAD_START.match(party.partner.name)
        if named is not None:
            article.bodies[named.group(1).lower()] = party.partner
        return
    if party.side in ("foreign", None) and party.person and party.title and (
            party.partner is None or party.partner.kind == "country"):
        bare = _BARE_HEAD_END.search(party.title.strip())
        known = article.bodies.get(bare.group(1).lower()) if bare else None
        # Its country, when the reading guessed one from the article, must be the body's.
        if known is not None and (party.partner is None or party.partner.country_code == known.country_code):
            party.side, party.partner = "foreign", known
