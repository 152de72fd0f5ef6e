"""One row per encounter within an article: candidates merged by side, partner and person; people filled in."""
from __future__ import annotations

import re
from dataclasses import replace

from transforms.meetings.candidates import (
    _Found,
)
from transforms.meetings.mentions import (
    Party,
    _fold,
    _head_keys,
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



def assemble(found: list[_Found], visits: list[_Found], article: _Article) -> list[Meeting]:
    """The meetings of one article: candidates of the same encounter merged, people filled from the article."""
    _unify_partners(found)
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
