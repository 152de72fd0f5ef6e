"""One row per encounter within an article: candidates merged by side, partner and person; people filled in."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from difflib import SequenceMatcher
from functools import cache

from transforms import gazetteer
from transforms.lexicon import load_tsv
from transforms.meetings.candidates import (
    _HANOI_TIME,
    _Found,
    reading_signals,
)
from transforms.meetings.mentions import (
    Party,
    _code,
    _fold,
    _head_keys,
    _vietnamese_like,
)
from transforms.meetings.parties import (
    _Article,
)
from transforms.partners import (
    partner_key,
)
from transforms.records import Meeting, PartnerRef
from transforms.text import fold


def _merge_key(found: _Found) -> tuple[str | None, str]:
    return (found.vn.locality if not found.vn.national else None, partner_key(found.foreign.partner))  # type: ignore


def _unify_partners(found: list[_Found]) -> None:
    """One article, one name per organisation: "Công ty Nidec Shimpo" and "Tập đoàn Nidec" are one partner,
    "Hội Hữu nghị Nhật-Việt tỉnh Sakai" and "... thành phố Sakai" too (the first or broader name is kept)."""
    refs: list[PartnerRef] = []
    headed = {f.foreign.partner for f in found if f.foreign.person}  # bodies a reading names a person of
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
            if not oc or not core or (_two_named_bodies(ref, other) and {ref, other} <= headed):
                continue
            if (oc == core and refs.index(other) < refs.index(ref)) or (
                    oc != core and len(oc) >= 3 and f" {oc} " in f" {core} "):
                canonical[ref] = canonical.get(other, other)
                break
    for f in found:
        if f.foreign.partner in canonical:
            f.foreign = replace(f.foreign, partner=canonical[f.foreign.partner])


@cache
def _named_org_names() -> frozenset[str]:
    return frozenset(fold(o.name) for o in gazetteer.foreign_orgs())


def _two_named_bodies(a: PartnerRef, b: PartnerRef) -> bool:
    """Two bodies the gazetteer names apart ("Hội đồng châu Âu", "Ủy ban châu Âu"; their cores are both "châu Âu"): when
    each has a person of its own (Donald Tusk, Jean-Claude Juncker) they are two counterparts, not one name of the
    other."""
    names = _named_org_names()
    return fold(a.name) != fold(b.name) and fold(a.name) in names and fold(b.name) in names


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



def _same_person(a: str | None, b: str | None) -> bool:
    """Two mentions of one person: either unnamed, or one name's words all in the other ("Abe", "Shinzo Abe")."""
    if a is None or b is None:
        return True
    # "Yoon Jong-keun" in a caption is "Yoon Jong Keun" of the body.
    wa, wb = set(_name_words(a)), set(_name_words(b))
    return wa <= wb or wb <= wa


_INITIAL = re.compile(r"(?<!\w)\w\.\s*")


def _name_words(name: str) -> list[str]:
    """The words of a name without its initials: "V.Volodin", "V. Volodin" and "Volodin" are one name."""
    words = _INITIAL.sub(" ", name.replace("-", " ")).split()
    return words or name.replace("-", " ").split()


def same_person(a: str | None, b: str | None) -> bool:
    """_same_person for callers outside this module (decision.one_per_encounter)."""
    return _same_person(a, b)


def same_foreign_name(a: str, b: str) -> bool:
    """One foreign person written twice: the same words ("Abe", "Shinzo Abe"), the same letters ("Mc Cain",
    "McCain") or a near spelling ("Bob McCooey", "Bob McCoey")."""
    fa, fb = " ".join(fold(a).split()), " ".join(fold(b).split())
    return _same_foreign(fa, fb, set(), set(), set())


def _compact(name: str) -> str:
    return re.sub(r"[^a-z]", "", fold(name))


_SPELLING_RATIO = 0.8  # "Maxim"/"Maksim Oreshkin", "Bounkong Syhavong"/"Sihavong"; "Kim Jong Un"/"Kim Jong Il" is 0.78
_SPECIFIC_TITLE = 6  # syllables of a title that names one office ("Chủ tịch Quốc hội Cộng hòa Liên bang Myanmar")


def _same_foreign(a: str | None, b: str | None, titles_a: set[str], titles_b: set[str],
                  glosses: set[frozenset[str]]) -> bool:
    """Two foreign people of one partner, as one article writes them, are one person: the same name (see
    _same_person), the same letters ("John Mc Cain", "John McCain"), a near spelling ("Maxim"/"Maksim"), one glossed
    by the other in brackets ("Na-oa Sa ríp (Nawar Sharif)"), or both holding one specific office ("Chủ tịch Quốc hội
    Cộng hòa Liên bang Myanmar" for the transliterated "Man Uyn Khai Than" of a caption)."""
    if _same_person(a, b) or a is None or b is None:
        return True
    ca, cb = _compact(a), _compact(b)
    if ca == cb or (ca[:1] == cb[:1] and SequenceMatcher(None, ca, cb).ratio() >= _SPELLING_RATIO):
        return True
    if frozenset((a, b)) in glosses:
        return True
    for ta in titles_a:
        for tb in titles_b:
            short, long = sorted((ta, tb), key=len)
            if len(short.split()) >= _SPECIFIC_TITLE and f" {short} " in f" {long} ":
                return True
    return False


def _glosses(found: list[_Found]) -> set[frozenset[str]]:
    """Pairs of foreign names of which one glosses the other: "Thủ tướng Pa-ki-xtan Na-oa Sa ríp (Nawar Sharif)",
    "Thượng nghị sỹ John Mc Cain (Giôn Mắc-Kên)", or a name read inside the other's title."""
    names = {" ".join(fold(f.foreign.person).split()): f for f in found if f.foreign.person}
    out: set[frozenset[str]] = set()
    texts = {fold(f.evidence) for f in found}
    for a in names:
        for b in names:
            if a == b:
                continue
            if b in fold(names[a].foreign.title or "") or any(
                    re.search(rf"\b{re.escape(a)}(?:\s+\w+){{0,2}}\s*\(\s*{re.escape(b)}\b", t) for t in texts):
                out.add(frozenset((a, b)))
    return out


@dataclass
class _Encounter:
    """The readings of one encounter: same Vietnamese side, partner, people and day."""

    loc: str | None
    pkey: str
    vn_person: str | None
    foreign_person: str | None
    day: tuple[int | None, int | None] | None
    items: list[_Found] = field(default_factory=list)
    foreign_titles: set[str] = field(default_factory=set)

    def admits(self, f: _Found, loc: str | None, pkey: str, vp: str | None, fp: str | None,
               day: tuple[int | None, int | None] | None, glosses: set[frozenset[str]]) -> bool:
        if (self.loc, self.pkey) != (loc, pkey):
            return False
        if (f.how == "forum") != (self.items[0].how == "forum"):
            return False  # talks, then a co-chaired seminar with the same people: two rows (GUIDELINES §2)
        if not _same_foreign(self.foreign_person, fp, self.foreign_titles, _titles(f), glosses):
            # Another person of the same country is another audience (GUIDELINES §2) when a meeting verb takes
            # them as its object or a list of calls names them; a person read loosely from a sentence of the same
            # host and day ("Đón ... có Phó Thủ tướng A, Thứ trưởng B, Đại sứ C") is one of the same meeting.
            # A name written once in its own spelling and once Vietnamised ("John McCain", "Giôn Mắc-Kên") on the
            # same day of the same host is one person too.
            return (_weak(f) or _vietnamised(self.foreign_person) != _vietnamised(fp)) and _same_person(
                self.vn_person, vp) and (self.day == day or (_weak(f) and day is None))
        if f.reporting or vp is None:
            return True  # "Tại buổi tiếp, ...", or an unnamed Vietnamese side: joins that partner's meeting
        return _same_person(self.vn_person, vp) and (self.day is None or day is None or self.day == day)


def _in_hanoi_time(f: _Found) -> bool:
    """"Sáng sớm 31/5, giờ Hà Nội": a day abroad told in Vietnamese time."""
    d = f.date
    return d is not None and d.text in f.evidence and bool(_HANOI_TIME.match(f.evidence, f.evidence.find(d.text)
                                                                                 + len(d.text)))


def _vietnamised(name: str | None) -> bool:
    """A foreign name written in hyphenated Vietnamese syllables: "Giôn Mắc-Kên", "V. Vô-lô-din", "Đô-nan Tờ-răm"."""
    return bool(name and re.search(r"\w-\w", name) and name != fold(name))


def _weak(f: _Found) -> bool:
    """A reading whose foreign person no meeting verb takes as its object: loose, planned or "Tại buổi tiếp"."""
    return f.future or f.reporting or f.how not in ("object", "listed", "host_before", "forum")


# The Vietnamese person a reading pairs with the guest is no host of this encounter: one of those who attend ("Cùng
# dự lễ đón, về phía Việt Nam còn có Phó Thủ tướng X", "với sự tham dự của Bộ trưởng Y"), or, in a reading no verb
# takes the guest as its object, the traveller of another trip ("chuyến thăm chính thức Hoa Kỳ của Thủ tướng Z").
_ATTENDING = re.compile(
    r"(?i)(?:(?<!\w)(?:cùng\s+(?:tham\s+)?dự|tham\s+dự)(?!\s+kiến)[^.;]{0,70}?\s(?:còn\s+)?có"
    r"|(?<!\w)(?:với|có)\s+sự\s+(?:tham\s+dự|có\s+mặt|chứng\s+kiến)\s+của)\s+$")
_TRIP_OF = re.compile(r"(?i)(?<!\w)chuyến\s+(?:thăm|công du|công tác)[^.;,]{0,50}?\s+của\s+$")


# A meeting wished for, not held nor announced (GUIDELINES §1: "vague intentions ('mong muốn sớm gặp') are not"):
# "Chủ tịch nước mong muốn đón tiếp Tổng thống Nga Vladimir Putin tham dự Hội nghị APEC", "mong sớm được gặp lại".
# A meeting recommended is no meeting either: "Bộ Nông nghiệp và Phát triển nông thôn cần sớm làm việc với Bộ Nông
# nghiệp Hoa Kỳ" (audit M24), "nên đàm phán với".
_WISH = re.compile(r"(?i)(?<!\w)(?:(?:mong muốn|mong được|mong|hy vọng|hi vọng)\s+(?:sớm\s+)?(?:được\s+)?(?:sớm\s+)?"
                   r"(?:đón tiếp|đón(?!\s+nhận)|gặp lại|gặp gỡ|gặp|hội đàm|tiếp(?!\s+(?:tục|nhận|thu|cận|sức|thêm)))"
                   r"|(?:cần|nên)\s+(?:(?:sớm|phải|chủ động|tích cực)\s+)?(?:làm việc|gặp gỡ|gặp|hội đàm|đàm phán)"
                   r"\s+với)\s")


def _wished(f: _Found) -> bool:
    """The guest is named after a wish to meet them, within the same clause."""
    if f.foreign.start > len(f.evidence):
        return False
    wishes = list(_WISH.finditer(f.evidence, 0, f.foreign.start))
    wish = wishes[-1] if wishes else None
    return wish is not None and f.foreign.start - wish.end() <= 60 and not re.search(r"[;:]", f.evidence[
        wish.end():f.foreign.start])


def _not_host(f: _Found) -> bool:
    if f.vn.person is None or f.vn.start > len(f.evidence):
        return False
    before = f.evidence[max(0, f.vn.start - 90):f.vn.start]
    return bool(_ATTENDING.search(before) or (_weak(f) and _TRIP_OF.search(before)))


def _titles(f: _Found) -> set[str]:
    return {" ".join(fold(f.foreign.title).split())} if f.foreign.title else set()


def _encounters(found: list[_Found]) -> list[_Encounter]:
    """Readings grouped into encounters, in the order the article first tells them."""
    out: list[_Encounter] = []
    glosses = _glosses(found)
    for f in sorted(found, key=lambda f: (f.dropped, f.reporting)):
        loc, pkey = _merge_key(f)
        vp = " ".join(fold(f.vn.person).split()) if f.primary and f.vn.person and not _not_host(f) else None
        fp = " ".join(fold(f.foreign.person).split()) if f.foreign.person else None
        day = (f.date.day, f.date.month) if f.date is not None and f.date.day is not None else None
        # A day the reading only inherits from the narration (a caption read after the body's last date) does not
        # keep it apart from the same people's meeting on the day the article gives it.
        match_day = None if f.inherited else day
        group = next((g for g in out if g.admits(f, loc, pkey, vp, fp, match_day, glosses)), None)
        if group is None:
            group = _Encounter(loc, pkey, vp, fp, match_day)
            out.append(group)
        group.items.append(f)
        group.foreign_titles |= _titles(f)
        group.vn_person = group.vn_person or vp
        group.foreign_person = group.foreign_person or fp
        group.day = group.day or match_day
    return out


def assemble(found: list[_Found], visits: list[_Found], article: _Article) -> list[Meeting]:
    """Candidate meetings of one article, one per encounter, people filled from the article, each with the
    signals the decision stage weighs (transforms.meetings.decision); nothing is dropped here but repeated
    secondary rows."""
    _unify_partners(found)
    groups = _encounters(found)
    meetings: list[Meeting] = []
    seen_secondary: set[tuple[str | None, str]] = set()
    primary_keys = {(g.loc, g.pkey) for g in groups if any(f.primary for f in g.items)}
    n_partner = Counter(g.pkey for g in groups)
    for rank, group in enumerate(groups):
        items = group.items
        primary = any(f.primary for f in items)
        if not primary:
            if (group.loc, group.pkey) in seen_secondary or (group.loc, group.pkey) in primary_keys:
                continue
            seen_secondary.add((group.loc, group.pkey))
        first = next((f for f in items if f.primary), items[0])
        # People come from the readings the rules stand by; a loose or planned reading only when there is no other.
        trusted = [f for f in items if not f.dropped] or items
        trusted = [f for f in trusted if not _not_host(f)] or trusted
        vn = next((f.vn for f in trusted if f.vn.person), first.vn)
        # A loose reading of the same encounter may still name its counterpart ("Tiếp đoàn có ông X, Phó Chủ tịch
        # Tập đoàn") when no trusted one does.
        foreign = _spelt_out([f.foreign for f in trusted if f.foreign.person]) or next(
            (f.foreign for f in items if f.foreign.person and not f.future), first.foreign)
        partner = first.foreign.partner
        assert partner is not None
        if partner.kind == "embassy":
            # The mission by its fullest name: "Tổng Lãnh sự quán Nga tại Đà Nẵng" of the body, not the headline's.
            partner = max((f.foreign.partner for f in items if f.foreign.partner is not None
                           and f.foreign.partner.kind == "embassy"), key=lambda p: len(p.name))
        # The day a reading writes or refers to ("Cùng ngày") before the one it inherits from the narration, and
        # the local day before the same moment in Hà Nội time ("sáng sớm 31/5, giờ Hà Nội").
        dated = sorted((f for f in items if f.date is not None), key=lambda f: (f.inherited, _in_hanoi_time(f)))
        date = dated[0].date if primary and dated else None
        if date is None and primary:
            date = next((v.date for v in visits if _merge_key(v) == (group.loc, group.pkey)), None)
        vn_person, vn_title, filled_vn = vn.person, vn.title, False
        if vn_person is None and primary:
            filler = _fill_vn(article, vn, next((f.evidence for f in items if f.vn is vn), first.evidence))
            if filler is not None:
                vn_person, vn_title, filled_vn = filler.person, vn_title or filler.title, True
        # Bodies alone ("chào xã giao UBND Đà Nẵng" in a programme, "ghế của Quốc hội") rarely make a meeting.
        bodies_only = primary and vn_person is None and (
            vn.national or not any(f.foreign.person for f in items if f.primary))
        foreign_person, foreign_title, filled_foreign = foreign.person, foreign.title, False
        if foreign_person is None:
            filler = _fill_foreign(article, partner)
            if filler is not None:
                foreign_person, foreign_title, filled_foreign = filler.person, foreign_title or filler.title, True
        foreign_person = _usual_spelling(article, _spelt_out_in(article, foreign_person))
        vn_title = _own_offices(_clean_title(_fullest_title(article, vn_person, "vn", vn_title)))
        foreign_title = _clean_title(_fullest_title(article, foreign_person, "foreign", foreign_title))
        evidence = " ".join(dict.fromkeys(f.evidence for f in items if f.primary or not primary))
        kept = [f for f in items if not f.dropped]
        signals = {
            "primary": primary,
            "rule_kept": bool(kept) and not bodies_only,
            "bodies_only": bodies_only,
            "future": all(f.future for f in items),
            "reporting": all(f.reporting for f in items),
            "implicit": all(f.implicit for f in items),
            "loose": all(f.how == "loose" for f in items),
            "how_object": any(f.how == "object" for f in items),
            "how_noun": any(f.how == "noun" for f in items),
            "how_host_before": any(f.how == "host_before" for f in items),
            "how_both_before": any(f.how == "both_before" for f in items),
            "article_country": all(f.how == "article_country" for f in items),
            "listed": any(f.how == "listed" for f in items),
            "in_headline": any(f.sentence == 0 for f in items),
            "first_sentence": min(f.sentence for f in items),
            "readings": len(items),
            "gap": min(f.gap for f in items),
            "foreign_strong": any(f.foreign.strong for f in items),
            "vn_strong": any(f.vn.strong for f in items),
            "foreign_person_in_reading": any(f.foreign.person for f in items),
            "vn_named": vn.person is not None,
            "vn_body": vn.person is None and vn.kind in ("body", "delegation"),
            "vn_filled": filled_vn,
            "vn_national": vn.national,
            "vn_foreign_name": vn_person is not None and not _vietnamese_like(vn_person),
            # "Thủ tướng Lý Khắc Cường (Li Keqiang)": named as a foreigner, or glossed with a foreign name.
            "vn_also_foreign": vn_person is not None and any(
                p.side == "foreign" and p.person and (fold(p.person) == fold(vn_person) or fold(vn_person) in fold(
                    p.title or "") or _part_of_name(vn_person, p.person)) for p in article.order),
            "article_vietnamese": article.vietnamese_context,
            # Every reading's Vietnamese side is a Sino-Vietnamese name nothing else calls Vietnamese (parties.py).
            "vn_weak": all(f.vn.weak for f in items),
            # Vietnamese people the whole article names (a foreign–foreign story names none, GUIDELINES §1).
            "article_vn_people": len({fold(p.person) for p in article.order if p.side == "vn" and p.person
                                      and not p.not_met}),
            # No Vietnamese side named at all (GUIDELINES §1): no person, no province, and no reading's Vietnamese
            # party names Việt Nam ("Bộ Tư pháp" of a US story, "tổ công tác của Thủ tướng" of a domestic one).
            "vn_unnamed": vn_person is None and (vn.national or vn.locality is None) and not any(
                _names_vietnam(f.evidence[f.vn.start:f.vn.end]) and not _INVITED_BY.search(f.evidence[:f.vn.start])
                for f in items),
            "foreign_named": foreign.person is not None,
            "foreign_filled": filled_foreign,
            "foreign_titled": foreign_title is not None,
            "vn_titled": vn_title is not None,
            "dated": date is not None,
            "recalled": any(bool(_RECALLED.search(f.evidence)) for f in items),
            "wished": all(_wished(f) for f in items),
            "partner_kind": partner.kind,
            "partner_international": partner.country_code is None,
            "partner_grouping": is_grouping(partner) and not any(_grouping_body(f.evidence) for f in items),
            "partner_rows": n_partner[group.pkey],
            "rank": rank,
            **reading_signals(items),
        }
        meetings.append(Meeting(
            partner=partner, evidence=evidence, vn_locality=vn.locality if not vn.national else None,
            vn_person=vn_person, vn_title=vn_title, foreign_person=foreign_person, foreign_title=foreign_title,
            date=date, is_primary=primary, signals=signals,
        ))
    for m in meetings:
        m.signals["article_rows"] = len(meetings)
    # Dated primary meetings first: they are what the article is about.
    return sorted(meetings, key=lambda m: (not m.is_primary, m.date is None and m.is_primary))


_VIETNAM_WORDS = re.compile(r"Việt Nam|\bVN\b|nước ta|Việt\b")


# The party right after this only invited ("Nhận lời mời của Đảng, Nhà nước và Quốc hội nước Cộng hòa xã hội chủ nghĩa
# Việt Nam, Đoàn ... sẽ thăm"): who invited, not who meets.
_INVITED_BY = re.compile(r"(?i)\blời mời của\b[^.;:]{0,60}$")


def _names_vietnam(span: str) -> bool:
    """A Vietnamese party's own words say it is Vietnamese ("Ngân hàng Nhà nước Việt Nam", "đoàn đại biểu VN")."""
    return bool(_VIETNAM_WORDS.search(span)) or bool(
        [g for g in gazetteer.find_geo(span) if g.kind == "province"])


@cache
def _groupings() -> frozenset[str]:
    return frozenset(fold(v) for row in load_tsv("groupings.tsv") for v in (row["name"], row["name_en"]) if v)


@cache
def _grouping_names() -> tuple[str, ...]:
    """The groupings' Vietnamese names, folded, with spaced dashes, longest first."""
    names = {" ".join(fold(re.sub(r"\s*[-–—]\s*", " - ", row["name"])).split()) for row in load_tsv("groupings.tsv")}
    return tuple(sorted(names, key=len, reverse=True))


def is_grouping(partner: PartnerRef) -> bool:
    """A multilateral grouping of states (lexicons/groupings.tsv: ASEAN, APEC, the Eurasian Economic Union), by its
    Vietnamese or English name."""
    return any(n and " ".join(fold(n).split()) in _groupings() for n in (partner.name, partner.name_en))


# A body named after a grouping ("Hội đồng Kinh doanh ASEAN – Hoa Kỳ", "Liên minh Doanh nghiệp châu Âu - ASEAN",
# "Trung tâm Trung Quốc – ASEAN"): a counterpart of its own whose name the partner reading cut short.
_GROUPING_BODY = re.compile(r"\b(?:hoi dong|lien minh|trung tam|phong|hiep hoi|uy ban|quy|lien doan)\b[^.,;:]{0,40}?"
                            r"\b(?:asean|apec|eaeu|a - au)\b")  # on folded text


def _grouping_body(text: str) -> bool:
    """TEXT names a body after a grouping (_GROUPING_BODY), the groupings' own names ("Liên minh Kinh tế Á - Âu",
    "Hiệp hội các quốc gia Đông Nam Á (ASEAN)") aside."""
    folded = " ".join(fold(re.sub(r"\s*[-–—]\s*", " - ", text)).split())
    for name in _grouping_names():
        folded = folded.replace(name, " ")
    return bool(_GROUPING_BODY.search(folded))


# An earlier encounter told as background: "Trước đó, ...", "năm ngoái", "hồi tháng 12".
_RECALLED = re.compile(r"(?i)^\s*(?:Trước đó|Trước khi|Trước đây)\b|\b(?:năm ngoái|hồi tháng|năm trước|lần trước)\b")


def _part_of_name(short: str, long: str) -> bool:
    """"Hun Sen" of "Samdech Techo Hun Sen": two words or more of a longer name, in its order, at its end."""
    a, b = fold(short).replace("-", " ").split(), fold(long).replace("-", " ").split()
    return 2 <= len(a) < len(b) and b[-len(a):] == a


def _spelt_out(parties: list[Party]) -> Party | None:
    """The first reading naming the person, or a later one that spells out its initials ("Vladimir Semashko" for
    "V. Semashko" of the same encounter, GUIDELINES §3: the name as written, the fullest form)."""
    if not parties:
        return None
    first = parties[0]
    spelt = next((p for p in parties[1:] if _expands_initials(first.person or "", p.person or "")), None)
    if spelt is not None:
        return spelt
    # The name as the body writes it, not a headline's other spacing of the same letters ("V. Volodin" / "V.Volodin").
    if "." not in (first.person or ""):
        return first
    return next((p for p in parties if p.sentence > 0 and _compact(p.person or "") == _compact(first.person or "")),
                first)


# What a title phrase may drag along from the words after it: the honorific of the next name ("... Quốc hội Belarus
# Ngài", "Chủ tịch Đảng Công Minh - Ngài"), a dash or comma, a word of the clause that goes on ("Thủ tướng còn",
# "Tập đoàn Vamed của").
_TITLE_TAIL = re.compile(r"(?:\s*[-–—,:;]|\s+(?:[Nn]gài|ông|bà|Ông|Bà|của|và|còn|cũng|đã|đang|sẽ|với|là|thì))+\s*$")


def _own_offices(title: str | None) -> str | None:
    """A Vietnamese official's title chain without the offices before it that name only a foreign state or body: the
    guest's title read into the host's ("Tại buổi tiếp Tổng Giám đốc WHO, Thủ tướng Chính phủ Nguyễn Xuân Phúc" gave
    "Tổng Giám đốc WHO, Thủ tướng Chính phủ"; "Chủ tịch JICA, Thủ tướng Chính phủ"). The last office is kept."""
    if title is None or "," not in title:
        return title
    parts = [p.strip() for p in title.split(",")]
    keep = [p for i, p in enumerate(parts) if i == len(parts) - 1 or not _foreign_only(p)]
    return ", ".join(keep)


def _foreign_only(office: str) -> bool:
    """Does OFFICE name a foreign country, place or body and nothing Vietnamese?"""
    geo = gazetteer.find_geo(office)
    if any(g.kind == "province" or (g.kind == "country" and _code(g) == "VN") for g in geo):
        return False
    return any(g.kind in ("country", "place") for g in geo) or bool(gazetteer.find_orgs(office))


def _clean_title(title: str | None) -> str | None:
    """The title without the residue after it; None when nothing is left."""
    if title is None:
        return None
    return _TITLE_TAIL.sub("", title).strip() or None


def _spelt_out_in(article: _Article, person: str | None) -> str | None:
    """PERSON with its initials spelt out as another sentence of the article writes the name ("V. Semashko" of the
    lead, "Vladimir Semashko" of the body)."""
    if person is None or "." not in person:
        return person
    return next((p.person for p in article.order if p.side == "foreign" and p.person
                 and _expands_initials(person, p.person)), person)


def _usual_spelling(article: _Article, person: str | None) -> str | None:
    """PERSON as the article writes the name most often, when it also writes it with a letter or a hyphen changed
    ("La Khanh Thụy" in the lead, "La Khang Thụy" twice in the body; "Yoon Jong-keun" once, "Yoon Jong Keun"
    twice): a slip of one mention is not the name as written. Kept on a tie. Only the body's sentences vote: the
    headline and a caption restate the lead, and a page that prints the lead again there must not tip the count."""
    if person is None:
        return None
    counts = Counter(p.person for p in article.order if p.side == "foreign" and p.person and article.in_body(p))
    best = person
    for other, n in counts.items():
        if n > counts.get(best, 0) and other != person and _variant_spelling(person, other):
            best = other
    return best


def _variant_spelling(a: str, b: str) -> bool:
    """One name spelt two ways, word for word: as many words (a hyphen splits one), each with the same first letter,
    and nearly the same letters ("Khanh"/"Khang", "Jong-keun"/"Jong Keun"); "V. Volodin"/"Volodin" and "John Mc
    Cain"/"John McCain" are not (another count of words)."""
    wa, wb = fold(a).replace("-", " ").split(), fold(b).replace("-", " ").split()
    if len(wa) != len(wb) or len(wa) < 2 or any(x[:1] != y[:1] for x, y in zip(wa, wb, strict=True)):
        return False
    return SequenceMatcher(None, _compact(a), _compact(b)).ratio() >= _SPELLING_RATIO


def _expands_initials(short: str, long: str) -> bool:
    """"V. Semashko", "V.Semashko" -> "Vladimir Semashko": the same words, each initial spelt out."""
    a = re.sub(r"(?<!\w)(\w)\.\s*", r"\1. ", fold(short).replace("-", " ")).split()
    b = fold(long).replace("-", " ").split()
    return len(a) == len(b) and a != b and all(
        x == y or (x.endswith(".") and len(x) == 2 and y.startswith(x[0]) and len(y) > 2)
        for x, y in zip(a, b, strict=True))


def _fullest_title(article: _Article, person: str | None, side: str, title: str | None) -> str | None:
    """The most specific title the article gives the person: "Tổng thống Cộng hòa Séc" over the later bare
    "Tổng thống" (GUIDELINES §3: the title as written, the most specific one)."""
    if person is None:
        return title
    # Every mention of the person counts, an invitation too ("theo lời mời của Tổng thống Hợp chủng quốc Hoa Kỳ
    # Donald Trump"), and the short name of a later sentence ("Hoàng hậu Máxima") is the same person.
    key = set(_name_words(fold(person)))
    titles = [p.title for p in article.order if p.side == side and p.person and p.title
              and _one_name(set(_name_words(fold(p.person))), key)]
    if title:
        titles.append(title)
    if not titles:
        return title
    # Longest in words; a title naming the person's own body wins ties over one the reader glued on.
    return max(titles, key=lambda t: (len(t.split()), t == title))


def _one_name(a: set[str], b: set[str]) -> bool:
    """Two names of one person: equal, or the shorter (two words at least, or the given name alone of a name of
    three or more) inside the longer."""
    short, long_ = sorted((a, b), key=len)
    return short == long_ or (short < long_ and (len(short) >= 2 or len(long_) >= 3))


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
    # A former office holder ("cựu Tổng thống Barack Obama" of a background remark) is never the counterpart
    # filled in from elsewhere.
    candidates = [p for p in article.order if p.side == "foreign" and p.partner is not None and p.person
                  and partner_key(p.partner) == key and not p.not_met and not _FORMER.match(p.title or "")]
    if not candidates:
        candidates = [p for p in article.order if p.side == "foreign" and p.partner is not None and p.person
                      and partner.name and fold(partner.name) in fold(p.title or "")
                      and not p.not_met and not _FORMER.match(p.title or "")]
    if not candidates and partner.kind == "organization" and (core := _org_core(partner.name)):
        # "Đoàn do ông Brand Cheng, Tổng Giám đốc Foxconn Việt Nam dẫn đầu" heads the "Tập đoàn Foxconn" delegation:
        # a company's local subsidiary is the company (GUIDELINES §1); so is "Tập đoàn LEGO do ông Preben Elnef,
        # Giám đốc điều hành LEGO Việt Nam dẫn đầu", the body met through its subsidiary's head.
        candidates = [p for p in article.order if p.side == "foreign" and p.person
                      and (p.kind == "person" or (p.kind == "delegation" and p.head is not None))
                      and p.partner is not None and p.partner.kind == "organization"
                      and not p.not_met and _org_core(p.partner.name).removesuffix(" viet nam") == core]
    if not candidates:
        return None
    # The guest is named again and again; a predecessor or another leader recalled in passing, once.
    # A former office holder ("cựu Tổng thống") filled in from elsewhere is background, not the counterpart.
    mentions = Counter(fold(p.person or "") for p in article.order if p.person)

    def weight(p: Party) -> tuple[bool, int, int]:
        return not _FORMER.match(p.title or ""), p.rank, mentions[fold(p.person or "")]

    best = max(candidates, key=weight)
    return next(p for p in candidates if weight(p) == weight(best))


_FORMER = re.compile(r"(?i)\s*(?:cựu|nguyên)\b")
