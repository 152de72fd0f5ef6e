"""Day/month mentions as Vietnamese news writes them, and the year of a meeting argued from the article's own text.

Finding dates
-------------
Vietnamese writes the DAY before the MONTH: "Chiều 1/8" is 1 August, "Chiều 10-3" 10 March, "ngày 11.5"
11 May, "ngày 11 tháng 5 năm 2017". A bare "3/4" is as often a fraction, a ratio or a rank ("9/120") as a
date, so a D/M counts only when something says it is a date:
- a time-of-day word, a weekday or "ngày"/"hôm" before it ("sáng 21/11", "Thứ Hai (12/6)", "hôm 30/4"):
  any separator ("/", "-" or ".");
- a preposition ("vào 14/5", "từ 20/5 đến 11/6"), brackets ("(14/6)") or a written year ("20/11/2024"):
  only the "/" form (plus "." ranges after "từ"), because "2-1" is a score and "4.0" a version;
- "tháng 11/2024", "tháng 5 năm 2017" and "(01/2017)" are month+year mentions (day None).
Rejected even with a cue: a count ("mỗi ngày 1-2 lần": a counter noun follows), a lunar date ("10/3 âm
lịch"), an impossible day or month, a law number ("202/2025/QH15": digits glued to "/"), a time ("9h30").
"24/7" meaning "always" is written without a cue ("phục vụ 24/7"), so it falls out by the same rule, while
"ngày 24/7" is 24 July. A year alone ("năm 2017") is not returned: the meeting extractor looks for day and
month, and a bare year is almost always background; infer_year reads years itself.
A range ("17-22/6/2017", "29 - 31/5/2017", "ngày 5-12/6", "từ 30.5 đến 1.6") is one mention whose day and
month are its first day; date_range() gives both ends.

Arguing the year (infer_year), strongest first; the first rule that yields a year decides (explain_year names it):
1. mention: the meeting mention carries its own year ("Ngày 31/5/2017", "ngày 11 tháng 5 năm 2017");
2. close_date: a dated range of at most two months contains the meeting's day/month, give or take two days
   ("chuyến thăm ... từ 17-22/6/2017" for 17/6; "08-11/7/2017" for 10/7), or a full date of the meeting's day
   sits in a sentence that also writes the meeting mention, or a full date at most two days off is a day of the
   narration ("Sáng 13/7/2017, ... chào xã giao" for the talks of 12/7) or the start of the visit ("chuyến thăm
   bắt đầu từ ngày 26-6-2017"). A full date of the same day elsewhere is "this day
   in another year" ("Cũng thời điểm này năm ngoái, ngày 8/6/2016", "(14/6/1957 -14/6/2017)"), and dates of
   other days are other events (an election on 15/3/2017, a decision of 9/1/1984, a birth date);
3. anniversary: a jubilee with its span, "30 năm ... (1995-2025)", "10 năm Đối tác toàn diện (2013-2023)":
   the end year when end - start equals the number of years. A jubilee is marked by its sentence ("kỷ niệm",
   "dấu mốc"), by what follows "N năm" (a capital or "quan hệ", "thành lập"...), or is "N năm qua (A-B)".
   Durations are not ("trong 5 năm (2017-2022)", "từ 2003-2009"), nor celebrations to come ("kế hoạch ...
   kỷ niệm 100 năm thành lập (1930-2030)");
4. period: votes of the article's current-period expressions, weight 2 each: "9 tháng đầu năm 2024" (when the
   N months end at most three months before the meeting's month), "đầu xuân 2017", "Tết Nguyên đán 2017",
   "Xuân Đinh Dậu 2017" (stem and branch must fit the year), "năm nay (2017)", "APEC 2017", a target for the
   current quarter ("sẽ ... trong quý III/2017" in July, unless its sentence writes a stage of another year:
   "từ tháng 10/2017 ... vào quý 2/2018" is a schedule, its quarters only support), an event set for a day at
   most two months after the meeting ("sẽ được tiến hành vào ngày 18/7/2017" for 30/5; not a term "cho đến hết
   ngày ..." or a law "có hiệu lực từ ngày ..."), a bare year in the headline ("... đầu tư 2026").
   Season and plan spans ("mùa khô 2016-2017", "kế hoạch 2017-2018") give weight 1 to both years. Support
   votes, weight 1, never decide alone: other quarters, "trong năm 2017" with a target, "những tháng đầu
   năm", a month/year up to two months before the meeting ("(01/2017)" for 10/2), a short dated range.
   A recent month decides like a current period: "tháng 12/2016 vừa qua" before a June meeting is 2017
   (GUIDELINES §3); a coming one ("tháng 11/2017 tới đây") only supports, and "trong năm 2017, hai nước đang
   ..." (what is under way) is current.
   The year with the most weight wins; a tie argues nothing (a lone "năm học 2017-2018" could be either
   year). Nothing in a clause of comparison or history counts ("so với cùng kỳ năm 2015", "cuộc Tổng
   tiến công ... Mậu Thân 1968"), nor "trong năm Y" of a planned celebration ("kỷ niệm 45 năm ... trong
   năm 2018"), nor a headline year after "đến năm", "tầm nhìn", "năm" or a preposition ("trước 1975");
   Across the article (_argued_votes): "năm 2016 vừa qua" at a clause's start votes for 2017 (the year just
   ended, meeting before November); "kỷ niệm 45 năm quan hệ ngoại giao" with "thiết lập quan hệ ngoại giao ...
   năm 1972" in another sentence votes for 2017. Support votes only strengthen a year some argument names;
3b. opening_date (tried after the anniversary, before the period votes): "Ngày 16/5/2017, ..." opening a sentence
   (a lead or caption told again) gives the year of the meeting's day;
5. post_merger: the provinces merged on 1/7/2025. A body that speaks of the merger as done ("sau khi sắp xếp
   đơn vị hành chính", "sau mở rộng địa giới hành chính", "TP HCM mới,", "sau sáp nhập" next to a province
   or city) dates the meeting's day/month on its first occasion on or after 1/7/2025: 26/9 -> 2025, 10/3 ->
   2026. A sentence that also writes a year before 2025 is history ("sau khi Hà Nội mở rộng địa giới hành
   chính" with "từ năm 2009") and does not count.
Never arguments: a lone "năm 2012", years of history ("từ năm 1995", "Công ước ... 1982", "1975-1976"),
names of documents ("Tuyên bố chung 2008"), targets ("đến năm 2030"), and anything outside the cleaned title
and body, which the caller must not pass in. Weights and filters were checked on the baomoi-2017 corpus, where
every article is of 2017: with each article's first day/month standing in for a meeting, rules 2-4 argue a year
for 398 of 10,000 random articles, 2017 in 89% of them (the rest are mostly headline years of products and
events: "Audi A8 2018", "U23 châu Á 2018").
"""
from __future__ import annotations

import datetime
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import cache, lru_cache

from transforms.lexicon import load_tsv
from transforms.records import DateMention
from transforms.text import normalize_text, sentences

_YEAR = r"(?:19|20)\d{2}"
_DIGIT = re.compile(r"\d")
_MERGER_DAY = (7, 1)  # provinces merged on 1 July 2025 (Nghị quyết 202/2025/QH15)
_MERGER_YEAR = 2025
_RANGE_SLACK_DAYS = 2  # a dated visit range this near the meeting is the same visit (arrival the day before)
_REPORT_LAG_MONTHS = 3  # "9 tháng đầu năm 2024" is quoted up to three months after September
_SHORT_RANGE_DAYS = 62  # a dated range up to two months long is a current event, not an anniversary span
_DAYS_IN_MONTH = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)  # 29/2 allowed: the year may be unknown
_VOTE = 2  # weight of one current-period expression
_SPAN_VOTE = 1  # weight a season/plan span gives to each of its years


def _alternation(phrases: list[str]) -> str:
    """Longest-first regex alternation of literal phrases, any run of spaces matching any whitespace."""
    ordered = sorted(set(phrases), key=len, reverse=True)
    return "|".join(r"\s+".join(re.escape(part) for part in phrase.split()) for phrase in ordered)


@cache
def _time_words() -> dict[str, dict[str, str]]:
    """kind -> {word: value} from lexicons/time_words.tsv."""
    by_kind: dict[str, dict[str, str]] = {}
    for row in load_tsv("time_words.tsv"):
        by_kind.setdefault(row["kind"], {})[row["word"]] = row.get("value", "")
    return by_kind


@cache
def _year_cues() -> dict[str, dict[str, str]]:
    """role -> {phrase: value} from lexicons/year_cues.tsv."""
    by_role: dict[str, dict[str, str]] = {}
    for row in load_tsv("year_cues.tsv"):
        by_role.setdefault(row["role"], {})[row["phrase"]] = row.get("value", "")
    return by_role


@cache
def _date_regexes() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(core, head): the core finds the D/M shapes; the head, matched against the text just before a core, finds
    the cue words that make it a date. Two steps because trying the cue words at every position of every
    sentence is what makes one combined pattern slow."""
    words = _time_words()
    tod, rel = _alternation(list(words["time_of_day"])), _alternation(list(words["relative"]))
    weekday, prep = _alternation(list(words["weekday"])), _alternation(list(words["preposition"]))
    month_word = _alternation(list(words["month_word"]))
    cue_word = rf"(?:(?:{tod})(?:\s+(?:{rel}))?|(?:{weekday}))(?!\w)"
    lead = rf"(?<!\w)(?P<lead>{cue_word}(?:\s*,?\s*{cue_word})*)\s*[,:]?\s*"
    prep_lead = rf"(?<!\w)(?P<prep>{prep})\s+(?:(?P<pngay>ngày)\s+)?"
    d = r"\d{1,2}"
    cross_range = (
        rf"(?P<xr_d1>{d})(?P<xr_s>[/.])(?P<xr_m1>{d})\s*(?:[-–]|đến|tới)\s*(?:ngày\s+)?"
        rf"(?P<xr_d2>{d})(?P=xr_s)(?P<xr_m2>{d})(?:(?P=xr_s)(?P<xr_y>{_YEAR}))?"
    )
    same_range = (
        rf"(?P<sr_d1>{d})\s*(?:[-–]|đến|tới|và)\s*(?:ngày\s+)?(?P<sr_d2>{d})(?P<sr_s>[/.])(?P<sr_m>{d})"
        rf"(?:(?P=sr_s)(?P<sr_y>{_YEAR}))?"
    )
    single = rf"(?P<sd_d>{d})(?P<sd_s>[/.-])(?P<sd_m>{d})(?:(?P=sd_s)(?P<sd_y>{_YEAR}))?"
    bracket_month_year = rf"(?P<pmy_m>{d})/(?P<pmy_y>{_YEAR})"
    day_thang = (
        rf"(?P<tm_d>{d})\s+tháng\s+(?:(?P<tm_m>{d})|(?-i:(?P<tm_mw>{month_word})))(?!\w)"
        rf"(?:\s*,?\s*năm\s+(?P<tm_y>{_YEAR}))?"
    )
    thang_year = rf"tháng\s+(?P<my_m>{d})(?:\s*[/.-]\s*|\s+năm\s+)(?P<my_y>{_YEAR})"
    alternatives = f"{cross_range}|{same_range}|{single}|{bracket_month_year}|{day_thang}|{thang_year}"
    core = re.compile(
        rf"(?<![\w/.,:–-])(?P<core>{alternatives})(?!\d)(?:(?<=\d{{4}})|(?!\s*[/.-]\d))(?P<close>\s*\))?",
        re.IGNORECASE,
    )
    head = re.compile(rf"(?:{lead}|{prep_lead})?(?P<open>\(\s*)?$", re.IGNORECASE)
    return core, head


_HEAD_WINDOW = 48  # characters before a D/M searched for its cue words ("rạng sáng Thứ Hai, ngày" fits)


@cache
def _after_regexes() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(counter noun right after a number, lunar-calendar marker right after a date)."""
    words = _time_words()
    counter = re.compile(rf"\s*(?:{_alternation(list(words['counter']))})(?!\w)", re.IGNORECASE)
    lunar = re.compile(rf"\s*[(,]?\s*(?:{_alternation(list(words['lunar']))})(?!\w)", re.IGNORECASE)
    return counter, lunar


@dataclass(frozen=True)
class _Found:
    """A date mention with the end of its range (end == start for a single day)."""

    mention: DateMention
    end_day: int | None
    end_month: int | None


def _valid_day(day: int, month: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= _DAYS_IN_MONTH[month - 1]


def _int(match: re.Match[str], group: str) -> int:
    return int(match.group(group))


def _optional_int(match: re.Match[str], group: str) -> int | None:
    value = match.group(group)
    return int(value) if value else None


_Parsed = tuple[int | None, int, int | None, int | None, int, str]  # day, month, year, end day, end month, separator


def _parse(match: re.Match[str]) -> _Parsed | None:
    """(day, month, year, end_day, end_month, separator) of a core match, or None when it is no date."""
    if match.group("xr_d1"):
        d1, m1, d2, m2 = (_int(match, g) for g in ("xr_d1", "xr_m1", "xr_d2", "xr_m2"))
        if not (_valid_day(d1, m1) and _valid_day(d2, m2)) or not ((m1, d1) < (m2, d2) or (m1 == 12 and m2 == 1)):
            return None
        return d1, m1, _optional_int(match, "xr_y"), d2, m2, match.group("xr_s")
    if match.group("sr_d1"):
        d1, d2, m = (_int(match, g) for g in ("sr_d1", "sr_d2", "sr_m"))
        if not (_valid_day(d1, m) and _valid_day(d2, m) and d1 < d2):
            return None
        return d1, m, _optional_int(match, "sr_y"), d2, m, match.group("sr_s")
    if match.group("sd_d"):
        d, m = _int(match, "sd_d"), _int(match, "sd_m")
        return (d, m, _optional_int(match, "sd_y"), d, m, match.group("sd_s")) if _valid_day(d, m) else None
    if match.group("pmy_m"):
        m = _int(match, "pmy_m")
        return (None, m, _optional_int(match, "pmy_y"), None, m, "()") if 1 <= m <= 12 else None
    if match.group("tm_d"):
        d, word = _int(match, "tm_d"), match.group("tm_mw")
        m = int(_time_words()["month_word"][" ".join(word.split())]) if word else _int(match, "tm_m")
        return (d, m, _optional_int(match, "tm_y"), d, m, "tháng") if _valid_day(d, m) else None
    m = _int(match, "my_m")
    return (None, m, _optional_int(match, "my_y"), None, m, "tháng") if 1 <= m <= 12 else None


def _accepted(head: re.Match[str], core: re.Match[str], separator: str, is_range: bool, has_year: bool) -> bool:
    """Is there enough around this D/M to call it a date (see the module docstring)?"""
    lead, prep = bool(head.group("lead") or head.group("pngay")), bool(head.group("prep"))
    bracketed = bool(head.group("open") and core.group("close"))
    if separator == "tháng":
        return lead or has_year or prep or core.group("my_m") is not None
    if separator == "()":
        return bracketed
    if separator == "/":
        return lead or prep or bracketed or has_year
    if separator == ".":
        return lead or bracketed or has_year or (is_range and prep)
    return lead or has_year  # "-": "2-1" is a score unless a time word says otherwise


def _scan(sentence: str) -> list[_Found]:
    if not _DIGIT.search(sentence):
        return []
    core_rx, head_rx = _date_regexes()
    counter, lunar = _after_regexes()
    found: list[_Found] = []
    for core in core_rx.finditer(sentence):
        parsed = _parse(core)
        if parsed is None:
            continue
        day, month, year, end_day, end_month, separator = parsed
        window = max(0, core.start() - _HEAD_WINDOW)
        head = head_rx.search(sentence, window, core.start())
        if head is None:
            continue
        is_range = (end_day, end_month) != (day, month)
        if not _accepted(head, core, separator, is_range, year is not None):
            continue
        after = sentence[core.end():]
        # "mỗi ngày 1-2 lần" is a count; "tối 29/5 giờ Hà Nội" is not: a time word and "/" make a date
        countable = (year is None and separator in ("-", ".")) or (separator == "/" and not head.group("lead"))
        if lunar.match(after) or (countable and counter.match(after)):
            continue
        bracketed = bool(head.group("open") and core.group("close"))
        if head.group("lead"):
            start = head.start("lead")
        elif head.group("pngay"):
            start = head.start("pngay")
        elif bracketed:
            start = head.start("open")
        else:
            start = core.start("core")
        end = core.end("close") if bracketed else core.end("core")
        mention = DateMention(sentence[start:end], day, month, year, start, end)
        found.append(_Found(mention, end_day, end_month))
    return found


def find_dates(sentence: str, published: datetime.date | None = None) -> list[DateMention]:
    """Day/month (and month/year) mentions in one sentence, in order; see the module docstring for what counts.

    With the page's own dateline (`published`, or the one set by `dated_by` around an article's extraction),
    "sáng nay", "hôm qua", "tối qua"... become mentions of that day, the day before...; without it they are no
    date at all (GUIDELINES §3: only a page's own dateline dates them)."""
    found = [f.mention for f in _scan(sentence)]
    reference = published or _REFERENCE.get()
    if reference is None:
        return found
    relative = [m for m in _relative_mentions(sentence, reference)
                if not any(f.start <= m.end + 3 and m.start <= f.end for f in found)]
    return sorted(found + relative, key=lambda m: m.start) if relative else found


# The page's dateline while one article is extracted: find_dates reads it for "sáng nay", "hôm qua".
_REFERENCE: ContextVar[datetime.date | None] = ContextVar("hoptac_dateline", default=None)


@contextmanager
def dated_by(published: datetime.date | None) -> Iterator[None]:
    """Within the block, find_dates resolves relative days against `published` (None: not at all)."""
    token = _REFERENCE.set(published)
    try:
        yield
    finally:
        _REFERENCE.reset(token)


@cache
def _relative_regex() -> tuple[re.Pattern[str], dict[str, int]]:
    words = _time_words().get("relative_day", {})
    offsets = {normalize_text(w).lower(): int(v) for w, v in words.items()}
    return re.compile(rf"(?<!\w)(?:{_alternation(list(words))})(?!\w)", re.IGNORECASE), offsets


@cache
def _weekday_regex() -> tuple[re.Pattern[str], dict[str, int], dict[str, int]]:
    """A weekday named without its date after a time word: "sáng thứ Hai", "vào Chủ nhật", "chiều thứ 6 tuần trước".
    The weekday's number word is capitalised ("thứ hai" is "second"); digits ("thứ 2") only after a time of day."""
    words = _time_words()
    tod = _alternation([w for w in words["time_of_day"] if w not in ("cùng ngày",)] + ["vào"])
    after = words.get("weekday_week", {})
    pattern = (
        rf"(?<!\w)(?P<lead>{tod})\s+(?P<wd>(?-i:[Tt]hứ\s+(?:Hai|Ba|Tư|Năm|Sáu|Bảy)|[Cc]hủ\s+[Nn]hật|Chủ\s+Nhật)"
        rf"|(?-i:thứ\s+[2-7]|CN))(?!\w)(?:\s*,?\s*(?P<after>{_alternation(list(after))})(?!\w))?"
    )
    names = {normalize_text(w).lower(): int(v) for w, v in words["weekday"].items()}
    return re.compile(pattern, re.IGNORECASE), names, {w: int(v) for w, v in after.items()}


def _weekday_mentions(sentence: str, reference: datetime.date) -> list[DateMention]:
    """Weekdays named without a date, as days relative to the page's dateline (see _weekday_regex, weekday_week)."""
    if "hứ" not in sentence and "hủ" not in sentence and "CN" not in sentence:
        return []
    rx, names, weeks = _weekday_regex()
    out = []
    for m in rx.finditer(sentence):
        lead, name = m.group("lead").lower(), re.sub(r"\s+", " ", m.group("wd")).lower()
        if name[-1].isdigit() or name == "cn":
            if lead in ("ngày", "hôm", "vào"):
                continue  # "ngày thứ 2" is the second day
            name = "thứ " + name[-1] if name != "cn" else "cn"
        iso = names.get(name)
        if iso is None:
            continue
        week = weeks.get(re.sub(r"\s+", " ", m.group("after")).lower(), 0) if m.group("after") else 0
        back = (reference.isoweekday() - iso) % 7  # the latest such day on or before the page's date
        if week == 0:
            day = reference - datetime.timedelta(days=back)
        elif week == 1:
            day = reference + datetime.timedelta(days=(iso - reference.isoweekday()) % 7 or 7)
        else:  # the same weekday in the calendar week before (-1) or after (2) the page's week
            monday = reference - datetime.timedelta(days=reference.isoweekday() - 1)
            day = monday + datetime.timedelta(days=iso - 1 + (7 if week == 2 else -7))
        start = m.start("lead")
        out.append(DateMention(sentence[start:m.end()], day.day, day.month, None, start, m.end()))
    return out


def _relative_mentions(sentence: str, reference: datetime.date) -> list[DateMention]:
    rx, offsets = _relative_regex()
    out = _weekday_mentions(sentence, reference)
    for m in rx.finditer(sentence):
        offset = offsets.get(re.sub(r"\s+", " ", m.group()).lower())
        if offset is None:
            continue
        day = reference + datetime.timedelta(days=offset)
        out.append(DateMention(m.group(), day.day, day.month, None, m.start(), m.end()))
    return out


def date_range(mention: DateMention) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """((first day, month), (last day, month)) of a mention; the same pair twice for a single day."""
    match = _date_regexes()[0].search(mention.text)
    parsed = _parse(match) if match else None
    if parsed is None:
        # "sáng nay", "hôm qua": a single day resolved from the dateline, no digits to parse.
        if match is None and mention.day is not None and mention.month is not None:
            return (mention.day, mention.month), (mention.day, mention.month)
        return None
    day, month, _, end_day, end_month, _ = parsed
    if day is None or end_day is None:
        return None
    return (day, month), (end_day, end_month)


def meeting_date(mention: DateMention | None, year: int | None) -> datetime.date | None:
    """The calendar date of a mention in the argued year; None when either is unknown or the day does not exist."""
    if mention is None or year is None or mention.day is None or mention.month is None:
        return None
    try:
        return datetime.date(year, mention.month, mention.day)
    except ValueError:
        return None


# ---------------------------------------------------------------- year arguments


@cache
def _year_regexes() -> dict[str, re.Pattern[str]]:
    cues = _year_cues()

    def alt(role: str) -> str:
        return _alternation(list(cues.get(role, {})))

    y = rf"(?P<y>{_YEAR})(?![\d/])"
    prepositions = _alternation(list(_time_words()["preposition"]))
    full_date_head = r"\d{1,2}[/.-]\d{1,2}[/.-]"
    flags = re.IGNORECASE
    return {
        "period": re.compile(
            rf"(?<!\w)(?P<n>\d{{1,2}}|những|các|mấy)\s+tháng\s+(?:đầu\s+|(?P<last>cuối)\s+)?(?:của\s+)?năm\s+{y}",
            flags,
        ),
        "quarter": re.compile(rf"(?<!\w)quý\s+(?P<q>I{{1,3}}|IV|[1-4])(?!\w)\s*[/,-]?\s*(?:năm\s+)?{y}", flags),
        "current": re.compile(rf"(?<!\w)(?:{alt('current')})\s+(?:năm\s+)?{y}", flags),
        "in_year": re.compile(rf"(?<!\w)(?:{alt('in_year')})\s+{y}", flags),
        "this_year": re.compile(rf"(?<!\w)năm\s+nay\s*\(\s*{y}\s*\)", flags),
        "event": re.compile(rf"(?<!\w)(?:{alt('event')})\s+{y}"),
        "cycle": re.compile(
            rf"(?<!\w)(?P<stem>{alt('stem')})\s+(?P<branch>{alt('branch')})\s*,?\s*\(?\s*(?:năm\s+)?{y}"
        ),
        "season": re.compile(
            rf"(?<!\w)(?:{alt('season')})\s+(?:năm\s+)?(?P<a>{_YEAR})\s*[-–/]\s*(?P<b>{_YEAR}|\d{{2}})(?![\d/])", flags
        ),
        "headline_year": re.compile(rf"(?<![\w/.,-]){y}(?![\w.,-]|\s*[-–]\s*\d)"),
        "background": re.compile(rf"(?<!\w)(?:{alt('background')})(?!\w)", flags),
        "headline_skip": re.compile(rf"(?<!\w)(?:{alt('future')}|{alt('background')}|{prepositions}|năm)\s*$", flags),
        "future_marker": re.compile(rf"(?<!\w)(?:{alt('future_marker')})(?!\w)", flags),
        "anniversary": re.compile(rf"(?<!\w)(?:{alt('anniversary')})(?!\w)", flags),
        "n_years": re.compile(
            rf"(?:(?P<duration>(?<!\w)(?:{alt('duration')}))\s+)?(?<![\d.,])(?P<n>\d{{1,3}})\s+năm(?!\w)"
            rf"(?:\s+(?P<past>qua)(?!\w))?\s*(?P<next>(?-i:[A-ZĐÀ-Ỹ])|(?:{alt('jubilee_noun')})(?!\w))?",
            flags,
        ),
        "span": re.compile(
            rf"(?P<from>(?<!\w)từ\s+(?:năm\s+)?)?\(?\s*(?:{full_date_head})?(?P<a>{_YEAR})\s*[-–]\s*"
            rf"(?:{full_date_head})?(?P<b>{_YEAR})(?![\d/])"
        ),
        "any_year": re.compile(rf"(?<!\d){_YEAR}(?!\d)"),
        "post_merger": re.compile(rf"(?<!\w)(?:{alt('post_merger')})(?!\w)", flags),
        "post_merger_name": re.compile(rf"(?<!\w)(?:{alt('post_merger_name')})(?=\s*(?:[,.;:!?)]|$))"),
        "post_merger_weak": re.compile(
            rf"(?<!\w)(?:{alt('post_merger_weak')})\s*,?\s+(?:(?P<with>với)\s+|(?-i:{alt('admin')})(?!\w))", flags
        ),
        "admin": re.compile(rf"(?<!\w)(?:{alt('admin')})(?!\w)"),
    }


_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4}
_SPAN_START = re.compile(rf"{_YEAR}\s*[-–/]\s*$")


def _clause_before(sentence: str, start: int) -> str:
    """The text from the last clause break up to start: the words that govern what follows."""
    return re.split(r"[,;:!?]", sentence[:start])[-1]


def _day_number(year: int, month: int, day: int) -> int | None:
    try:
        return datetime.date(year, month, day).toordinal()
    except ValueError:
        return None


def _bounds(found: _Found) -> tuple[int, int] | None:
    """Day numbers of the first and last day of a dated mention (a cross-year range ends the next year)."""
    m = found.mention
    if not (m.year and m.day and m.month and found.end_day and found.end_month):
        return None
    end_year = m.year + 1 if found.end_month < m.month else m.year
    first, last = _day_number(m.year, m.month, m.day), _day_number(end_year, found.end_month, found.end_day)
    return (first, last) if first is not None and last is not None else None


def _distance(found: _Found, meeting: DateMention) -> int | None:
    """Days between a dated mention (a day or range) and the meeting's day/month in the mention's year."""
    bounds = _bounds(found)
    if bounds is None or not (meeting.day and meeting.month and found.mention.year):
        return None
    target = _day_number(found.mention.year, meeting.month, meeting.day)
    if target is None:
        return None
    first, last = bounds
    return 0 if first <= target <= last else min(abs(target - first), abs(target - last))


_FULL_DATE_SPAN_AFTER = re.compile(rf"\s*[-–]\s*\d{{1,2}}[/.-]\d{{1,2}}[/.-]{_YEAR}")
_FULL_DATE_SPAN_BEFORE = re.compile(rf"{_YEAR}\s*[-–]\s*$")


def _in_full_date_span(text: str, mention: DateMention) -> bool:
    """Is this full date one end of a jubilee span "(14/6/1957 -14/6/2017)"?"""
    return bool(_FULL_DATE_SPAN_AFTER.match(text, mention.end) or _FULL_DATE_SPAN_BEFORE.search(text[:mention.start]))


def _written_apart(text: str, meeting: DateMention, found: _Found) -> bool:
    """Does the meeting's own mention occur in text outside this dated mention ("ngày 19/5" inside "ngày 19/5/2016"
    is the dated mention itself, not the meeting)?"""
    start = text.find(meeting.text)
    while start != -1:
        if start + len(meeting.text) <= found.mention.start or start >= found.mention.end:
            return True
        start = text.find(meeting.text, start + 1)
    return False


# "Sáng 6/6/2017" elsewhere in the article tells the same day's event again (a lead and its caption), unlike a
# bare "ngày 8/6/2016" of another year's event.
_TIME_OF_DAY = re.compile(r"(?i)(?:sáng|chiều|tối|trưa|đêm)\b")


_VISIT_START = re.compile(r"(?i)(?:bắt đầu|khởi đầu)\s+(?:từ\s+)?$")


# "Ngày 16/5/2017, tại Trụ sở Chính phủ, Phó Thủ tướng ... tiếp ông Yoon" (a lead or a caption retold): a full date
# of the meeting's day that opens its sentence is the narration's day. On the 2017 corpus, 26 of 28 such openers
# that repeat a day/month written elsewhere in the article are of 2017 ("Ngày 24.03.2003, truyền thông ..." opens
# a story of another year).
def _year_from_opening_date(found: Sequence[tuple[str, _Found]], meeting: DateMention) -> int | None:
    """Rule 3b: "Ngày 16/5/2017, tại Trụ sở Chính phủ, Phó Thủ tướng ... tiếp ông Yoon" (a lead or a caption told
    again): a full date of the meeting's day that opens its sentence, followed by a comma, is the narration's day.
    On the 2017 corpus 26 of 28 such openers that repeat a day/month written elsewhere are of 2017; it comes after
    the anniversary rule because a jubilee's day opens its sentence too ("Ngày 14.6.1957, Bác Hồ về thăm quê")."""
    years = {f.mention.year for text, f in found
             if f.mention.year and f.mention.day == meeting.day and f.mention.month == meeting.month
             and f.end_day == f.mention.day and not text[:f.mention.start].strip()
             and f.mention.text.lower().startswith("ngày") and text[f.mention.end:].lstrip().startswith(",")}
    return years.pop() if len(years) == 1 else None


def _year_from_close_dates(found: Sequence[tuple[str, _Found]], meeting: DateMention) -> int | None:
    """Rule 2: the year of a dated visit range around the meeting, or of a full date of the meeting's day written
    in the meeting's own sentence ("Chiều 21/11 (tức 21/11/2024)").

    A range may start or end a couple of days off (the delegation arrives the day before the visit starts). A
    full date of the same day elsewhere is usually "this day in another year" ("Cũng thời điểm này năm ngoái,
    ngày 8/6/2016"; "(14/6/1957 -14/6/2017)"), so it says nothing.
    """
    near: list[tuple[int, int]] = []
    for text, f in found:
        bounds, distance = _bounds(f), _distance(f, meeting)
        if bounds is None or distance is None or f.mention.year is None:
            continue
        length = bounds[1] - bounds[0]
        if length > _SHORT_RANGE_DAYS or _in_full_date_span(text, f.mention):
            continue
        if (length > 0 and distance <= _RANGE_SLACK_DAYS) or (distance == 0 and (
                _written_apart(text, meeting, f) or _TIME_OF_DAY.match(f.mention.text))) or (
                distance <= _RANGE_SLACK_DAYS and (_TIME_OF_DAY.match(f.mention.text) or _VISIT_START.search(
                    text[max(0, f.mention.start - 24):f.mention.start]))):
            # A day of the narration written with its year and a time of day ("Sáng 13/7/2017, ... chào xã giao")
            # or the start of the visit ("chuyến thăm bắt đầu từ ngày 26-6-2017") dates the meetings of the days
            # around it; a bare full date of another day is another event.
            near.append((distance, f.mention.year))
    if not near:
        return None
    best = min(distance for distance, _ in near)
    years = Counter(year for distance, year in near if distance == best).most_common()
    return years[0][0] if len(years) == 1 or years[0][1] > years[1][1] else None


def _anniversary_year(texts: Sequence[str]) -> int | None:
    """Rule 3: a jubilee "N năm ... (A-B)" with B - A = N gives B.

    "N năm" is a jubilee when its sentence says so ("kỷ niệm", "dấu mốc") or what follows names the thing
    commemorated ("10 năm Đối tác toàn diện", "30 năm quan hệ"); "N năm qua (A-B)" runs up to now, so B is also
    current. Durations are not jubilees: "trong 5 năm (2017-2022)", "6 năm ở MU, từ 2003-2009".
    """
    rx = _year_regexes()
    years: Counter[int] = Counter()
    for text in texts:
        if "năm" not in text:
            continue
        marked = bool(rx["anniversary"].search(text))
        counts = []
        for m in rx["n_years"].finditer(text):
            if m.group("past") or (not m.group("duration") and (marked or m.group("next"))):
                counts.append((m.end("n"), int(m.group("n"))))
        for span in rx["span"].finditer(text):
            if span.group("from") or rx["future_marker"].search(text[:span.start()]):
                continue
            start, end = int(span.group("a")), int(span.group("b"))
            if any(0 < n == end - start and span.start() - 200 <= pos <= span.start() for pos, n in counts):
                years[end] += 1
    if not years:
        return None
    top = max(years.values())
    tied = [year for year, count in years.items() if count == top]
    return tied[0] if len(tied) == 1 else None


@dataclass(frozen=True)
class YearVote:
    """One current-period expression of rule 4: the year it names, its weight and the rule that read it.

    Rules ending in "_support" only add weight: they never make a year on their own (see _winner).
    """

    year: int
    weight: int
    rule: str


def _period_weight(rule: str, match: re.Match[str], month: int | None, clause: str, text: str) -> tuple[int, str]:
    """(weight, rule) of a "N tháng đầu năm Y" or "quý Q/Y" given the meeting's month; weight 0: not a vote.

    "10 tháng đầu năm 2016" quoted in a report of May 2017 is a comparison, so N months count only if they end at
    most three months before the meeting; "những tháng đầu năm 2018" is as often next year's plan and only
    supports. A quarter is a past figure ("quý IV/2016", "quý 1/2016" in February) as often as the current one,
    so it only supports, unless the clause sets a target for the quarter the meeting is in or about to enter
    ("sẽ ... đi vào hoạt động trong quý III/2017" in July). A schedule whose sentence (`text`) writes a month or
    quarter of another year ("từ tháng 10/2017 sẽ chạy thử ... vào quý 2/2018", "bắt đầu từ quý III-2018 và hoàn thành
    vào quý III-2021") spans several years, so its quarters are stages of a plan, not the current quarter, and only
    support; a whole year beside it is a report's period ("kết quả ... năm 2016 và quý 2/2017") and does not count.
    """
    if rule == "period":
        n = match.group("n")
        if not n.isdigit() or match.group("last"):  # "6 tháng cuối năm 2016" ends in December: last year's too
            return _SPAN_VOTE, "period_support"
        return (_VOTE, rule) if month is None or int(n) <= month <= int(n) + _REPORT_LAG_MONTHS else (0, rule)
    quarter = _ROMAN.get(match.group("q").upper()) or int(match.group("q"))
    first = 3 * quarter - 2
    if month is not None and first - 1 <= month <= first + 2 and _year_regexes()["future_marker"].search(clause):
        year = match.group("y")
        if all(y == year for y in _STAGE.findall(text)):
            return _VOTE, rule
    return _SPAN_VOTE, "quarter_support"


# A dated stage of a schedule: "tháng 10/2017", "quý III-2021", "tháng 5 năm 2018".
_STAGE = re.compile(
    rf"(?i)(?<!\w)(?:tháng\s+\d{{1,2}}|quý\s+(?:I{{1,3}}|IV|[1-4]))\s*(?:[/.-]|,?\s*năm)\s*(?P<y>{_YEAR})(?!\d)"
)

# "trong năm 2017, hai nước đang ...": the clause that follows the year tells what is under way.
_ONGOING = re.compile(r"(?i)\s*,?\s*(?:[^\W\d]+\s+){0,4}?(?:đang|hiện đang)\s")


def _phrase_votes(text: str, month: int | None) -> list[YearVote]:
    """Votes of the year phrases of one sentence (periods, quarters, "APEC 2017", "Đinh Dậu 2017", seasons)."""
    rx = _year_regexes()
    stems, branches = _year_cues()["stem"], _year_cues()["branch"]
    votes: list[YearVote] = []
    for rule in ("period", "quarter", "current", "in_year", "this_year", "event", "cycle"):
        for m in rx[rule].finditer(text):
            clause = _clause_before(text, m.start())
            if rx["background"].search(clause):
                continue
            year, weight, name = int(m.group("y")), _VOTE, rule
            if rule in ("period", "quarter"):
                weight, name = _period_weight(rule, m, month, clause, text)
            elif rule == "in_year":
                if rx["anniversary"].search(clause):
                    continue
                if _ONGOING.match(text, m.end()):
                    # "Trong năm 2017, hai nước đang tưng bừng tổ chức kỷ niệm ...": what is going on now.
                    weight, name = _VOTE, "in_year_ongoing"
                elif rx["future_marker"].search(clause):
                    weight, name = _SPAN_VOTE, "in_year_support"
                else:
                    continue
            elif rule == "cycle":
                stem, branch = int(stems[m.group("stem")]), int(branches[m.group("branch")])
                weight = _VOTE if (stem, branch) == ((year - 4) % 10, (year - 4) % 12) else 0
            if weight:
                votes.append(YearVote(year, weight, name))
    for m in rx["season"].finditer(text):
        first, second = int(m.group("a")), m.group("b")
        last = int(second) if len(second) == 4 else first // 100 * 100 + int(second)
        if last == first + 1 and not rx["background"].search(_clause_before(text, m.start())):
            votes += [YearVote(first, _SPAN_VOTE, "season"), YearVote(last, _SPAN_VOTE, "season")]
    return votes


# What marks a month/year as the recent past or the coming months of the article's own time.
_RELATIVE_AFTER = re.compile(
    r"(?i)\s*(?:(?P<past>vừa\s+qua|vừa\s+rồi)|(?P<coming>tới\s+đây|sắp\s+tới|tới(?=\s*(?:[,.;)]|$))))(?!\w)")


def _mention_votes(text: str, found: _Found, meeting: DateMention | None) -> list[YearVote]:
    """Support votes of a dated mention: a month/year just before the meeting's month, a short dated range."""
    m = found.mention
    if m.year is None or m.month is None:
        return []
    month = meeting.month if meeting is not None else None
    relative = _RELATIVE_AFTER.match(text, m.end) if m.day is None and month is not None else None
    if relative is None and _year_regexes()["background"].search(_clause_before(text, m.start)):
        return []
    if m.day is None:
        if relative is not None and month is not None:
            # "tháng 12/2016 vừa qua" before a June meeting is last December: 2017; "tháng 11/2017 tới đây" after
            # a June meeting is this November: 2017 (GUIDELINES §3: a recent past event fixes the year).
            if relative.group("past"):
                return [YearVote(m.year if m.month <= month else m.year + 1, _VOTE, "recent_month")]
            return [YearVote(m.year if m.month >= month else m.year - 1, _SPAN_VOTE, "coming_month_support")]
        if month is None or 0 <= month - m.month < _REPORT_LAG_MONTHS:
            return [YearVote(m.year, _SPAN_VOTE, "month_year_support")]
        return []
    bounds = _bounds(found)
    if bounds is not None and bounds[0] == bounds[1] and meeting is not None and meeting.day is not None:
        return _planned_date_votes(text, found, meeting)
    if bounds is None or not 0 < bounds[1] - bounds[0] <= _SHORT_RANGE_DAYS:
        return []
    if meeting is not None and meeting.day is not None:
        distance = _distance(found, meeting)
        if distance is None or distance > _SHORT_RANGE_DAYS:
            return []
    return [YearVote(m.year, _SPAN_VOTE, "dated_range_support")]


_PLAN_DAYS = 62  # a plan with a full date at most two months after the meeting is of the meeting's own time
_PLANNED_ON = re.compile(r"(?i)(?<!\w)vào\s+$")


def _planned_date_votes(text: str, found: _Found, meeting: DateMention) -> list[YearVote]:
    """"hai bên đã nhất trí lễ động thổ sẽ được tiến hành vào ngày 18/7/2017" told of a meeting of 30/5: a plan set
    for a day at most two months after the meeting dates it (the year of that day, or the one before when the plan
    is in January and the meeting in December)."""
    m = found.mention
    if m.year is None or m.day is None or m.month is None or meeting.day is None or meeting.month is None:
        return []
    # "sẽ ... vào ngày 18/7/2017": an event set for a day; not a term ("cấm bay cho đến hết ngày 21-5-2018") or a law
    # taking effect ("có hiệu lực thi hành từ ngày 01/07/2018"), whose day says nothing of the meeting's year.
    planned_on = _PLANNED_ON.search(text[:m.start])
    if not (planned_on and _year_regexes()["future_marker"].search(_clause_before(text, m.start))):
        return []
    planned = _day_number(m.year, m.month, m.day)
    for year in (m.year, m.year - 1):
        held = _day_number(year, meeting.month, meeting.day)
        if planned is not None and held is not None and 0 < planned - held <= _PLAN_DAYS:
            return [YearVote(year, _VOTE, "planned_date")]
    return []


def _headline_votes(title: str) -> list[YearVote]:
    """A bare year in the headline ("... đầu tư 2026"), unless a target, history or a span's end."""
    rx = _year_regexes()
    votes = []
    for m in rx["headline_year"].finditer(title):
        head = title[:m.start()]
        if not (rx["headline_skip"].search(head) or _SPAN_START.search(head)):
            votes.append(YearVote(int(m.group("y")), _VOTE, "headline"))
    return votes


@lru_cache(maxsize=32)
def _prepared(title: str, body: str) -> tuple[str, tuple[str, ...], tuple[tuple[str, _Found], ...]]:
    """Normalised title, body sentences and every dated mention: shared by the meetings of one article."""
    title = normalize_text(title)
    texts = tuple(sentences(normalize_text(body)))
    return title, texts, tuple((text, f) for text in (title, *texts) for f in _scan(text))


def period_votes(title: str, body: str, meeting: DateMention | None = None) -> list[YearVote]:
    """Rule 4's votes, for inspection: every current-period expression of the title and body with its weight."""
    return _period_votes(*_prepared(title or "", body or ""), meeting)


def _period_votes(
    title: str, texts: Sequence[str], found: Sequence[tuple[str, _Found]], meeting: DateMention | None
) -> list[YearVote]:
    month = meeting.month if meeting is not None else None
    any_year = _year_regexes()["any_year"]
    votes = [vote for text in [title, *texts] if any_year.search(text) for vote in _phrase_votes(text, month)]
    votes += [vote for text, f in found for vote in _mention_votes(text, f, meeting)]
    return votes + _headline_votes(title) + _argued_votes(texts, found, meeting)


# ---------------------------------------------------------------- years argued across the article (GUIDELINES §3)

# "Năm 2016 vừa qua, ...", "trong năm 2016 vừa qua": the year itself at a clause's start; not "Đầu năm 2017 vừa qua"
# (early this year), "kỳ thi THPT Quốc gia năm 2017 vừa qua" (an event of the year) or "vừa qua đời" (just died).
_PAST_YEAR = re.compile(
    rf"(?i)(?:^|[,;:(]\s*|(?<!\w)(?:trong|suốt|cả)\s+)năm\s+(?P<y>{_YEAR})\s+(?:vừa\s+qua|vừa\s+rồi)(?!\w)(?!\s+đời)"
)
_LAST_YEAR_BY = 10  # "năm 2016 vừa qua" is said in the first ten months of 2017; in December it may be the year ending


def _argued_votes(
    texts: Sequence[str], found: Sequence[tuple[str, _Found]], meeting: DateMention | None
) -> list[YearVote]:
    """Votes of the year arguments that reach beyond one phrase (GUIDELINES §3): "năm 2016 vừa qua" (the year just
    ended, a recent past that fixes the year: the meeting is of 2017) and a jubilee whose start year the article
    writes in another sentence ("kỷ niệm 45 năm quan hệ ngoại giao" with "thiết lập quan hệ ngoại giao ... năm
    1972"). A plan for a coming month ("sẽ ... vào tháng 10-2017" in a June meeting) was tried as a vote: right in
    ~85% of 2017-corpus hits and on dev2, but it lowered the dev2-check totals, so a coming month still only
    supports (_mention_votes)."""
    month = meeting.month if meeting is not None else None
    votes = []
    if month is None or month <= _LAST_YEAR_BY:
        for text in texts:
            for m in _PAST_YEAR.finditer(text):
                if not _year_regexes()["background"].search(_clause_before(text, m.start("y"))):
                    votes.append(YearVote(int(m.group("y")) + 1, _VOTE, "past_year"))
    year = _jubilee_year(texts)
    if year is not None:
        votes.append(YearVote(year, _VOTE, "jubilee"))
    return votes


_JUBILEE = re.compile(r"(?i)(?<!\w)kỷ\s+niệm\s+(?P<n>\d{1,3})\s+năm\s+(?P<what>[^\W\d]+(?:\s+[^\W\d]+){0,5})")
_FOUNDED = re.compile(
    rf"(?i)(?<!\w)(?P<verb>thiết\s+lập|thành\s+lập|ký\s+kết)\s+(?P<what>[^\d,.;()]{{0,60}}?)\s*,?\s*"
    rf"(?:(?:vào|từ|trong)\s+)?(?:ngày\s+\d{{1,2}}[/.-]\d{{1,2}}[/.-]|tháng\s+\d{{1,2}}[/.-]|năm\s+)(?P<y>{_YEAR})(?![\d/])"
)


def _jubilee_year(texts: Sequence[str]) -> int | None:
    """"Kỷ niệm N năm <thing>" and "<thiết lập|thành lập> <thing> ... năm A" in the article: the year A + N, when the
    thing founded is the thing commemorated (their first words agree: "quan hệ ngoại giao"). Several jubilees
    that disagree argue nothing."""
    jubilees = [(int(m.group("n")), _thing(m.group("what"))) for text in texts for m in _JUBILEE.finditer(text)]
    if not jubilees:
        return None
    years = set()
    for text in texts:
        for m in _FOUNDED.finditer(text):
            if _IN_JUBILEE.search(text[:m.start()]):  # "kỷ niệm 45 năm thiết lập ... năm 2018": the jubilee itself
                continue
            what = _thing(m.group("what"))
            for n, thing in jubilees:
                if n > 0 and thing and thing == what:
                    years.add(int(m.group("y")) + n)
    return years.pop() if len(years) == 1 else None


_IN_JUBILEE = re.compile(r"(?i)\d\s+năm\s+(?:ngày\s+)?$")
_FOUNDING_VERB = re.compile(r"(?i)^(?:ngày\s+)?(?:thiết\s+lập|thành\s+lập|ký\s+kết)\s+")
_THING_WORDS = 3  # "quan hệ ngoại giao" is not "quan hệ Đối tác Chiến lược"


def _thing(text: str) -> str:
    """The first words of what a jubilee or a founding names, without the founding verb: "quan hệ ngoại"."""
    words = _FOUNDING_VERB.sub("", text).lower().split()
    return " ".join(words[:_THING_WORDS]) if len(words) >= _THING_WORDS else ""


def _winner(votes: list[YearVote]) -> int | None:
    """The year with the most weight; None when only support votes were cast or the top is tied (evidence that
    contradicts itself argues nothing; a lone "năm học 2017-2018" is such a tie)."""
    if all(vote.rule.endswith("_support") for vote in votes):
        return None
    weights: Counter[int] = Counter()
    argued = {vote.year for vote in votes if not vote.rule.endswith("_support")}
    for vote in votes:
        if vote.year in argued:  # support strengthens a year some argument names; alone it argues nothing
            weights[vote.year] += vote.weight
    top = max(weights.values())
    tied = [year for year, weight in weights.items() if weight == top]
    return tied[0] if len(tied) == 1 else None


def _speaks_of_merger_as_done(texts: Sequence[str]) -> bool:
    rx = _year_regexes()
    for text in texts:
        if any(int(y) < _MERGER_YEAR for y in rx["any_year"].findall(text)):
            continue
        if rx["post_merger"].search(text) or rx["post_merger_name"].search(text):
            return True
        weak = rx["post_merger_weak"].search(text)
        if weak and (not weak.group("with") or rx["admin"].search(text)):
            return True
    return False


def _post_merger_year(texts: Sequence[str], meeting: DateMention | None) -> int | None:
    """Rule 5: the first occasion of the meeting's day/month on or after 1/7/2025."""
    if meeting is None or meeting.day is None or meeting.month is None or not _speaks_of_merger_as_done(texts):
        return None
    return _MERGER_YEAR if (meeting.month, meeting.day) >= _MERGER_DAY else _MERGER_YEAR + 1


def infer_year(
    title: str, body: str, meeting: DateMention | None = None, published: datetime.date | None = None
) -> int | None:
    """The meeting's year as argued by the cleaned title and body and the page's own dateline (`published`;
    rules in the module docstring); None if unargued."""
    return explain_year(title, body, meeting, published)[0]


def explain_year(
    title: str, body: str, meeting: DateMention | None = None, published: datetime.date | None = None
) -> tuple[int | None, str]:
    """infer_year with the name of the rule that decided: mention, close_date, dateline, anniversary, opening_date,
    period, post_merger."""
    if meeting is not None and meeting.year is not None:
        return meeting.year, "mention"
    title, texts, found = _prepared(title or "", body or "")
    if meeting is not None and meeting.day is not None and meeting.month is not None:
        year = _year_from_close_dates(found, meeting)
        if year is not None:
            return year, "close_date"
    if published is not None:
        return _dateline_year(meeting, published), "dateline"
    year = _anniversary_year(texts)
    if year is not None:
        return year, "anniversary"
    if meeting is not None and meeting.day is not None and meeting.month is not None:
        year = _year_from_opening_date(found, meeting)
        if year is not None:
            return year, "opening_date"
    year = _winner(_period_votes(title, texts, found, meeting))
    if year is not None:
        return year, "period"
    year = _post_merger_year(texts, meeting)
    return year, "post_merger" if year is not None else "none"


def _dateline_year(meeting: DateMention | None, published: datetime.date) -> int:
    """Rule 2b: the page's dateline. A meeting's day/month is its latest occasion no more than _AHEAD_DAYS after
    the page's date (a page announces a visit days ahead, it reports the past): "28/12" on a page of 3/1/2024
    is 2023; with no day/month, the dateline's year."""
    if meeting is None or meeting.day is None or meeting.month is None:
        return published.year
    for year in (published.year, published.year - 1):
        try:
            day = datetime.date(year, meeting.month, meeting.day)
        except ValueError:  # 29/2 of a common year
            continue
        if day <= published + datetime.timedelta(days=_AHEAD_DAYS):
            return year
    return published.year


# ---------------------------------------------------------------- datelines of a page

_AHEAD_DAYS = 45  # a page announces a meeting at most this long before it ("sẽ thăm ... từ 5/12")
_PUBLISHED_YEARS = (1990, 2035)
_DATELINE_MAX_CHARS = 140


@cache
def _dateline_regexes() -> dict[str, re.Pattern[str]]:
    rows = load_tsv("datelines.tsv")
    months = {r["text"].lower(): int(r["value"]) for r in rows if r["kind"] == "month"}
    stamps = [r["text"] for r in rows if r["kind"] == "stamp"]
    sections = [r["text"] for r in rows if r["kind"] == "section"]
    month_alt = _alternation(list(months))
    y = r"(?P<y>(?:19|20)\d{2})"
    return {
        "date": re.compile(
            rf"(?<![\d/.-])(?P<d>\d{{1,2}})\s*(?P<s>[/.-])\s*(?P<m>\d{{1,2}})\s*(?P=s)\s*{y}(?!\d)"
            rf"|(?<![\d/.-])(?P<iy>(?:19|20)\d{{2}})-(?P<im>\d{{1,2}})-(?P<id>\d{{1,2}})(?![\d])"
            rf"|(?:ngày\s+)?(?P<td>\d{{1,2}})\s+tháng\s+(?P<tm>\d{{1,2}})\s*(?:,\s*|\s+)(?:năm\s+)?(?P<ty>(?:19|20)\d{{2}})"
            rf"|(?<!\w)(?P<em>{month_alt})\.?\s+(?P<ed>\d{{1,2}})(?:st|nd|rd|th)?\s*,?\s+(?P<ey>(?:19|20)\d{{2}})"
            rf"|(?<!\w)(?P<fd>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<fm>{month_alt})\.?\s*,?\s+(?P<fy>(?:19|20)\d{{2}})",
            re.IGNORECASE,
        ),
        "time": re.compile(r"(?<!\d)\d{1,2}\s*[:hg]\s*\d{2}(?::\d{2})?(?!\d)|\(?\s*(?:GMT|UTC)\s*\+\s*7\s*\)?",
                           re.IGNORECASE),
        "stamp": re.compile(rf"(?<!\w)(?:{_alternation(stamps)})(?!\w)", re.IGNORECASE),
        "section": re.compile(rf"(?<!\w)(?:{_alternation(sections)})(?!\w)", re.IGNORECASE),
        "months": re.compile(rf"(?<!\w)(?:{month_alt})(?!\w)", re.IGNORECASE),
        "month_values": months,  # type: ignore[dict-item]
    }


def _date_of(match: re.Match[str]) -> datetime.date | None:
    months: dict[str, int] = _dateline_regexes()["month_values"]  # type: ignore[assignment]
    g = match.groupdict()
    try:
        if g["y"]:
            day, month, year = int(g["d"]), int(g["m"]), int(g["y"])
        elif g["iy"]:
            day, month, year = int(g["id"]), int(g["im"]), int(g["iy"])
        elif g["ty"]:
            day, month, year = int(g["td"]), int(g["tm"]), int(g["ty"])
        elif g["ey"]:
            day, month, year = int(g["ed"]), months[g["em"].lower()], int(g["ey"])
        else:
            day, month, year = int(g["fd"]), months[g["fm"].lower()], int(g["fy"])
        found = datetime.date(year, month, day)
    except (ValueError, KeyError):
        return None
    return found if _PUBLISHED_YEARS[0] <= found.year <= _PUBLISHED_YEARS[1] else None


_COUNTER = re.compile(r"(?i)(?:lượt xem|lượt đọc|lượt thích|lượt chia sẻ|bình luận|views?)\s*:?\s*\(?[\d.,]+\)?"
                      r"|\(?[\d.,]+\)?\s*(?:lượt xem|lượt đọc|lượt thích|bình luận|views?)(?!\w)")


def parse_dateline(line: str) -> datetime.date | None:
    """The publication date of a page's dateline or time-stamp line, None for any other line.

    A dateline is a short line whose full date (D/M/YYYY with "/", "-" or "."; YYYY-MM-DD; "ngày D tháng M năm
    YYYY"; an English month name) stands with nothing but time-stamp words around it: a weekday, a time
    ("14:05", "(GMT+7)"), "Cập nhật", "lúc", section labels, separators, and at most a short name (a by-line or
    outlet: "Thanh Hà | 21/11/2024"). "Thứ Năm, 28/09/2023 14:05", "Cập nhật: 10:20 ngày 21/11/2024",
    "21-11-2024 - 10:20", "Chủ nhật, 3/8/2025, 07:00 (GMT+7)", "November 21, 2024" are datelines; a sentence
    ("Ngày 21/11/2024, Thủ tướng tiếp Đại sứ.") or a headline with a date ("Lễ ký kết 21/11/2024") is not."""
    line = normalize_text(line).strip()
    if not line or len(line) > _DATELINE_MAX_CHARS:
        return None
    rx = _dateline_regexes()
    match = rx["date"].search(line)
    if match is None:
        return None
    day = _date_of(match)
    if day is None:
        return None
    rest = line[:match.start()] + " | " + line[match.end():]
    rest = _COUNTER.sub(" ", rest)  # "Lượt xem: 1.234", "0 bình luận" beside the date
    has_time = bool(rx["time"].search(rest))
    rest = rx["time"].sub(" ", rest)
    has_stamp = bool(rx["stamp"].search(rest))
    rest = rx["section"].sub(" ", rx["stamp"].sub(" ", rest))
    has_bar = "|" in line
    words = [w for w in re.split(r"[\s|,;:()\[\]/•·–—-]+", rest) if w]
    if any(w[0].isdigit() for w in words) or len(words) > 6:
        return None
    lower = [w for w in words if w[0].islower()]
    if line.rstrip().endswith(".") and words and not rest.strip(" .|,-–—()").endswith(tuple("0123456789")) and lower:
        return None  # a sentence
    if len(lower) > (2 if (has_time or has_stamp or has_bar) else 0):
        return None
    return day
