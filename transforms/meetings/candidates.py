"""Candidate meetings: meeting cues, the (Vietnamese party, foreign party) pairs they may join, and their days."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache

from transforms import gazetteer
from transforms.dates import date_range, find_dates
from transforms.meetings.mentions import (
    _BEFORE,
    _CLAUSE_BREAK,
    _DEPARTURE,
    _DIPLOMATIC,
    _EVENT_CLASSIFIER,
    _FUTURE,
    _LIST_CUE,
    _SAME_DAY,
    Party,
    _code,
    _name,
    _phrases,
    _Scan,
    _scan,
    _title,
    _words,
)
from transforms.meetings.parties import (
    _Article,
    find_parties,
)
from transforms.partners import (
    country_partner,
    partner_key,
)
from transforms.records import DateMention
from transforms.text import normalize_text

# ---------------------------------------------------------------------------------------------- cues


# Verbs of meeting_verbs.tsv that triage looks for but that are no cue with an object here: signing, talking to the
# press and round tables are not meetings between the two sides by themselves; co-chairing and co-organising are read
# as forums (see _forums), with their organisers as the parties.
_NOT_CUES = frozenset({"ký kết", "trao đổi với", "tọa đàm với", "đồng chủ trì", "phối hợp tổ chức", "đồng tổ chức"})


@cache
def _cue_pattern() -> re.Pattern[str]:
    # In person, by telephone or by video: all are meetings (GUIDELINES §1).
    verbs = [v.text for v in gazetteer.meeting_verb_entries() if v.text not in _NOT_CUES]
    alternation = "|".join(re.escape(v).replace(r"\ ", r"\s+") for v in sorted(set(verbs), key=len, reverse=True))
    # A session is a meeting of two sides only "between" them: "kỳ họp lần thứ 22 giữa Ban ... và Ban ...".
    session = r"(?:kỳ|phiên|cuộc)\s+họp(?=[^.;]{0,40}\bgiữa\b)"
    return re.compile(rf"(?i)(?<![\w])(?:{session}|(?:{_EVENT_CLASSIFIER}\s+)?(?:{alternation}))(?![\w])")


# Verb + word that is no meeting: "tiếp tục" (continue), "thăm dò" (survey), "gặp khó" (meet trouble)...
# Shared with triage, which drops these phrases before looking for a meeting verb (so no look-around: Polars' regex
# has none). "tiếp thị" (marketing) is blocked in lower case only: "tiếp Thị trưởng thành phố Seoul" receives a mayor.
CUE_BLOCKER_PHRASES = (
    r"tiếp\s+(?:tục|nhận|cận|theo|thu|tế|diễn|giáp|viên|(?-i:thị)|sức|tay|xúc|vận|quản|nối|đó|sau|lửa|bước|"
    r"đãi|ứng|liệu|khách|đến|đó|tới|sau đó)|thăm\s+(?:dò|khám|hỏi|quan|thú|nom|viếng)|"
    r"đón\s+(?:nhận|đầu|Tết|năm|xem|chờ|về)|gặp\s+(?:khó|phải|nạn|sự|trở|vấn|rủi|sự cố)|"
    r"chào\s+(?:bán|hàng|giá|đời|thầu|cờ)"
)
# Whole words only, as triage reads them: "tiếp đó" (next) is no cue, "tiếp đón" (welcome) is one.
_CUE_BLOCKERS = re.compile(rf"(?i)^(?:{CUE_BLOCKER_PHRASES})(?!\w)")


@cache
def _cue_stems() -> tuple[str, ...]:
    """A telling word of every cue (and "họp" of sessions): a sentence with none of them has no cue."""
    frequent = {"có", "chủ", "trì", "đến", "buổi", "cuộc", "với", "và"}  # in every other sentence
    verbs = {v.text.lower() for v in gazetteer.meeting_verb_entries() if v.text not in _NOT_CUES}
    return tuple(sorted({next(w for w in v.split() if w not in frequent) for v in verbs} | {"họp"}))


def _cues(text: str) -> list[tuple[int, int, bool]]:
    """(start, end, is_noun) of meeting verbs and event nouns in a sentence."""
    return list(_sentence_cues(text))


@lru_cache(maxsize=4096)
def _sentence_cues(text: str) -> tuple[tuple[int, int, bool], ...]:
    """_cues, remembered: a sentence is read for cues again by later passes (_implicit_meeting)."""
    return tuple(_find_cues(text))


def _find_cues(text: str) -> list[tuple[int, int, bool]]:
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
    dropped: bool = False  # the hand rules would not report it (a plan beside held meetings, a stray "Tại buổi tiếp")
    implicit: bool = False  # alluded to only ("Phát biểu tại buổi tiếp, ông X ..."), partner from the headline
    how: str = "object"  # how the pair was read from its sentence (see _sentence_meetings)
    gap: int = 0  # characters between the meeting cue and the two parties
    inherited: bool = False  # the day is the one the narration was at, not written in or referred to by the sentence
    reading: str = "strict"  # "strict" (the rules above), else the loose reading that proposed it (see _loose)
    told: dict[str, object] = field(default_factory=dict)  # what a loose reading saw, as signals for the model


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


def _sentence_meetings(parties: list[Party], cues: list[tuple[int, int, bool]],
                       text: str) -> list[tuple[Party, Party, str, int]]:
    """(Vietnamese party, foreign party) pairs the meeting cues of one sentence report.

    A verb takes the party right after it as its object ("tiếp ông X", "hội đàm với Thủ tướng Y", "được Thủ tướng
    Lào ... tiếp" puts the host before it); a verb whose object is something else ("gặp mặt cựu quân nhân", "thăm Hoa
    Kỳ") reports no meeting with a party named further on. An event noun ("Tại buổi tiếp, ...") pairs the nearest
    parties of both sides. Each pair says how it was read ("object", "host_before", "noun", "both_before"); a cue
    with parties of both sides that fits none of these gives a "loose" pair (the nearest of each side) for the
    decision stage to weigh."""
    pairs: list[tuple[Party, Party, str, int]] = []
    clauses = [0] + [m.end() for m in _CLAUSE_BREAK.finditer(text)] + [len(text) + 1]
    for cue in cues:
        lo = max(c for c in clauses if c <= cue[0])
        hi = min(c for c in clauses if c > cue[0])
        local = [p for p in parties if lo <= p.start < hi or (p.start < lo < p.end)]
        # Parties far from the cue belong to another clause of a long sentence ("Trao đổi với báo ..., ông X cho
        # hay ... kiến nghị lên UNESCO").
        vns = [p for p in _pick(local, cue, "vn") if _distance(p, cue) <= _MAX_VN_DISTANCE]
        caller = None
        if lo > 0 and not any(p.end <= cue[0] for p in vns) and _CLAUSE_OPENING.fullmatch(text[lo:cue[0]]):
            # A programme told clause by clause. A foreign visitor's: "Đoàn ... Nhật Bản ... thăm thành phố Đà Nẵng;
            # chào xã giao Bộ Tư lệnh Cảnh sát biển Việt Nam; ...": the sentence's foreign subject calls on the
            # Vietnamese object of each clause. Else "X đã hội đàm với A; chào xã giao B và C; gặp D": the verb that
            # opens a clause has the subject of the sentence's first clause.
            caller = _foreign_caller(parties, local, cue, lo, text)
            if caller is None:
                vns = _subject(parties, lo)
        elif not any(p.end <= cue[0] for p in vns) and _NEXT_CALL.search(text, max(0, cue[0] - 8), cue[0]) and any(
                c[1] <= cue[0] and not c[2] for c in cues):
            # "..., hội đàm với B; gặp C, tiếp D, E": the next call of the programme after a comma, still the
            # subject's, who made the calls before it.
            vns = _subject(parties, cue[0])
        foreigners = [p for p in _pick(local, cue, "foreign") if _distance(p, cue) <= _MAX_FOREIGN_DISTANCE]
        if caller is not None:
            foreigners = [caller]
        if re.fullmatch(r"(?i)(?:(?:đến|tới)\s+)?thăm", text[cue[0]:cue[1]]):
            # Visiting a company, a museum or an exhibition is no meeting; visiting someone is, and names them
            # right after the verb ("thăm Tổng thống X"), not further on ("tới thăm Nhà Trắng ... dưới thời cựu
            # Tổng thống Y").
            first_after = min((p for p in local if p.start >= cue[1]), key=lambda p: p.start, default=None)
            foreigners = [p for p in foreigners if p.person and (
                p is first_after and _OBJECT_GAP.fullmatch(text[cue[1]:p.start]) or p.end <= cue[0])]
        if not vns or not foreigners:
            continue
        after = sorted((p for p in local if p.start >= cue[1]), key=lambda p: p.start)
        compatriots: list[Party] = []
        immediate = after[0] if after and _OBJECT_GAP.fullmatch(text[cue[1]:after[0].start]) else None
        before_vn = [p for p in vns if p.end <= cue[0] + 1]
        before_foreign = [p for p in foreigners if p.end <= cue[0] + 1]
        listed = _LISTED.search(text, cue[1]) if immediate is None or immediate.person is None else None
        named_after = [p for p in _pick(parties, cue, "foreign") if p.start >= listed.end() and p.person] \
            if listed is not None and vns else []
        if named_after:
            # "điện đàm với một số nghị sỹ ..., gồm A; B và C": each named person of the list (";" included).
            named = [p for p in vns if p.person] or vns
            vn = min(named, key=lambda p: (_distance(p, cue), p.end > cue[0]))
            pairs.extend((vn, f, "listed", _distance(vn, cue) + _distance(f, cue)) for f in named_after)
            continue
        if immediate is not None and immediate in foreigners:
            named = [p for p in vns if p.person] or vns
            vn = min(named, key=lambda p: (_distance(p, cue), p.end > cue[0]))
            # The object list may run past a ";" ("tiếp ông A, Chủ tịch JICA; Ngài B, ... và ông C, ...").
            objects, how = _coordinated([p for p in _pick(parties, cue, "foreign") if p.start >= immediate.start],
                                        text), "object"
            # Heads of state and government named one after the other are audiences of their own (GUIDELINES §2).
            compatriots = _same_side_objects(parties, objects, vn, text)
        elif immediate is not None and immediate in vns and not cue[2] and (
                welcomers := _welcomers(parties, cue, immediate, text)):
            vn, objects, how = immediate, welcomers, "host_before"
        elif immediate is not None and immediate in vns and before_foreign:
            vn, objects, how = immediate, [max(before_foreign, key=lambda p: p.end)], "host_before"
        elif (cue[2] and immediate is None) or (
                immediate is None and before_vn and before_foreign and _NOTHING_AFTER.match(text[cue[1]:])):
            named = [p for p in vns if p.person] or vns
            vn = min(named, key=lambda p: (_distance(p, cue), p.end > cue[0]))
            objects, how = [min(foreigners, key=lambda p: _distance(p, cue))], "noun" if cue[2] else "both_before"
        elif before_vn and before_foreign and _WITNESSED.match(text, cue[0]) and _joint_subject(
                before_vn, before_foreign, text, cue):
            # "Thủ tướng A và Thủ tướng Lào B đã chứng kiến lễ ký kết 4 văn kiện ...": the two witnesses are the
            # sides; what is signed (or by whom) follows and is no party of the meeting.
            vn = max(before_vn, key=lambda p: p.end)
            objects, how = [max(before_foreign, key=lambda p: p.end)], "both_before"
        elif _WITNESSED.match(text, cue[0]):
            continue  # one witness of a signing between others ("Phó Thủ tướng X chứng kiến lễ ký kết giữa A và B")
        else:
            named = [p for p in vns if p.person] or vns
            vn = min(named, key=lambda p: (_distance(p, cue), p.end > cue[0]))
            nearest = min(foreigners, key=lambda p: _distance(p, cue))
            # An object introduced by a phrase ("với một số nghị sỹ ..., gồm A; B và C"): the whole list.
            objects = _coordinated([p for p in foreigners if p.start >= nearest.start], text) \
                if nearest.start >= cue[1] else [nearest]
            how = "loose"
        for f in _one_per_state(objects) + compatriots:
            pairs.append((vn, f, how, _distance(vn, cue) + _distance(f, cue)))
    return pairs


# Co-chairing told without "đồng chủ trì" as the verb: "Kỳ họp ... diễn ra dưới sự (đồng) chủ trì của Thủ tướng A và
# Thủ tướng Lào B" (the chairs follow the noun), "Tổng thống Séc B và Phó Thủ tướng A đã đến dự và chủ trì Diễn đàn"
# (the chairs are the joint subject). Co-chairing is a meeting (GUIDELINES §1); one chair alone is none.
_CHAIRED_BY = re.compile(r"(?i)(?<!\w)(?:với|dưới)\s+sự\s+(?:đồng\s+)?chủ\s+trì\s+(?:của\s+)?")
_CHAIR_VERB = re.compile(
    r"(?i)(?<!\w)(?:(?:đã|sẽ|cùng|đều)\s+)*(?:(?:đến|tới)\s+dự\s+và\s+)?(?:đồng\s+)?chủ\s+trì(?!\w)")
_CHAIR_AND = re.compile(r"(?i)\s*(?:\((?:trái|phải)\)\s*)?(?:,\s*)?(?:và|cùng)\s+(?:(?:ông|bà|ngài)\s+)?")


_Pairs = list[tuple[Party, Party, str, int]]


def _co_chaired(parties: list[Party], text: str) -> tuple[tuple[int, int, bool], _Pairs] | None:
    """(the co-chairing phrase as a cue, the (Vietnamese, foreign) pair of its two chairs), or None."""
    named = sorted((p for p in parties if not p.weak and not p.not_met and (p.side == "vn" or p.partner is not None)),
                   key=lambda p: p.start)
    for m in _CHAIRED_BY.finditer(text):
        after = [p for p in named if p.start >= m.end()]
        if len(after) >= 2 and after[0].start - m.end() <= 8 and _CHAIR_AND.fullmatch(
                text, after[0].end, after[1].start):
            pair = {p.side: p for p in after[:2]}
            if len(pair) == 2:
                return (m.start(), m.end(), True), [(pair["vn"], pair["foreign"], "noun", after[1].start - m.end())]
    for m in _CHAIR_VERB.finditer(text):
        before = [p for p in named if p.end <= m.start()]
        if len(before) < 2 or not _CHAIR_AND.fullmatch(text, before[-2].end, before[-1].start) or \
                not re.fullmatch(r"\s*,?\s*", text[before[-1].end:m.start()]):
            continue
        pair = {p.side: p for p in before[-2:]}
        if len(pair) == 2:
            gap = m.start() - before[-2].end
            return (m.start(), m.end(), False), [(pair["vn"], pair["foreign"], "both_before", gap)]
    return None


# A signing witnessed together (meeting_verbs.tsv): "chứng kiến lễ ký kết", "chứng kiến buổi lễ trao".
_WITNESSED = re.compile(r"(?i)chứng\s+kiến\s")
# Between the two witnesses and the verb: "A và B", "A, B" then "đã", "cùng", "đã cùng", "(trái)", a comma.
_JOINT_GAP = re.compile(r"(?i)\s*(?:\((?:trái|phải)\)\s*)?(?:,\s*)?(?:và|cùng)\s+(?:(?:ông|bà|ngài)\s+)?")
_BEFORE_WITNESSING = re.compile(r"(?i)\s*(?:\((?:trái|phải)\)\s*)?,?\s*(?:(?:đã|cùng|sẽ|đều|đã cùng|sẽ cùng)\s+)*$")


def _joint_subject(vns: list[Party], foreigners: list[Party], text: str, cue: tuple[int, int, bool]) -> bool:
    """Whether a Vietnamese and a foreign party are the joint subject right before the cue: "A và B (đã) (cùng)"
    in either order, nothing else between the second and the verb."""
    a, b = sorted((max(vns, key=lambda p: p.end), max(foreigners, key=lambda p: p.end)), key=lambda p: p.start)
    return a.end <= b.start and bool(_JOINT_GAP.fullmatch(text[a.end:b.start])) and bool(
        _BEFORE_WITNESSING.match(text[b.end:cue[0]]))


# A sentence that opens with the year of its event ("Năm 2014, ...", "Tháng 7/2013, ..."): background, an earlier
# visit recalled; the news of the day gives its day ("Chiều 26/6, ...").
_RECALLED = re.compile(r"(?i)\s*(?:(?:vào|hồi|trong)\s+)?(?:năm|tháng\s+\d{1,2}\s*(?:/|năm))\s*(?:19|20)\d\d\s*,")
# A state's style before its name when the gazetteer's name of the country is the short one: "Cộng hòa Belarus".
_STATE_FORM = r"(?:(?:Cộng hòa|CH|Vương quốc|Liên bang|LB|CHLB)\s+)?"
# A Vietnamese leader's visit to a country: "Thủ tướng Chính phủ A (và Phu nhân) sẽ thăm chính thức Hợp chúng quốc
# Hoa Kỳ", "Chủ tịch nước A lên đường thăm cấp Nhà nước Trung Quốc". The country itself is the partner (GUIDELINES
# §1, §3: a visit announced with concrete parties is listed; a state's leaders meet as the country). The verb must
# say the visit is official ("chính thức", "cấp Nhà nước", "hữu nghị", "làm việc"): a bare "thăm Nhật Bản" is as
# often a tour or a trip in passing.
_OFFICIAL_VISIT = (r"(?:đến\s+|sang\s+)?thăm(?:\s+(?:chính thức|cấp [Nn]hà nước|hữu nghị(?: chính thức)?|làm việc"
                   r"|và làm việc(?: tại)?|chính thức và làm việc(?: tại)?))+")
_STATE_VISIT = re.compile(rf"(?i){_OFFICIAL_VISIT}\s+(?:nước\s+)?{_STATE_FORM}$")
# Setting off for the visit makes a bare "thăm" the official trip: "rời Hà Nội, lên đường (bắt đầu) thăm CHLB Đức".
_SET_OFF = re.compile(r"(?i)(?<!\w)lên đường\s+(?:bắt đầu\s+)?$")
_BARE_VISIT = re.compile(rf"(?i)thăm\s+(?:nước\s+)?{_STATE_FORM}$")
_OCCASION = re.compile(r"(?i)(?:nhân|trong|vào)\s+(?:dịp|thời gian|khi)\s+$|\bkhi\s+$")
_VISITOR_GAP = re.compile(
    r"(?i)\s*(?:(?:và|cùng)\s+[Pp]hu nhân\s*)?(?:(?:,\s*)?(?:và|cùng|dẫn đầu)\s+[Đđ]oàn\s+[^,.;:]{0,60}?\s*)?,?\s*"
    r"(?:(?:sẽ|đã|đang|sắp|tiếp tục|lên đường|bắt đầu|tới|sang)\s+|rời\s+(?:thủ đô\s+)?Hà Nội\s*,?\s*)*$")


def _state_visits(scan: _Scan, parties: list[Party], cues: list[tuple[int, int, bool]]) -> list[
        tuple[Party, Party, str, int]]:
    """(Vietnamese leader, visited country) of a sentence that says nothing else: a national Vietnamese party right
    before an official-visit verb, a foreign country right after it; none in a sentence that recalls an earlier
    year's visit."""
    out: list[tuple[Party, Party, str, int]] = []
    text = scan.text
    if _RECALLED.match(text):
        return out  # "Năm 2014, Tổng Bí thư ... đã thăm chính thức Nga": an earlier visit recalled (GUIDELINES §1)
    for cue in cues:
        if cue[2]:
            continue
        country = next((g for g in scan.geo if g.kind == "country" and g.start >= cue[0]), None)
        if country is None or _code(country) == "VN" or not (
                _STATE_VISIT.fullmatch(text, cue[0], country.start) or (
                    _SET_OFF.search(text, max(0, cue[0] - 40), cue[0])
                    and _BARE_VISIT.fullmatch(text, cue[0], country.start))):
            continue
        before = [p for p in parties if p.end <= cue[0] and p.side == "vn" and p.national and not p.not_met
                  and p.person is not None]
        vn = max(before, key=lambda p: p.end, default=None)
        if vn is None or not _VISITOR_GAP.fullmatch(text, vn.end, cue[0]) or _OCCASION.search(
                text, max(0, vn.start - 30), vn.start):
            continue  # "nhân dịp Thủ tướng A thăm chính thức Hà Lan, Đại sứ quán ... tổ chức triển lãm": the occasion
        if not isinstance(country.entry, gazetteer.Country):
            continue
        # Only the first country: a second one joined by "và" was as often another trip's (the check split's
        # precision fell with it; "thăm chính thức Liên bang Nga và Cộng hòa Belarus" loses Belarus).
        party = Party("body", country.start, country.end, side="foreign", partner=country_partner(country.entry),
                      strong=True)
        out.append((vn, party, "object", _distance(vn, cue) + country.start - cue[1]))
    return out


# A foreign leader's visit to Vietnam at a Vietnamese leader's invitation: "Nhận lời mời của Chủ tịch Quốc hội A,
# Đoàn đại biểu ... Cuba do ông B ... dẫn đầu sẽ thăm chính thức Việt Nam"; the inviter hosts the visit (dev2
# 22478908: "Nhận lời mời của Chủ tịch nước A, Tổng thống Séc B ... đã thăm cấp Nhà nước tới Việt Nam" is the
# meeting of A and B). Only the official visit of Việt Nam itself, the inviter a national Vietnamese person.
_INVITED_BY = re.compile(r"(?i)(?:^|,\s*)(?:nhận|theo|đáp)\s+lời\s+mời\s+của\s+")
_VISIT_OF_VN = re.compile(rf"(?i){_OFFICIAL_VISIT}\s+(?:(?:tới|đến|tại)\s+)?(?:nước\s+)?$")
_GUEST_GAP = re.compile(
    r"(?i)\s*(?:(?:và|cùng)\s+[Pp]hu nhân\s*)?,?\s*(?:(?:sẽ|đã|đang|sắp|tiếp tục|lên đường|bắt đầu|tới|sang)\s+)*$")


def _invited_visits(scan: _Scan, parties: list[Party], cues: list[tuple[int, int, bool]]) -> list[
        tuple[Party, Party, str, int]]:
    """(Vietnamese inviter, foreign guest) of a sentence that opens with the invitation and tells the guest's official
    visit of Việt Nam; [] for any other sentence."""
    text = scan.text
    invited = _INVITED_BY.search(text, 0, 90)
    if invited is None:
        return []
    inviter = min((p for p in parties if p.start >= invited.end()), key=lambda p: p.start, default=None)
    if inviter is None or inviter.side != "vn" or not inviter.national or inviter.person is None or \
            inviter.start - invited.end() > 8:
        return []
    out: list[tuple[Party, Party, str, int]] = []
    for cue in cues:
        vn_country = next((g for g in scan.geo if g.kind == "country" and g.start >= cue[1]), None)
        if cue[2] or vn_country is None or _code(vn_country) != "VN" or not _VISIT_OF_VN.fullmatch(
                text, cue[0], vn_country.start):
            continue
        guests = [p for p in parties if inviter.end <= p.start and p.end <= cue[0] and p.side == "foreign"
                  and p.partner is not None and not p.weak]
        guest = max(guests, key=lambda p: p.end, default=None)
        if guest is None or not _GUEST_GAP.fullmatch(text, guest.end, cue[0]):
            continue
        out.append((replace(inviter, not_met=False), replace(guest, not_met=False), "object",
                    _distance(guest, cue)))
        break
    return out


# A receiving line: "(Ra) đón Chủ tịch nước X và Phu nhân tại sân bay quốc tế Minsk có A, B, C": who welcomes
# follows "có" (or "gồm"), after the guest and the place.
_RECEIVING_LINE = re.compile(r"(?i)[^;:.]{0,120}?\s(?:có|gồm)\s+(?:các\s+)?(?:lãnh đạo|đại diện)?\s*")


def _welcomers(parties: list[Party], cue: tuple[int, int, bool], guest: Party, text: str) -> list[Party]:
    """The foreign welcomers of a receiving line, each a welcome of the Vietnamese GUEST; [] for any other "đón"."""
    if not re.fullmatch(r"(?i)đón", text[cue[0]:cue[1]]):
        return []
    line = _RECEIVING_LINE.match(text, guest.end)
    if line is None or _cues(text[guest.end:line.end()]):
        return []
    listed = sorted((p for p in parties if p.end > line.end() and not p.weak and not p.not_met),
                    key=lambda p: p.start)
    if not listed or not line.end() - 6 <= listed[0].start <= line.end():  # (its honorific: "có ông Lạc Thụ Cương")
        return []
    out: list[Party] = []
    codes: set[str] = set()
    for p in (p for p in _coordinated(listed, text) if p.side == "foreign" and p.partner is not None):
        code = p.partner.country_code  # type: ignore[union-attr]
        if code is None or p.partner.kind not in ("country", "embassy", "organization"):  # type: ignore[union-attr]
            out.append(p)  # an international body's or a state's official welcomes for that body ("bang Hessen")
        elif code not in codes:
            # One state welcomes once, through its most senior named official, a minister before its ambassador
            # ("có Đại sứ Nhật Bản Kunio Umeda và phu nhân; Nghị sỹ, Thứ trưởng Bộ Ngoại giao Kiyoshi Odawara").
            codes.add(code)
            same = [q for q in listed if q.side == "foreign" and q.partner is not None and q.person
                    and q.partner.country_code == code and q.partner.kind in ("country", "embassy", "organization")]
            best = max(same, key=lambda q: (not _DIPLOMATIC.search(q.title or ""), q.rank), default=p)
            country = gazetteer.country_by_name(code)
            out.append(replace(best, partner=country_partner(country)) if country is not None else best)
    return out


# What may open a clause before its verb when the subject is the sentence's: "; cũng như thăm làm việc với ...".
_CLAUSE_OPENING = re.compile(r"(?i)\s*(?:(?:và|cũng như|đồng thời|sau đó|tiếp đó|rồi|đã|cũng|còn)\s+)*")


_NEXT_CALL = re.compile(r",\s*(?:và\s+|rồi\s+|sau đó\s+)?$")


def _foreign_caller(parties: list[Party], local: list[Party], cue: tuple[int, int, bool], lo: int,
                    text: str) -> Party | None:
    """The foreign subject of a sentence whose clause at LO opens with a calling verb and a Vietnamese object and
    names no foreign party ("...; chào xã giao Bộ Tư lệnh ..."), else None. The subject is the first party of the
    sentence, foreign, with no Vietnamese party before it; a visit ("thăm") of a place or body is no call."""
    if cue[2] or re.search(r"(?i)thăm$", text[cue[0]:cue[1]]):
        return None
    if any(p.side == "foreign" and not p.weak for p in local):
        return None
    after = sorted((p for p in local if p.start >= cue[1]), key=lambda p: p.start)
    if not after or after[0].side != "vn" or after[0].weak or after[0].not_met or not _OBJECT_GAP.fullmatch(
            text[cue[1]:after[0].start]):
        return None
    first = min((p for p in parties if p.end <= lo and not p.weak), key=lambda p: p.start, default=None)
    if first is None or first.side != "foreign" or first.not_met:
        return None
    # The first clause must tell what the subject did (its own verb): "X do Y dẫn đầu thăm A; chào xã giao B".
    if not _cues(text[:lo]):
        return None
    return first


def _subject(parties: list[Party], end: int) -> list[Party]:
    """The Vietnamese party that opens the sentence before END (its first clause's subject), if any."""
    before = [p for p in parties if p.side == "vn" and p.end <= end and not p.not_met and not p.weak]
    named = [p for p in before if p.person] or before
    return named[:1]


_LISTED = re.compile(r"(?i)[,:]\s*(?:bao\s+)?gồm\b")
# What may stand between a meeting verb and its object: "tiếp thân mật ông ...", "hội đàm với Thủ tướng ...",
# "tiếp lãnh đạo các Hội Hữu nghị ...".
_OBJECT_GAP = re.compile(
    r"(?i)\s*(?:(?:với|thân mật|xã giao|chính thức|song phương|lại|các|những|cả|một số|đại diện|lãnh đạo|ban lãnh đạo|"
    r"riêng|trọng thể|nồng nhiệt|tại[^,;.]{0,40}?,)\s+)*"
    # The banquet right after the talks is part of the meeting: "hội đàm và dự chiêu đãi chính thức của X".
    # "gặp làm việc và dự chiêu đãi trưa của X", "gặp gỡ, làm việc với X": verbs of one encounter in a row.
    r"(?:(?:gặp gỡ|làm việc|trao đổi)\s*,?\s+(?:và\s+)?(?=\S))?"
    r"(?:và\s+(?:dự\s+)?(?:chiêu đãi|tiệc|quốc yến)(?:\s+(?:trưa|tối|chính thức|thân mật|trọng thể))*\s+(?:của|do)\s+)?"
)
# "A và B đã hội đàm." / "... đã tiến hành hội đàm, đánh giá ...": both sides before a verb with no object.
_NOTHING_AFTER = re.compile(r"(?i)\s*(?:[,.;:]|$|về\b|tại\b|trong\b|nhằm\b|để\b|với nhau\b|song phương\b|cấp\b|"
                            r"chính thức\b|thân mật\b|trực tiếp\b)")


# Between two objects of one list: a bracketed short name of the first ("(JICA)"), then ",", ";", "và" or "cùng".
_LIST_GAP = re.compile(r"\s*(?:\([^()]{1,30}\))?\s*(?:,|;|và|,\s*và|cùng)?\s*(?:các\s+)?(?:lãnh đạo|đại diện)?"
                       r"\s*(?:các\s+)?")


def _one_per_state(objects: list[Party]) -> list[Party]:
    """One list of officials of one state met at once ("có Phó Thủ tướng Belarus A, Thứ trưởng Ngoại giao B, Đại
    sứ Belarus C"): the state meets once, through the first of them; bodies of the list stay rows of their own."""
    out: list[Party] = []
    for p in objects:
        code = p.partner.country_code if p.partner is not None else None
        if p.partner is not None and p.partner.kind in ("country", "embassy") and any(
                q.partner is not None and q.partner.kind == "country" and q.partner.country_code == code
                and not _own_audiences(p, q) for q in out):
            continue
        out.append(p)
    return out


_ORGAN_HEAD_RANK = 85  # titles.tsv: Thủ tướng 95, Chủ tịch Thượng viện / Hạ viện 85; a deputy ("Phó ...") never


def _own_audiences(p: Party, q: Party) -> bool:
    """Two named heads of different organs of one state met together ("hội kiến Chủ tịch Thượng viện A và Chủ tịch
    Hạ viện B", "hội kiến Thủ tướng Quốc Vụ viện A, Ủy viên trưởng Nhân đại B"): each an audience of its own
    (GUIDELINES §2: a different foreign person of the same country is another row), unlike a minister with the
    officials of his delegation or a receiving line, which the state holds once."""
    def head(x: Party) -> bool:
        return bool(x.person) and x.rank >= _ORGAN_HEAD_RANK and not (x.title_head or "").startswith("Phó")
    return head(p) and head(q) and p.title_head != q.title_head


# "và" or "," between two objects of one verb (not "cùng", which may add the host's own side).
_AND_GAP = re.compile(r"\s*(?:,|và|,\s*và)\s*")


def _bare_titled(p: Party) -> bool:
    """A person titled by one bare office that names no place or organ ("Thủ tướng", "Tổng thống"): whose office it
    is, the title does not say."""
    if p.kind != "person" or not p.title or p.strong or p.locality:
        return False
    titles = gazetteer.find_titles(p.title)
    return len(titles) == 1 and titles[0].text == p.title.strip() and _title(titles[0]).side != "vn" \
        and "nước" not in p.title and titles[0].text == _title(titles[0]).text


def _same_side_objects(parties: list[Party], objects: list[Party], host: Party, text: str) -> list[Party]:
    """Objects of one verb are of one side: "chào xã giao Tổng thống Tony Tan Keng Yam và Thủ tướng Lý Hiển Long" -
    the second, a Sino-Vietnamese name under a bare title, read as Vietnamese from the look of its name, is the
    first one's compatriot, met by the same host."""
    last = objects[-1]
    first = objects[0]
    if first.partner is not None and first.partner.kind != "country" or first.kind != "person":
        return []  # (a person whose country the sentence does not say takes the article's, as the first will)
    out: list[Party] = []
    for p in sorted((q for q in parties if q.start >= last.end), key=lambda q: q.start):
        if not _AND_GAP.fullmatch(text[last.end:p.start]) or p is host or p.not_met:
            break
        if p.side == "foreign":
            break  # already an object of the list (see _coordinated)
        if not _bare_titled(p):
            break
        out.append(replace(p, side="foreign", partner=first.partner, national=False, weak=False))
        last = p
    return out


def _coordinated(parties: list[Party], text: str) -> list[Party]:
    """The first party and those joined to it by ",", ";" or "và" (an object list)."""
    out = [parties[0]]
    for p in parties[1:]:
        gap = text[out[-1].end:p.start]
        if _LIST_GAP.fullmatch(gap):
            out.append(p)
        else:
            break
    return out


@cache
def _wished_welcome() -> re.Pattern[str]:
    """"mong được đón Chủ tịch X trở lại thăm Việt Nam": a welcome wished for, a visit to come."""
    return re.compile(rf"(?i)\b(?:{_phrases('wish')})\b[^.;:]{{0,20}}?\bđón\b[^.;:]{{0,90}}?\b(?:sang|tới|đến|trở lại|"
                      rf"về)?\s*thăm\b")


def _reporting(text: str, cue: tuple[int, int, bool]) -> bool:
    """"Tại buổi tiếp, ...", "Trong cuộc hội đàm, ...": the sentence reports what was said, its dates are other
    events ("cuộc bầu cử ... (15/3/2017)")."""
    return cue[2] and bool(re.search(r"(?i)(?:tại|trong|sau|kết thúc|bên lề)\s+$", text[max(0, cue[0] - 12):cue[0]]))


def _meeting_day(text: str, cues: list[tuple[int, int, bool]], own: DateMention | None, last: DateMention | None,
                 reporting: bool) -> DateMention | None:
    """The day of a meeting read from TEXT: its own date, else "cùng ngày" or the day the narration is at.

    Not inherited: an earlier event ("Trước đó, ..."), a future meeting ("sẽ hội đàm") and a day given as a
    range ("từ ngày 29-31/5": the visit, not the meeting). A reporting sentence's own day is the meeting's when timed
    or written inside the reporting cue's own noun phrase ("tại cuộc gặp chính thức ở Nhà Trắng ngày 31-5, ...",
    "trong cuộc hội đàm với ... diễn ra ngày 14/6 tại Hà Nội")."""
    if own is not None and (not reporting or re.match(r"(?i)(?:sáng|chiều|tối|trưa)\b", own.text)
                            or _in_cue_phrase(text, cues, own)):
        return own
    if _SAME_DAY.search(text):
        return last
    first_cue = min(c[0] for c in cues)
    if _BEFORE.match(text) or _FUTURE.search(text[:first_cue]) or _told_apart(text, cues, last):
        return None
    return last


# "Trong khuôn khổ chuyến thăm, X đã hội đàm với ...; chào xã giao ...": the wrap-up of a visit's meetings.
_WRAP_UP = re.compile(r"(?i)^\s*(?:Trong|Nhân)\s+(?:khuôn\s+khổ\s+|dịp\s+|thời\s+gian\s+)?(?:chuyến|đợt)\s+"
                      r"(?:thăm|công\s+tác)")
# "Hồi tháng 4 năm nay, ...", "vào tháng 11 năm ngoái": the sentence's own, earlier month.
_PAST_MONTH = re.compile(r"(?i)(?<!\w)(?:hồi\s+tháng\s+(?P<a>\d{1,2})|tháng\s+(?P<b>\d{1,2})\s+"
                         r"(?:năm\s+ngoái|năm\s+trước|vừa\s+qua))(?![\d/])")


def _told_apart(text: str, cues: list[tuple[int, int, bool]], last: DateMention | None) -> bool:
    """The sentence's meetings are not of the day the narration is at: a wrap-up listing a visit's meetings (GUIDELINES:
    meetings only listed over a visit of several days have no day of their own), or a sentence placed in another
    month ("Hồi tháng 4 năm nay, ... khi Phó Thủ tướng ... có chuyến thăm Mỹ" in a report of 31/5)."""
    if last is None:
        return False
    if len(cues) >= 2 and _WRAP_UP.match(text) and ";" in text[cues[0][0]:cues[-1][0]]:
        return True
    return any(int(m.group("a") or m.group("b")) != last.month for m in _PAST_MONTH.finditer(text))


_CUE_PHRASE_CHARS = 120  # "cuộc hội đàm với Tổng Giám đốc Hãng thông tấn Algeria (APS) Abdelhamid Kacha diễn ra" fits


def _in_cue_phrase(text: str, cues: list[tuple[int, int, bool]], d: DateMention) -> bool:
    """D follows an event noun ("cuộc gặp", "cuộc hội đàm") in the same clause, close enough to date that event."""
    return any(is_noun and end <= d.start <= end + _CUE_PHRASE_CHARS and not re.search(r"[,;:.!?]", text[end:d.start])
               for _, end, is_noun in cues)


def _in_brackets(text: str, d: DateMention) -> bool:
    return d.year is not None and text.rfind("(", 0, d.start) > text.rfind(")", 0, d.start)


_HANOI_TIME = re.compile(r"(?i)\s*,?\s*\(?\s*(?:theo\s+)?giờ\s+(?:Hà Nội|Việt Nam|VN)\b")


def _pick_date(dates: list[DateMention], text: str) -> DateMention | None:
    """The meeting's own day: a time-of-day or "ngày" mention that is not the start of a visit range."""
    # A full date in brackets is a reference ("(8-11-1972 / 8-11-2017)", "(15/3/2017)"), not the day of a meeting.
    singles = [d for d in dates if d.day is not None and (r := date_range(d)) is not None and r[0] == r[1]
               and not (d.year is not None and d.text.startswith("(") or _in_brackets(text, d))]
    # "Chiều ngày 30/5 (theo giờ địa phương), tức sáng sớm 31/5, giờ Hà Nội": the day is the local one.
    local = [d for d in singles if not _HANOI_TIME.match(text, d.end)]
    singles = local or singles
    timed = [d for d in singles if re.match(r"(?i)(?:sáng|chiều|tối|trưa|đêm|chiều tối)\b", d.text)]
    for group in (timed, singles):
        if group:
            return group[0]
    return None


# "Từ ngày 1/7/2015, Việt Nam đã thí điểm ...", "Tính đến ngày 20/4/2017, Đức có ...": the start of a state of things
# or the date a figure stands at, not a day the narration reaches.
_SINCE_DAY = re.compile(r"(?i)(?:^|[\s,(])(?:kể\s+từ|từ|tính\s+đến|tính\s+từ|cho\s+đến|đến)\s+$")


def _latest_year(texts: list[str]) -> int | None:
    """The latest year of a full date in the article ("5 -8/7/2017", "ngày 20/4/2017"): the article's own time."""
    years = [d.year for t in texts for d in find_dates(t) if d.year is not None and d.day is not None]
    return max(years, default=None)


def _history_day(own: DateMention, latest_year: int | None) -> bool:
    """A full date of a year before the article's latest one: history ("thiết lập quan hệ ngoại giao ngày 23/9/1975",
    "Từ ngày 1/7/2015, ... thí điểm miễn thị thực"). The narration is then at another time: the undated meetings
    told after it take no day until a day of the article's own time (a "since" or "as of" day, "Từ ngày 1/7, ...",
    "Tính đến ngày 20/4/2017, ...", leaves the narration where it was)."""
    return own.year is not None and latest_year is not None and own.year < latest_year


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



# A caption that names two people and nothing else: "Thủ tướng Nguyễn Xuân Phúc và ông Mitarai Fijio, Chủ tịch Tập
# đoàn Canon.", "Chủ tịch A (trái) và Tổng thống B tại buổi họp báo." The photo shows them together: in an article
# about meetings, their meeting (the decision stage weighs it as a noun reading with both sides before "và").
_SIDE_NOTE = r"(?:\s*\((?:bên\s+)?(?:trái|phải|giữa)\)\s*)?"
# (then "./.", "/.": the end of a news story)
_PICTURE_TAIL = re.compile(rf"{_SIDE_NOTE}(?:\s*,?\s+(?:tại|trong)\s+[^.;:!?]{{0,60}})?\s*[.…]?\s*(?:/\.)?\s*$")


def _may_picture_pair(text: str) -> bool:
    """A cheap test: a short sentence with "và" that may be a two-person caption."""
    return len(text) < 240 and " và " in text and text[:1].isupper()


def _pictured_pair(parties: list[Party], text: str) -> tuple[int, int, bool] | None:
    """The "và" of a caption that is a Vietnamese and a foreign person and nothing else (see _PICTURE_TAIL), as a
    noun cue; None for any other sentence."""
    named = sorted((p for p in parties if not p.weak), key=lambda p: p.start)
    if len(named) != 2 or {p.side for p in named} != {"vn", "foreign"} or any(p.not_met for p in named):
        return None
    first, second = named
    if not first.person or not second.person or text[:first.start].strip():
        return None
    gap = re.fullmatch(rf"{_SIDE_NOTE}\s*(và)\s*", text[first.end:second.start])
    if gap is None or not _PICTURE_TAIL.fullmatch(text, second.end):
        return None
    return first.end + gap.start(1), first.end + gap.end(1), True


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
    return [_Found(vn, foreign, scan.index, scan.text, None, implicit=True)]


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


# ---------------------------------------------------------------------------------------------- forums


@cache
def _forum_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(organisers before the verb, organisers after "do", an official at the event) over meeting_words.tsv."""
    event = _phrases("forum_event")
    organise = _phrases("forum_organise", either_case=False)  # "Tổ chức Y tế Thế giới" is a body, not the verb
    attend = _phrases("forum_attend")
    before = re.compile(rf"(?<!\w)(?:{organise})\s+(?:thành công\s+|trọng thể\s+|(?:các|một|buổi|cuộc)\s+)?"
                        rf"(?P<event>{event})(?!\w)")
    after = re.compile(rf"(?<!\w)(?P<event>{event})(?!\w)[^.;:]{{0,160}}?\sdo\s+(?P<who>[^.;:]{{3,200}}?)"
                       rf"\s+(?:(?:{organise})(?!\w))")
    attending = re.compile(rf"(?<!\w)(?:{attend})\s+(?:(?:buổi|cuộc|phiên|lễ khai mạc|khai mạc)\s+)?"
                           rf"(?P<event>{event})(?!\w)|^\s*(?:Phát biểu\s+)?(?:[Tt]ại|[Tt]rong)\s+(?:buổi\s+)?"
                           rf"(?P<opening>{event})\s*[,;]")
    return before, after, attending


@cache
def _forum_words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Words every match of the first two forum patterns holds as written: the last word of an event phrase and of
    an organising one (only a phrase's first letter may change case, only its spaces may be other spaces)."""
    def last_words(kind: str) -> tuple[str, ...]:
        return tuple(sorted({p.split()[-1] if " " in p.strip() else p[1:] for p in _words(kind)}))
    return last_words("forum_event"), last_words("forum_organise")


def _may_tell_forum(text: str) -> bool:
    """A cheap test that the forum patterns cannot match TEXT when it is False (most sentences)."""
    events, organising = _forum_words()
    return any(w in text for w in events) and any(w in text for w in organising)


# A forum named but not organised by the subject: "để tổ chức thành công hội nghị", "việc tổ chức Tọa đàm" (a past
# one recalled), "công tác tổ chức", "nơi tổ chức Hội nghị G20", "sáng kiến của X tổ chức", "các tổ chức quốc tế".
_NOT_ORGANISING = re.compile(r"(?i)(?<!\w)(?:để|việc|công tác|kinh nghiệm|nhằm|sáng kiến(?:\s+của)?|nơi|khi|các|những|"
                             r"chuẩn bị|đăng cai|giúp|hỗ trợ)\s+(?:\w+\s+){0,2}?(?:đồng\s+|phối hợp\s+|cùng\s+)?"
                             r"tổ chức\s*$")


def _event_key(name: str) -> str:
    """"Diễn đàn doanh nghiệp Việt – Czech" -> "diễn đàn": the kind of event a later sentence refers back to."""
    return " ".join(name.lower().split()[:2])


_ORGANISING_TAIL = re.compile(rf"\s+(?:đã\s+)?(?:{_phrases('forum_organise', either_case=False)})$")


def _forum_sides(parties: list[Party], lo: int, hi: int) -> list[Party]:
    out = []
    for p in parties:
        if lo <= p.start < hi and not p.weak and not p.not_met and (
                p.side == "vn" or p.partner is not None or p.kind == "person"):
            if p.partner is not None and (tail := _ORGANISING_TAIL.search(p.partner.name)):
                # "Công ty Ericsson tổ chức": the body's name read over the verb.
                p = replace(p, partner=replace(p.partner, name=p.partner.name[:tail.start()]))
            out.append(p)
    return out


def _forums(scans: list[_Scan], article: _Article, days: list[DateMention | None]) -> list[_Found]:
    """Meetings with a forum's organiser (GUIDELINES §1): "VCCI phối hợp với Liên đoàn công nghiệp Cộng hòa Czech và
    Đại sứ quán Cộng hòa Czech tổ chức Diễn đàn ..." and "Phát biểu tại diễn đàn, Phó Thủ tướng Vương Đình Huệ ...":
    the most senior Vietnamese official taking part meets each foreign organiser (a co-chair included), and, at an
    event of one foreign country only, each foreign official taking part. Nothing without a named Vietnamese
    official, nothing when no organiser is named, nothing at a multilateral event but its foreign organisers."""
    before, after, attending = _forum_patterns()
    organised: dict[str, tuple[int, list[Party]]] = {}  # event kind -> (sentence, its organisers)
    present: list[tuple[str, int, Party]] = []  # (event kind, sentence, an official taking part)
    for scan in scans[1:]:
        text = scan.text
        hits: list[tuple[str, int, int]] = []
        for m in before.finditer(text):
            if _NOT_ORGANISING.search(text, max(0, m.start() - 30), m.start()):
                continue
            # The organisers are the subject right before the verb: "Chiều 21/6, | Phái đoàn ... và Bộ Công Thương
            # phối hợp tổ chức ...", not a guest named earlier in the sentence.
            lo = max([0] + [b.end() for b in re.finditer(r"[,;:]", text[:m.start()])])
            hits.append((m.group("event"), lo, m.start()))
        for m in after.finditer(text):
            if not _NOT_ORGANISING.search(text, max(0, m.end("who") - 30), m.end("who") + 1):
                hits.append((m.group("event"), m.start("who"), m.end("who")))
        attend = list(attending.finditer(text))
        if not hits and not attend:
            continue
        parties = _parties_of(scan, article)
        for name, lo, hi in hits:
            sides = _forum_sides(parties, lo, hi)
            if sides:
                organised.setdefault(_event_key(name), (scan.index, sides))
                present += [(_event_key(name), scan.index, p) for p in sides if p.kind == "person"]
        for m in attend:
            key = _event_key(m.group("event") or m.group("opening"))
            if m.group("opening") is not None or re.fullmatch(r"\W*", text[:m.start()]):
                # "Tại hội nghị, Bộ trưởng X nhấn mạnh": the first person named after it speaks there.
                people = [p for p in parties if p.kind == "person" and p.start >= m.end() and not p.not_met]
                chosen = people[:1]
            else:
                # "Bộ trưởng X phát biểu tại Hội nghị", "Chủ tịch nước X đã tham dự Tọa đàm": the clause's subject.
                lo = max([0] + [b.end() for b in _CLAUSE_BREAK.finditer(text, 0, m.start())])
                people = [p for p in parties if p.kind == "person" and lo <= p.start and p.end <= m.start()
                          and not p.not_met]
                chosen = people[-1:]
                # "A và B đồng chủ trì ...": both subjects.
                if len(people) >= 2 and re.fullmatch(r"\s*(?:,|và|cùng)\s*", text[people[-2].end:people[-1].start]):
                    chosen = people[-2:]
            present += [(key, scan.index, p) for p in chosen if not p.weak]
    out: list[_Found] = []
    for key, (idx, organisers) in organised.items():
        officials = [(i, p) for k, i, p in present if k == key]
        vn_people = [(i, p) for i, p in officials if p.side == "vn" and p.person]
        if not vn_people:
            continue
        vn_idx, vn = max(vn_people, key=lambda ip: ip[1].rank)  # the most senior; the first of equals
        foreign_bodies = [p for p in organisers if p.side == "foreign" and p.partner is not None]
        guests = [(i, p) for i, p in officials if p.side == "foreign" and p.person and p.partner is not None]
        codes = {p.partner.country_code for p in [*foreign_bodies, *(g for _, g in guests)] if p.partner is not None}
        if not any(p.side == "vn" for p in organisers) and not foreign_bodies:
            continue
        bilateral = len(codes) == 1 and None not in codes
        rows: list[tuple[int, Party]] = [(idx, p) for p in foreign_bodies if p.kind != "person"]
        rows += [(i, p) for i, p in guests if bilateral or any(q is p or q.person == p.person for q in organisers)]
        seen: set[str] = set()
        for i, foreign in rows:
            ident = foreign.person or foreign.partner.name  # type: ignore[union-attr]
            if ident in seen:
                continue
            seen.add(ident)
            told = dict.fromkeys([scans[idx].text, scans[i].text, scans[vn_idx].text])
            own = next((d for j in dict.fromkeys([i, idx, vn_idx])
                        if (d := _pick_date(find_dates(scans[j].text), scans[j].text)) is not None), None)
            out.append(_Found(vn, foreign, min(i, idx), " ".join(told), own or days[idx], how="forum",
                              future=bool(_FUTURE.search(scans[idx].text)), inherited=own is None))
    return out


# "của Hải quân Ấn Độ do Trung tá X", "Tập đoàn Y, do ông X": the person who follows heads the body before.
_HEADED_BY = re.compile(r"(?i)\s*,?\s*do\s+(?:(?:ông|bà|ngài)\s+)?$")
# "Chủ tịch Khối kinh doanh ... thuộc Tập đoàn Samsung": his title's unit belongs to the body after it.
_BELONGS_TO = re.compile(r"(?i)\s*,?\s*(?:thuộc|của|trực thuộc)\s+")


def _headed_body(parties: list[Party], person: Party, text: str) -> Party | None:
    """PERSON, with no partner of his own, as the head of the foreign body named right before "do" (the captain of a
    navy's ship, a company's delegation leader) or of a unit "thuộc" the body named right after his title: that
    body's partner."""
    if not person.person:
        return None
    bodies = [p for p in parties if p.side == "foreign" and p.partner is not None and p.kind == "body"]
    before = max((p for p in bodies if p.end <= person.start), key=lambda p: p.end, default=None)
    if before is not None and _HEADED_BY.fullmatch(text[before.end:person.start]):
        return replace(person, partner=before.partner)
    # "ông X, Chủ tịch Khối kinh doanh ... thuộc Tập đoàn Samsung": his title's unit belongs to the body after it.
    after = min((p for p in bodies if p.start >= person.end), key=lambda p: p.start, default=None)
    if after is not None and _BELONGS_TO.fullmatch(text[person.end:after.start]):
        return replace(person, partner=after.partner)
    # "ông Jensen Huang, Người sáng lập, Chủ tịch kiêm Tổng Giám đốc Tập đoàn Nvidia", "..., nhà sáng lập kiêm CEO
    # Tập đoàn X": an office the titles do not know stands between the name and the title of his body.
    following = min((p for p in parties if p.start >= person.end), key=lambda p: p.start, default=None)
    if following is not None and following.kind == "bare" and following.side == "foreign" and \
            following.partner is not None and not following.person and (
                gap := _DESCRIPTOR_GAP.fullmatch(text, person.end, following.start)):
        return replace(person, partner=following.partner, title=text[gap.start(1):following.end].strip(" ,"))
    return None


# Between a name and its body's title: ", <an office the titles do not know>," or "... kiêm".
_DESCRIPTOR_GAP = re.compile(r"\s*,\s*([^,;.:()\d]{3,30}?(?:\s*,\s*|\s+kiêm\s+))")


def _with_article_country(party: Party, article: _Article) -> Party:
    code = article.main_country() if party.person else None
    country = next((c for c in gazetteer.countries() if c.code == code), None) if code else None
    return replace(party, partner=country_partner(country)) if country is not None else party


def read_candidates(title: str, sentences: list[str], read_loose: bool = True) -> tuple[list[_Found], list[_Found],
                                                                                   _Article]:
    """Every meeting the sentences of an article may report, the dated visits that may date them, and what the
    article taught about who is who; ([], [], article) when no sentence speaks of a meeting. READ_LOOSE: add the
    loose readings (see _loose), reading="strict" marks the others."""
    article = _Article()
    texts = [normalize_text(title).strip()] + sentences
    cues_of = [_cues(t) for t in texts]
    forum = any(_may_tell_forum(t) and (_forum_patterns()[0].search(t) or _forum_patterns()[1].search(t))
                for t in texts[1:])
    if not any(cues_of) and not forum and not any("chủ trì" in t for t in texts[1:]):
        return [], [], article  # no sentence speaks of a meeting: nothing to read (most articles stop here)
    scans = [_scan(t) for t in texts]
    for i, scan in enumerate(scans):
        scan.index = i
    for scan in scans:
        article.foreign_codes += [_code(g) for g in scan.geo if g.kind == "country" and _code(g) != "VN"]
        article.foreign_codes += [_code(g) for g in scan.geo if g.kind == "place"]
        article.localities += [_name(g) for g in scan.geo
                               if g.kind == "province" and not gazetteer.is_mission_post(scan.text, g.start)]
        # Generic bodies ("chính phủ", "Bộ Ngoại giao") are every country's; only Việt Nam or a province says it.
        article.vietnamese_context = article.vietnamese_context or any(
            g.kind == "province" or (g.kind == "country" and _code(g) == "VN") for g in scan.geo)
    # Two passes: the first learns who is who, the second reads meetings with that knowledge.
    for scan in scans:
        if scan.may_name_someone:
            for p in find_parties(scan, article, bodies_too=False):
                article.remember(p)
    found: list[_Found] = []
    latest_year = _latest_year(texts)
    last_date: DateMention | None = None
    last_codes: set[str] = set()  # foreign countries of the sentence that gave last_date
    visits: list[_Found] = []
    days: list[DateMention | None] = []  # the day the narration is at after each sentence
    told: list[_Told] = []
    for idx, scan in enumerate(scans):
        cues = cues_of[idx]
        own_date = _pick_date(find_dates(scan.text), scan.text) if idx > 0 else None
        # Only a sentence with a meeting cue or a date can make or date a meeting; the others wait (see
        # _implicit_meeting).
        visit = own_date is not None and "thăm" in scan.text
        pictured = idx > 0 and not cues and _may_picture_pair(scan.text)
        chaired = idx > 0 and "chủ trì" in scan.text
        parties = _parties_of(scan, article) if cues or visit or pictured or chaired else []
        if pictured and (pair := _pictured_pair(parties, scan.text)) is not None:
            cues = [pair]  # "Thủ tướng X và ông Y, Chủ tịch Tập đoàn Canon.": the photo of a meeting, "và" its cue
        reporting = bool(cues) and all(_reporting(scan.text, cue) for cue in cues)
        pairs = _sentence_meetings(parties, cues, scan.text) or _state_visits(scan, parties, cues) or \
            _invited_visits(scan, parties, cues)
        if not pairs and chaired and (co_chair := _co_chaired(parties, scan.text)) is not None:
            cue, pairs = co_chair
            cues = [*cues, cue]
        if pairs and idx > 0:
            date = _meeting_day(scan.text, cues, own_date, last_date, reporting)
            inherited = date is not None and date is last_date and not _SAME_DAY.search(scan.text)
            for vn, foreign, how, gap in pairs:
                loose = how == "loose"
                if foreign.partner is None:
                    # "tàu ... của Hải quân Ấn Độ do Trung tá X làm thuyền trưởng": the head of the body just named;
                    # else a foreign person whose country the sentence does not say: the country the article is
                    # about.
                    headed = _headed_body(parties, foreign, scan.text)
                    bodies = [f for f in found if f.sentence == idx and f.foreign.person is None
                              and headed is not None and f.foreign.partner == headed.partner]
                    for f in bodies:  # the body's own reading of this sentence gets its head's name
                        f.foreign = replace(f.foreign, person=headed.person, title=headed.title)  # type: ignore
                    if bodies:
                        continue
                    foreign = headed or _with_article_country(foreign, article)
                    if foreign.partner is None:
                        continue
                    how = how if headed else "article_country"
                # The day the narration is at belongs to this meeting only if it was about the same country.
                day = None if inherited and foreign.partner.country_code not in last_codes else date
                found.append(_Found(vn, foreign, idx, scan.text, day, reporting=reporting, inherited=inherited,
                                    future=bool(_FUTURE.search(scan.text[:min(c[0] for c in cues)])
                                                or _wished_welcome().search(scan.text)),
                                    how=how, dropped=loose, gap=gap))
        elif pairs:
            found.extend(_Found(vn, f, idx, scan.text, None, future=bool(_FUTURE.search(scan.text)), how=how, gap=gap,
                                dropped=how == "loose")
                         for vn, f, how, gap in pairs if f.partner is not None)
        if cues and parties:
            # What the loose readings need of this sentence, as the strict one saw it (see _loose).
            day = _meeting_day(scan.text, cues, own_date, last_date, reporting) if idx > 0 else None
            told.append(_Told(idx, parties, cues, day, reporting, set(last_codes),
                              day is not None and day is last_date and not _SAME_DAY.search(scan.text),
                              bool(_FUTURE.search(scan.text[:min(c[0] for c in cues)])
                                   or _wished_welcome().search(scan.text)), bool(pairs)))
        if visit and all(how == "loose" for _, _, how, _ in pairs):
            visits.extend(_visits(scan, parties, idx, own_date))
        history = own_date is not None and _history_day(own_date, latest_year)
        if history:
            last_date = None  # the narration went back in time ("ngày 28/11/2016, Chủ tịch Quốc hội ... dự Lễ tang")
        if own_date is not None and not reporting and not _DEPARTURE.search(scan.text) and not history and not (
                _SINCE_DAY.search(scan.text[:own_date.start])):
            last_date = own_date
            last_codes = {_code(g) for g in scan.geo if g.kind == "country"} | {
                _code(g) for g in scan.geo if g.kind == "place"} | {
                p.partner.country_code for p in parties if p.partner is not None and p.partner.country_code}
        days.append(last_date)
    if forum:
        found += _forums(scans, article, days)
    # Planned meetings count only in an article that reports no held one ("Thủ tướng sẽ hội đàm với ..." as the
    # news itself, not as an aside in a report of another meeting); "Tại buổi tiếp, ..." sentences add to a meeting
    # read elsewhere. The rules' verdict is kept as a flag for the decision stage, not applied here.
    if any(not f.future for f in found):
        for f in found:
            f.dropped = f.dropped or f.future
    held = {partner_key(f.foreign.partner) for f in found
            if not f.reporting and not f.dropped and f.foreign.partner is not None}
    if held:
        for f in found:
            f.dropped = f.dropped or (f.reporting and partner_key(f.foreign.partner) not in held)  # type: ignore[arg-type]
    if not any(not f.dropped for f in found):
        found += _implicit_meeting(scans, article)
    loose_found = _loose(scans, told, article, found) if read_loose else []
    if not found:
        return loose_found, visits if loose_found else [], article
    primaries = [f for f in found if f.primary and not f.dropped] or [f for f in found if f.primary]
    for idx, scan in enumerate(scans):
        if any(f.sentence == idx for f in primaries) or _LIST_CUE.search(scan.text):
            found.extend(_secondary(scan, primaries[0]))
    return found + loose_found, visits, article


# ---------------------------------------------------------------------------------------------- loose readings


@dataclass
class _Told:
    """A sentence with a meeting cue and parties, as the strict reading saw it: what the loose readings reuse."""

    index: int
    parties: list[Party]
    cues: list[tuple[int, int, bool]]
    date: DateMention | None
    reporting: bool
    last_codes: set[str]  # foreign countries of the sentence that gave the narration's day
    inherited: bool
    future: bool
    strict: bool  # the strict reading paired parties in this sentence


def _main_parties(article: _Article) -> tuple[Party | None, Party | None]:
    """The Vietnamese person and the foreign party the article names most (ties: the first named)."""
    vn_count: Counter[str] = Counter()
    foreign_count: Counter[str] = Counter()
    firsts: dict[str, Party] = {}
    for p in article.order:
        if p.weak or p.not_met or not p.person:
            continue
        if p.side == "vn":
            vn_count[p.person] += 1
            firsts.setdefault("vn:" + p.person, p)
        elif p.side == "foreign" and p.partner is not None:
            key = partner_key(p.partner)
            foreign_count[key] += 1
            firsts.setdefault("f:" + key, p)
    vn = firsts["vn:" + vn_count.most_common(1)[0][0]] if vn_count else None
    foreign = firsts["f:" + foreign_count.most_common(1)[0][0]] if foreign_count else None
    return vn, foreign


def _near(p: Party, cues: list[tuple[int, int, bool]]) -> int:
    return min(_distance(p, c) for c in cues)


def _loose(scans: list[_Scan], told: list[_Told], article: _Article, strict: list[_Found]) -> list[_Found]:
    """Second, looser readings of every sentence with a meeting cue, for the decision model to weigh.

    - "sentence": a Vietnamese and a foreign party anywhere in the sentence, whatever the grammar between them
      (each foreign party of the sentence with the Vietnamese person nearest a cue, and with the sentence's first
      Vietnamese person when that is another one); an inviter counts too ("Nhận lời mời của Thủ tướng X, ... sẽ
      thăm"), flagged.
    - "headline_vn": foreign parties only; the Vietnamese side is the headline's, else the article's main person.
    - "headline_foreign": a Vietnamese party only; the foreign side is the headline's, else the article's main one.
    No clause, distance or object rule applies: each reading carries what it saw (order, distances, clause, cue
    kind, whether the headline names the partner, how often the article does) for the model to judge."""
    if not told:
        return []
    headline = scans[0]
    head_parties = _parties_of(headline, article)
    head_vn = _best([p for p in head_parties if p.side == "vn" and not p.weak and not p.not_met])
    head_foreign = _best([p for p in head_parties if p.side == "foreign" and not p.weak and p.partner is not None])
    main_vn, main_foreign = _main_parties(article)
    texts = [s.text for s in scans]
    head_codes = {_code(g) for g in headline.geo if g.kind in ("country", "place")}
    head_keys = {partner_key(p.partner) for p in head_parties if p.partner is not None}
    out: list[_Found] = []
    for t in told:
        text = scans[t.index].text
        vns = [p for p in t.parties if p.side == "vn" and not p.weak and not p.not_met]
        foreigners = []
        for p in t.parties:
            if p.side != "foreign" or p.weak:
                continue
            if p.partner is None:
                p = _headed_body(t.parties, p, text) or _with_article_country(p, article)
                if p.partner is None:
                    continue
            foreigners.append(p)
        pairs: list[tuple[Party, Party, str]] = []
        # Named people before bare titles resolved to someone ("Bộ trưởng ... kiêm" glued to the next name).
        people = [p for p in vns if p.person and p.kind != "bare"] or [p for p in vns if p.person] or vns
        if vns and foreigners:
            nearest = min(people, key=lambda p: (_near(p, t.cues), p.start))
            hosts = [people[0]] + [nearest] * (people[0] is not nearest)  # the sentence's subject, the nearest
            pairs = [(vn, f, "sentence") for vn in hosts for f in foreigners]
        elif foreigners and (head_vn or main_vn) is not None:
            pairs = [(head_vn or main_vn, f, "headline_vn") for f in foreigners]  # type: ignore[misc]
        elif vns and (head_foreign or main_foreign) is not None:
            vn = min(people, key=lambda p: (_near(p, t.cues), p.start))
            pairs = [(vn, head_foreign or main_foreign, "headline_foreign")]  # type: ignore[list-item]
        seen: set[tuple[str, str | None, str | None]] = set()
        for vn, f, kind in pairs:
            assert f.partner is not None
            key = (partner_key(f.partner), f.person, vn.person)
            if key in seen:
                continue
            seen.add(key)
            in_sentence = kind == "sentence"
            lo, hi = sorted((vn, f), key=lambda p: p.start)
            between = text[lo.end:hi.start] if in_sentence else ""
            day = None if t.inherited and f.partner.country_code not in t.last_codes else t.date
            name = f.partner.name
            after = [c for c in t.cues if c[1] <= f.start and not c[2]]
            signals: dict[str, object] = {
                f"read_{kind}": True,
                # The foreign party right after a meeting verb, nothing but a short gap between ("tiếp Bộ trưởng X").
                "object": bool(after) and f.start - max(c[1] for c in after) <= 40 and not re.search(
                    r"[,.;:]", text[max(c[1] for c in after):f.start]) and not any(
                    max(c[1] for c in after) <= p.start < f.start and p.kind != "bare" for p in t.parties),
                # The Vietnamese party speaks of the meeting rather than holds it: "Theo Đại sứ X, ...", "ông X cho
                # biết" (an interviewee; GUIDELINES §3: never an interviewee).
                "speaker": bool(_SPEAKER_BEFORE.search(text, max(0, vn.start - 12), vn.start)
                                or _SPEAKER_AFTER.match(text, vn.end)) if kind != "headline_vn" else False,
                # The Vietnamese party is the last party before a meeting verb ("Thủ tướng X đã tiếp").
                "subject": in_sentence and any(vn.end <= c[0] and not any(
                    vn.end <= p.start < c[0] for p in t.parties) and c[0] - vn.end <= 60 for c in t.cues),
                "cue_noun": all(c[2] for c in t.cues),
                "vn_first": in_sentence and vn.start < f.start,
                "cue_between": in_sentence and any(lo.end <= c[0] and c[1] <= hi.start for c in t.cues),
                "same_clause": in_sentence and not _CLAUSE_BREAK.search(between),
                "near": _near(f, t.cues) <= _MAX_FOREIGN_DISTANCE and (
                    not in_sentence or _near(vn, t.cues) <= _MAX_VN_DISTANCE),
                "foreign_not_met": f.not_met,
                # "dưới thời cựu Tổng thống X": a former office holder is background, never the counterpart.
                "foreign_former": bool(re.match(r"(?i)\s*(?:cựu|nguyên)\b", f.title or "")
                                       or re.search(r"(?i)(?:cựu|nguyên)\s+$", text[max(0, f.start - 8):f.start])),
                "partner_in_headline": partner_key(f.partner) in head_keys or (
                    f.partner.kind in ("country", "embassy") and f.partner.country_code in head_codes) or (
                    name in texts[0]),
                "vn_in_headline": bool(vn.person) and vn.person in texts[0],  # type: ignore[operator]
                # The headline names someone else of that side: this reading may be a background remark.
                "vn_not_headline": bool(head_vn is not None and head_vn.person and vn.person
                                        and not _one_person(head_vn.person, vn.person)),
                "foreign_not_headline": bool(head_foreign is not None and head_foreign.person and f.person
                                             and not _one_person(head_foreign.person, f.person)),
                "strict_sentence": t.strict,
                "partner_told": sum(name in x for x in texts),
            }
            # how="object": merge keeps two foreign persons of one partner apart (another audience, GUIDELINES §2)
            # as it does for objects of a verb; whether this one is a meeting at all is the model's to say.
            out.append(_Found(vn, f, t.index, text, day, reporting=t.reporting, future=t.future, dropped=True,
                              how="object", gap=_near(f, t.cues) + (_near(vn, t.cues) if in_sentence else 0),
                              inherited=t.inherited, reading=kind, told=signals))
    return out


_SPEAKER_BEFORE = re.compile(r"(?i)(?:^|\W)(?:theo|ý kiến của|trả lời)\s+$")
_SPEAKER_AFTER = re.compile(r"(?i)\s*,?\s*(?:đã\s+|cũng\s+)?(?:cho biết|cho rằng|nói|khẳng định|nhận định|bày tỏ|"
                            r"chia sẻ|trả lời|phát biểu|đánh giá|nhấn mạnh)\b")


def _one_person(a: str, b: str) -> bool:
    """Two writings of one name: one's words all in the other's ("Abe", "Shinzo Abe")."""
    wa, wb = set(a.lower().replace("-", " ").split()), set(b.lower().replace("-", " ").split())
    return wa <= wb or wb <= wa


def _best(parties: list[Party]) -> Party | None:
    """The first named person of PARTIES, else the first party."""
    return next((p for p in parties if p.person), parties[0] if parties else None)


LOOSE_FLAGS = ("read_sentence", "read_headline_vn", "read_headline_foreign", "cue_noun", "vn_first", "cue_between",
               "same_clause", "near", "foreign_not_met", "partner_in_headline", "vn_in_headline", "strict_sentence",
               "object", "subject", "speaker", "vn_not_headline", "foreign_not_headline", "foreign_former")


def reading_signals(items: list[_Found]) -> dict[str, object]:
    """The signals of an encounter the loose readings alone propose ({} for a strict one): "extra", each flag of
    LOOSE_FLAGS true when some reading saw it, and how many sentences name the partner."""
    loose = [f for f in items if f.reading != "strict"]
    if not loose or len(loose) < len(items):
        return {}
    out: dict[str, object] = {"extra": True}
    for flag in LOOSE_FLAGS:
        out[flag] = any(f.told.get(flag) for f in loose)
    out["partner_told"] = max(int(f.told.get("partner_told", 0)) for f in loose)  # type: ignore[call-overload]
    return out
