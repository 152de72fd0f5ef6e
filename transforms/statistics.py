"""Figures in a sentence: money, percentages, measures, counted things and ranks, with how they are hedged.

find_figures reads every number of one sentence (digits, or words such as "hai" before a counted noun),
scales it ("1,6 tỷ USD" is 1.6e9 USD), names its unit and its qualifier, and keeps only real statistics.

Units: ISO 4217 for money (lexicons/currencies.tsv), "percent", measure symbols (km, m2, ha, ton, MW ...),
"rank" for "đứng thứ 9/120" or "lớn thứ hai", otherwise the counted thing in English singular snake_case
(lexicons/units.tsv: "dự án" project, "doanh nghiệp" enterprise, "con bò" cow). A classifier ("con", "trái",
"chiếc", "vụ") takes the unit of the thing it counts, named after it or earlier in the sentence ("đàn bò sữa
... có gần 22.000 con" is cow). A counted noun missing from units.tsv falls back to its ASCII-folded first one
or two lowercase syllables in snake_case ("12 giàn khoan" gives gian_khoan), and only for numbers written in
digits: a number in words counts only before a listed noun.

Qualifiers (lexicons/qualifiers.tsv): the qualifier word closest to the number wins ("lên đến gần 200.000
người" is nearly); "trở lên" after the unit means more_than; anything else is exact.

Not figures: dates and times ("1/8", "10-3", "11/5/2017", "9h30", "14 giờ"), years and ranges ("năm 2024",
"2013-2023", "APEC 2017"), ordinals and names ("lần thứ 23", "khóa 14", "Quốc lộ 30", "G20", "COVID-19"),
ages and durations ("30 tuổi", "30 năm", "9 tháng", "60 ngày"), phone numbers, "hai nước"/"hai bên" (both
parties, not a count), vague quantities ("hàng trăm", "nhiều") and bare numbers with no unit. A bare
four-digit year-like number before a noun, and a number after a capitalised name ("Quân khu 9"), are names.

Input is one sentence already through text.normalize_text (NFC, new-style tone marks); offsets refer to it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from transforms.lexicon import load_tsv, split_list
from transforms.numbers import number_words, ordinal_value, parse_number, parse_words, scale_of
from transforms.records import Figure
from transforms.text import fold

_NEAR = 40  # characters around a number searched for a row's "needs" words
_PAIR_OF = re.compile(r"\s+(?:của|thuộc|là|gồm)\s+(\w)")
_RATE = re.compile(r"/\s?[^\W\d_]+(?!\w)")
_NEXT_WORDS = re.compile(r"\s+([^\W\d_]+)(?:[ ]([^\W\d_]+))?")
_WORD = re.compile(r"[^\W\d_][\w.]*$")
_BOTH = re.compile(r"(?<!\w)cả\s+$", re.IGNORECASE)
_RANGE_AFTER = re.compile(r"\s*[-–]\s*\d")
_RANGE_BEFORE = re.compile(r"\d\s*[-–]\s*$")
_RANGE_JOINT = re.compile(r"\s*[-–]\s*|\s+(?:đến|tới)\s+")  # between the two ends of "9-12%", "9 đến 12%"
_UNIT_RANGE_JOINT = re.compile(r"\s*[-–]\s*")  # between "50%" and "70%"
# A rank out of a total, whatever word comes before "thứ": "thứ 23 trên tổng số 119", "thứ 26/119", "lên 82/190".
_RANK_OUT_OF = re.compile(
    r"(?<!\w)(?:thứ\s+(?P<n>\d+)(?=/\d|\s+(?:trên|trong)\s+(?:tổng\s+)?số\s+(?:hơn\s+)?\d)"
    r"|(?<=lên\s)(?P<m>\d+)/\d+(?=\s+(?:quốc gia|nền kinh tế|nước)))", re.IGNORECASE)
# "chiếm tới 2/3 tổng khối lượng", "tạo ra đến 2/3 Tổng sản phẩm quốc nội", "hơn 1/3 dân số": a share written as a
# fraction after a verb of share or a qualifier and before the noun it divides; "từ 15/2 đến 1/3" and "2/7 tới" are
# dates (a date just before, a time word after, or a denominator above 5)
_FRACTION = re.compile(
    r"(?<!\w)(?:chiếm|bằng|đến|tới|khoảng|gần|hơn|trên|xấp xỉ)\s+(?P<n>[1-4])/(?P<m>[2-5])(?![\d/.,\w-])"
    r"(?=\s+(?!(?:tới|này|vừa|qua|năm|sau|đến|và|hoặc|thế kỷ|thập kỷ|lít|giờ|ngày|tháng)(?!\w))[^\W\d_])",
    re.IGNORECASE)
# "thời gian xếp dỡ hàng hóa chiếm tới 1/3.": after "chiếm" (a share, never a date) the fraction may end the clause
_FRACTION_END = re.compile(r"(?<!\w)chiếm(?:\s+(?:tới|đến|khoảng|gần|hơn|trên|xấp xỉ))?\s+(?P<n>[1-4])/(?P<m>[2-5])"
                           r"(?=\s*(?:[.;,)]|$))", re.IGNORECASE)
_DATE_BEFORE = re.compile(r"\d/\d|(?<!\w)(?:ngày|sáng|trưa|chiều|tối|đêm|hôm|từ|mùng|mồng)(?!\w)", re.IGNORECASE)
# "tốp 200 nhà bán lẻ lớn nhất", "nằm trong danh sách 150 đại học tốt nhất" name the same kind of set ("tốp 1.000
# doanh nghiệp châu Á", "danh sách 12 thị trường ưu tiên", with no superlative, are counts: the dev2 gold lists them)
_ONE_OF = re.compile(r"(?<!\w)(?:(?:một|1)\s+trong\s+(?:những\s+|số\s+)?|tốp\s+|danh\s+sách\s+)$", re.IGNORECASE)
# The superlative of "một trong N … lớn nhất" qualifies the N things: it follows within a few words, with no
# preposition between that moves it to another noun ("một trong bảy văn kiện … dưới sự chứng kiến của lãnh đạo cao
# nhất" is one of seven documents).
_SUPERLATIVE = re.compile(
    r"(?:\s+(?!(?:của|dưới|với|tại|cho|và|giữa)(?!\w))[^\s,;.:()]+){0,7}?\s+(?:nhất|hàng đầu|đi đầu)(?!\w)",
    re.IGNORECASE)
_IF = re.compile(r"(?<!\w)(?:nếu|giả sử)(?!\w)", re.IGNORECASE)
# "Nếu như năm 2011 ghi nhận 4 trường hợp thì năm 2014 có 16", "nếu như trước đây có 300 doanh nghiệp …": a condition
# anchored in a time already past contrasts two facts; "nếu tính cả …", "nếu so với …" count or compare facts.
_FACTUAL_IF = re.compile(
    r"\s+(?:như\s+)?(?:(?:tính|so|xét|cộng|kể)(?!\w)|[^.;]*?(?<!\w)(?:năm\s+\d{4}|năm\s+(?:ngoái|trước|qua)|trước\s+đây|"
    r"trước\s+kia|cách\s+đây|lần\s+trước|lúc\s+đầu|ban\s+đầu|giai\s+đoạn\s+\d|cùng\s+kỳ|"
    r"(?:tháng|quý)\s+(?:đầu|\d))(?!\w)[^.;]*?(?<!\w)thì(?!\w))", re.IGNORECASE)
# "cứ 3 doanh nghiệp thì có 1 doanh nghiệp …", "cứ đưa 10 em vào tù thì có tới 5 em tái phạm": a ratio, not two counts
_RATIO_OPEN = re.compile(r"(?<!\w)cứ(?:\s+(?:mỗi|đưa|có))?\s+$", re.IGNORECASE)
_RATIO_CLOSE = re.compile(r"(?<!\w)thì(?:\s+(?:có|chỉ có|lại có))?(?:\s+(?:tới|đến))?\s+$", re.IGNORECASE)
_RATIO_ANY = re.compile(r"(?<!\w)cứ(?:\s+(?:mỗi|đưa|có))?\s+\S+", re.IGNORECASE)
# "nếu Minh Phú đạt 2 tỉ USD vào năm 2021 thì …": a condition set in the future stays hypothetical
_FUTURE = re.compile(r"(?<!\w)(?:vào\s+năm|đến\s+năm|sẽ|sắp|tới\s+đây|năm\s+tới|trong\s+tương\s+lai)(?!\w)",
                     re.IGNORECASE)
# "nếu chia … theo tỷ lệ dân số, xuất khẩu phải ở mức 500 tỷ USD": what would have to be, with no "thì"
_WOULD = re.compile(r"(?<!\w)(?:phải|sẽ|có thể)(?!\w)", re.IGNORECASE)
_THEN = re.compile(r"(?<!\w)thì(?!\w)", re.IGNORECASE)
# "khi giá 100 USD thì ...", "khi một đôi giày có giá 100 USD thì ...": a price set by "khi" with a "thì" after it is
# the condition of an illustration (GUIDELINES §4), as "nếu" is; "trong khi giá ... thì" contrasts two facts.
_PRICE_WHEN = re.compile(r"(?<![Tt]rong )(?<!\w)(?:khi|lúc)\s+(?:(?:một|1|mỗi)\s+\S+(?:\s+\S+)?\s+)?(?:có\s+)?giá"
                         r"\s+(?:(?:là|chỉ|khoảng|từ)\s+)?(?=\d)", re.IGNORECASE)
_LEVEL_BEFORE = re.compile(r"(?<!\w)cấp\s+$")
_EVENT_ORDINAL = re.compile(r"(?<!\w)lần\s+$", re.IGNORECASE)
# "Công ước 1982", "Hiệp ước 1954": there "ước" is the second syllable of a noun, not the qualifier "about"
_COMPOUND_UOC = "".join(rf"(?<!\b{w} )"
                        for w in ("công", "hiệp", "quy", "thỏa", "điều", "giao", "khế", "mơ", "mong", "ao"))
# "vài ba người", "dăm bảy doanh nghiệp": a few, not a count
_VAGUE_BEFORE = re.compile(r"(?<!\w)(?:vài|dăm|mấy)\s+$", re.IGNORECASE)
# "trong đó khoảng 1.300 là đại diện …": the breakdown of a count names its noun after "là"
_BREAKDOWN_BEFORE = re.compile(r"(?<!\w)trong\s+(?:đó|số\s+đó|số\s+này)\s*,?\s*(?:có\s+)?$", re.IGNORECASE)
_IS = re.compile(r"\s+là(?!\w)")
# "100,3 tỷ Yên": after a scale word "Yên" is the yen ("Yên Bái", "Yên Lạc" take no scale); lexicons/currencies.tsv
# matches it only lowercase or as "Yên Nhật"
_YEN = re.compile(r"\s*Yên(?!\w)(?!\s+[A-ZĐ])")
# "205 người con của Belarus": the sons and daughters of a country are its people ("6 người con" are children)
_CHILDREN_OF = re.compile(r"\s+của\s+[A-ZĐ]")
# "3 nước Việt Nam - Lào - Campuchia", "ba bên Mỹ-Nhật-Ấn": a grouping named by its members, the parties themselves
# "3 nhà lãnh đạo Mỹ, Hàn Quốc và Nhật Bản", "ba nước Việt Nam, Lào và Campuchia": the members listed with commas
_LISTED_MEMBERS = re.compile(r"\s+[A-ZĐ][^\s,;.:]*(?:\s+[A-ZĐ][^\s,;.:]*)*\s*(?:,|\s+và)\s+[A-ZĐ]")
_NAMED_MEMBERS = re.compile(r"\s+[A-ZĐ][^\s,;.:]*(?:\s+[A-ZĐ][^\s,;.:]*)*\s*[-–]\s*[A-ZĐ]")
# "chiều nay, 3-6 Bộ trưởng …", "Sáng 10-3 …": a day and a month written after a time of day
_TIME_OF_DAY = re.compile(r"(?<!\w)(?:sáng|trưa|chiều|tối|đêm|ngày|hôm|nay|qua)\s*,?\s*$", re.IGNORECASE)
# Where a capitalised word may start a clause of its own: the sentence's start, a colon, a quote, a bracket, a dash
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\"“‘(\[•*+–-])[\s\"“‘(\[]*$")
_ENERGY_RATES = frozenset({"kW", "kWh", "MW", "MWh", "GW", "GWh", "W", "Wp", "kWp"})
# Words after which a bare four-digit number or a number after a name is still a count ("có 2017 hộ").
_COUNTING_WORDS = frozenset({"có", "với", "gồm", "đạt", "là", "tổng", "cộng", "tổng cộng", "thêm"})


@dataclass(frozen=True)
class _Unit:
    unit: str
    kind: str
    cls: str
    spelled: str
    needs: re.Pattern[str] | None


def _key(text: str) -> str:
    return " ".join(text.split())


def _alternation(words: list[str] | tuple[str, ...]) -> str:
    """One regex alternation, longest first so that "tuyến metro" wins over "tuyến"; spaces match any run."""
    unique = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in unique)


# "dân số 126,86 triệu người", "con số 5 tỷ": there "số" ends a noun of quantity, not the label "số 1" ("trên tổng
# số 119 quốc gia" stays the total of a rank)
# "cung cấp 24 máy bay", "nâng cấp 2 sân bay", "được cấp 500 suất học bổng", "đã điều 5 tàu", "kỷ luật 3 cán bộ":
# there the label word ("cấp 3" a level, "điều 5" an article of law) is the second syllable of a verb, and the number
# a count (the most frequent words before "cấp/điều/luật/số N <counted noun>" in the 2017 corpus, gold excluded)
_LABEL_COMPOUNDS = {
    "số": ("dân", "con", "doanh"),
    "cấp": ("cung", "nâng", "phân", "khẩn", "được", "đã", "sẽ", "vừa"),
    "điều": ("đã", "được", "sẽ", "vừa"),
    "luật": ("kỷ",),
}


def _label_alternation(words: list[str]) -> str:
    """The alternation of label words, each of _LABEL_COMPOUNDS guarded against the words that end in it."""
    return "|".join("".join(rf"(?<!\b{w} )" for w in _LABEL_COMPOUNDS.get(part, ())) + part
                    for part in _alternation(words).split("|"))


def _qualifier_alternation(words: list[str]) -> str:
    """The alternation of qualifier words, those starting with "ước" guarded against the nouns ending in it."""
    return "|".join(rf"{_COMPOUND_UOC}{part}" if part.startswith("ước") else part
                    for part in _alternation(words).split("|"))


@dataclass(frozen=True)
class _Grammar:
    number: re.Pattern[str]
    scale: re.Pattern[str]
    compound: re.Pattern[str]
    currency_after: re.Pattern[str]
    currency_before: re.Pattern[str]
    measure: re.Pattern[str]
    noun: re.Pattern[str]
    members: dict[str, re.Pattern[str]]
    members_before: dict[str, re.Pattern[str]]
    label_before: re.Pattern[str]
    label_range: re.Pattern[str]
    rank: re.Pattern[str]
    caliber: dict[str, re.Pattern[str]]  # per unit: the gun named before a length that is its caliber
    rank_total: re.Pattern[str]
    rank_head: re.Pattern[str]
    qualifier_before: re.Pattern[str]
    qualifier_after: re.Pattern[str]
    property_before: re.Pattern[str]
    currencies: dict[str, str]
    measures: dict[str, _Unit]
    nouns: dict[str, _Unit]
    qualifiers: dict[str, str]
    none_words: frozenset[str]
    counters: frozenset[str]  # units of a web page's own counters (units.tsv class "engagement")


@cache
def _grammar() -> _Grammar:
    """Every lexicon compiled once into one alternation per gazetteer."""
    nouns: dict[str, _Unit] = {}
    members_units: dict[str, _Unit] = {}
    measures: dict[str, _Unit] = {}
    members: dict[str, list[str]] = {}
    labels: list[str] = []
    ranks: list[str] = []
    rank_heads: list[str] = []
    rank_totals: list[str] = []
    calibers: dict[str, list[str]] = {}
    for row in load_tsv("units.tsv"):
        words = split_list(row["words"])
        needs = None
        if row["needs"]:
            needs = re.compile(rf"(?<!\w)(?:{_alternation(split_list(row['needs']))})(?!\w)", re.IGNORECASE)
        unit = _Unit(row["unit"], row["kind"], row["class"], row["spelled"] or "yes", needs)
        if row["kind"] == "label":
            labels.extend(words)
        elif row["kind"] == "rank":
            ranks.extend(words)
        elif row["kind"] == "rank_head":
            rank_heads.extend(words)
        elif row["kind"] == "rank_total":
            rank_totals.extend(words)
        elif row["kind"] == "caliber":
            calibers.setdefault(row["unit"], []).extend(words)
        elif row["kind"] == "measure":
            measures.update({_key(w): unit for w in words})
        else:
            target = members_units if row["kind"] == "member" else nouns
            target.update({_key(w.lower()): unit for w in words})
        if row["class"] and row["kind"] in ("member", "count"):
            members.setdefault(row["class"], []).extend(words)

    currencies: dict[str, str] = {}
    before: list[str] = []
    after: list[str] = []
    for row in load_tsv("currencies.tsv"):
        words = split_list(row["words"])
        (before if row["position"] == "before" else after).extend(words)
        for w in words:
            currencies.setdefault(_key(w), row["code"])

    qualifiers: dict[str, str] = {}
    before_q: list[str] = []
    after_q: list[str] = []
    properties: list[str] = []
    for row in load_tsv("qualifiers.tsv"):
        words = split_list(row["words"])
        if row["position"] == "property":
            properties.extend(words)
            continue
        (before_q if row["position"] == "before" else after_q).extend(words)
        qualifiers.update({f"{_key(w.lower())}|{row['position']}": row["qualifier"] for w in words})

    table = number_words()
    # Number words are written lowercase or, first in a sentence, capitalised; listing both forms keeps this
    # pattern, tried at every position of every sentence, free of the slower IGNORECASE.
    spelled = _alternation([v for w, e in table.items() if e.role != "ordinal" for v in (w, w.capitalize())])
    scales = _alternation([w for w, e in table.items() if e.role in ("scale", "hundred")])
    ordinals = _alternation([w for w, e in table.items() if e.role in ("digit", "after_tens", "ten", "ordinal")])
    scale_run = rf"(?:{scales})(?:\s+(?:{scales}))*(?!\w)"
    return _Grammar(
        number=re.compile(rf"(?P<d>\d+(?:[.,]\d+)*)|(?<!\w)(?P<w>(?:{spelled})(?:\s+(?:{spelled}))*)(?!\w)"),
        scale=re.compile(rf"\s*(?P<s>{scale_run})(?:\s+(?P<half>rưỡi)(?!\w))?", re.IGNORECASE),
        compound=re.compile(rf"\s+(?P<n>\d+(?:[.,]\d+)*)\s*(?P<s>{scale_run})", re.IGNORECASE),
        currency_after=re.compile(rf"\s*(?:{_alternation(after)})(?![\w$€£¥])"),
        currency_before=re.compile(rf"(?<![\w$])(?:{_alternation(before)})\s*$"),
        measure=re.compile(rf"\s*(?:{_alternation(list(measures))})(?![^\W_])"),
        noun=re.compile(rf"\s+(?:{_alternation(list(nouns))})(?!\w)", re.IGNORECASE),
        members={c: re.compile(rf"\s+(?:{_alternation(ws)})(?!\w)", re.IGNORECASE) for c, ws in members.items()},
        members_before={c: re.compile(rf"(?<!\w)(?:{_alternation(ws)})(?!\w)", re.IGNORECASE)
                        for c, ws in members.items()},
        label_before=re.compile(rf"(?<!\w)(?:{_label_alternation(labels)})\s*$", re.IGNORECASE),
        # "độ tuổi từ 14 đến dưới 16", "lần thứ 3 - 4": the upper end of a range whose lower end is a name or an age
        label_range=re.compile(rf"(?<!\w)(?:{_alternation(labels)})\s*(?:từ\s+)?\d+\s*(?:[-–]|đến|tới)\s*"
                               rf"(?:(?:{_alternation(before_q)})\s+)?$", re.IGNORECASE),
        caliber={u: re.compile(rf"(?<!\w)(?:{_alternation(ws)})(?:\s+[^\s.,;:()]+){{0,3}}?\s+$", re.IGNORECASE)
                 for u, ws in calibers.items()},
        # "xếp hạng 49/126", "ở vị trí 12/14", "xếp 14/63 tỉnh, thành phố": a place out of a total; not the former
        # place of "từ vị trí 91/189 lên vị trí 82/190"
        rank_total=re.compile(rf"(?<!\w)(?<!từ )(?:{_alternation(rank_totals)})\s+(?P<n>\d{{1,3}})/(?P<m>\d{{1,3}})"
                              rf"(?![\d/.,]\d|\w)", re.IGNORECASE),
        rank=re.compile(rf"(?<!\w)(?:{_alternation(ranks)})\s+(?P<n>\d+(?:/\d+)?|{ordinals})(?!\w)", re.IGNORECASE),
        # "đối tác thương mại thứ 9 của Trung Quốc": up to three lowercase words between the head and "thứ", none of
        # them an event ("lần", "kỳ", "phiên") that would make the number an ordinal
        rank_head=re.compile(rf"(?<!\w)(?:{_alternation(rank_heads)})(?:\s+(?!(?:lần|kỳ|phiên|đợt|khóa)(?!\w))"
                             rf"[^\W\d_A-ZĐ][^\s,;.:()]*){{0,3}}?\s+(?P<t>thứ)\s+(?P<n>\d+|{ordinals})(?!\w)"),
        # "suýt soát tới 50%": a "tới"/"đến" between the qualifier and the number changes nothing
        qualifier_before=re.compile(rf"(?<!\w)(?P<q>{_qualifier_alternation(before_q)})(?:\s+(?:tới|đến))?\s+$",
                                    re.IGNORECASE),
        qualifier_after=re.compile(rf"\s+(?:{_alternation(after_q)})(?!\w)", re.IGNORECASE),
        property_before=re.compile(rf"(?<!\w)(?:{_alternation(properties)})\s+(?:tối\s+đa|cực\s+đại)\s*$",
                                   re.IGNORECASE),
        currencies=currencies,
        measures=measures,
        nouns={**members_units, **nouns},
        qualifiers=qualifiers,
        none_words=frozenset(k for k, u in nouns.items() if u.kind == "none" and " " not in k),
        counters=frozenset(u.unit for u in nouns.values() if u.cls == "engagement"),
    )


def _ranks(sentence: str, g: _Grammar) -> list[Figure]:
    """"đứng thứ 9/120", "lớn thứ hai", "đối tác thứ 23 trên tổng số 119", "từ 91 lên 82/190 quốc gia", "xếp hạng
    49/126": the phrase is kept from "thứ" (or the number, or the words of a place out of a total) on."""
    figures: list[Figure] = []
    lowered = sentence.lower()
    if "thứ" not in lowered and "/" not in lowered:
        return figures
    for m in g.rank.finditer(sentence):
        value = ordinal_value(m.group("n").split("/")[0])
        if value is None:
            continue
        start = lowered.rfind("thứ", m.start(), m.start("n"))
        if _LEVEL_BEFORE.search(lowered, max(0, m.start() - 6), m.start()):
            continue  # "chuyến thăm cấp cao thứ 3": the third high-level visit, an ordinal of an event
        figures.append(Figure(float(value), "rank", "exact", sentence[start:m.end()], start, m.end()))
    for m in g.rank_head.finditer(sentence):
        value = ordinal_value(m.group("n"))
        if value is None or any(f.start <= m.start("n") < f.end for f in figures):
            continue
        figures.append(Figure(float(value), "rank", "exact", sentence[m.start("t"):m.end()], m.start("t"), m.end()))
    for m in g.rank_total.finditer(sentence):
        n, total = int(m.group("n")), int(m.group("m"))
        if not 0 < n <= total or total < 5 or any(f.start <= m.start("n") < f.end for f in figures):
            continue
        figures.append(Figure(float(n), "rank", "exact", m.group(), m.start(), m.end()))
    for m in _RANK_OUT_OF.finditer(sentence):
        group = "n" if m.group("n") else "m"
        if any(f.start <= m.start(group) < f.end for f in figures) or _EVENT_ORDINAL.search(sentence, 0, m.start()):
            continue  # "lần thứ 2/...": an ordinal of an event
        figures.append(Figure(float(m.group(group)), "rank", "exact", m.group(), m.start(), m.end()))
    return sorted(figures, key=lambda f: f.start)


def _spelled_prefix(text: str) -> tuple[float, int] | None:
    """Longest run of number words at the start of text that is a numeral: (value, characters used)."""
    words = list(re.finditer(r"\S+", text))
    table = number_words()
    for n in range(len(words), 0, -1):
        tokens = [w.group().lower() for w in words[:n]]
        if n == 1 and not table[tokens[0]].standalone:
            continue
        value = parse_words(tokens)
        if value is not None and value > 0:
            return value, words[n - 1].end()
    return None


def _is_date_or_code(sentence: str, start: int, end: int, token: str, in_range: str = "") -> bool:
    """True when the digits at [start, end) belong to a date, time, range, code or phone number.

    in_range is "low" or "high" when the caller reads one end of a value range ("60.000-70.000 đồng"): the
    dash on that side is then the range's and not a date's or a code's.
    """
    before = sentence[start - 1] if start else " "
    after = sentence[end] if end < len(sentence) else " "
    if before.isalnum() or before in "_/:.," or after in "/:" and sentence[end + 1:end + 2].isdigit():
        return True  # "G20", "11/5/2017", "9:30", "vol.02"
    if (in_range != "high" and before in "-–" and start >= 2 and not sentence[start - 2].isspace()
            and sentence[start - 2] != "("):
        return True  # "COVID-19", "2013-2023": the second half of a code or range
    if (in_range != "low" and _RANGE_AFTER.match(sentence, end)
            or in_range != "high" and _RANGE_BEFORE.search(sentence, max(0, start - 6), start)):
        return True  # "29 - 31/5", "10-3": a range is a figure only when read as one (_range_at)
    if re.match(r"\s\d", sentence[end:end + 2]) or re.search(r"\d\s$", sentence[max(0, start - 2):start]):
        return True  # "0912 345 678"
    if re.match(r"0\d+[.,]", token):
        return True  # "24C - 011.25": a plate or code; a real number has no leading zero before its marks
    digits = token.replace(".", "").replace(",", "")
    return digits.startswith("0") and len(digits) >= 8


def _is_name(sentence: str, begin: int, token: str, found: tuple | None, g: _Grammar) -> bool:
    """True when a number before a noun (or before nothing) names or dates something rather than counts.

    Measures and money are quantities whatever precedes them ("con số 5 tỷ USD"), so this is asked only
    for numbers before a noun or before nothing.
    """
    if g.label_before.search(sentence, max(0, begin - 30), begin):
        return True  # "năm 2024", "lần thứ 23", "Quốc lộ 30", "gấp 3 lần"
    if g.label_range.search(sentence, max(0, begin - 50), begin):
        return True  # "tuổi từ 14 đến dưới 16"
    if not token.isdigit():
        return False
    head = sentence[max(0, begin - 40):begin].rstrip()
    previous = _WORD.search(head)
    if g.qualifier_before.search(sentence, max(0, begin - 40), begin):
        return False
    if previous is not None and previous.group().lower() in _COUNTING_WORDS:
        return False
    if len(token) == 4 and 1900 <= int(token) <= 2100:
        return True  # a bare year ("đến 2030 tỉnh sẽ ..."); counts this size are written "2.030"
    if previous is None:
        return False
    word = previous.group()
    sentence_initial = not head[: len(head) - len(word)].strip(" \"“‘([")
    # "Quân khu 9", "PLH 08": a number after a name, unless a listed noun follows ("Việt Nam 5 lần")
    return found is None and word[0].isupper() and not sentence_initial


def _is_spelled_name(sentence: str, start: int, end: int) -> bool:
    """A number word written capitalised inside a sentence belongs to a name: next to another capitalised word
    ("Quảng trường Ba Đình", "thôn Hai Căn", "người Ba Tàu", "ông Phan Văn Sáu giải trình"). At the start of a
    sentence, after a colon, a quote or a bracket, a capital is the sentence's own ("Hai Bộ trưởng đã ...")."""
    if not sentence[start].isupper() or _SENTENCE_START.search(sentence, 0, start):
        return False
    after = _NEXT_WORDS.match(sentence, end)
    before = _WORD.search(sentence[max(0, start - 40):start].rstrip())
    return bool(after and after.group(1)[0].isupper() or before and before.group()[0].isupper()
                and sentence[start - 1] == " ")


def _qualifier(sentence: str, start: int, g: _Grammar) -> tuple[str, int]:
    """The qualifier written closest before start, and where the run of qualifiers begins."""
    m = g.qualifier_before.search(sentence, max(0, start - 40), start)
    if m is None:
        return "exact", start
    qualifier = g.qualifiers[_key(m.group("q").lower()) + "|before"]
    begin = m.start()
    if g.property_before.search(sentence, max(0, m.end("q") - 40), m.end("q")):
        qualifier = "exact"  # "tốc độ tối đa 27 hải lý": the top speed, a quantity of its own
    while True:  # "lên đến gần": the outer words belong to the phrase, the closest one decides
        outer = g.qualifier_before.search(sentence, max(0, begin - 40), begin)
        if outer is None:
            return qualifier, begin
        begin = outer.start()


def _unit_after(sentence: str, pos: int, g: _Grammar) -> tuple[str, int, _Unit | None, str] | None:
    """The longest currency, measure or noun right after pos: (kind, end, noun row, unit)."""
    best: tuple[str, int, _Unit | None, str] | None = None
    m = g.currency_after.match(sentence, pos)
    if m:
        best = ("currency", m.end(), None, g.currencies[_key(m.group())])
    m = g.measure.match(sentence, pos)
    if m and (best is None or m.end() > best[1]):
        best = ("measure", m.end(), None, g.measures[_key(m.group())].unit)
    m = g.noun.match(sentence, pos)
    if m and (best is None or m.end() > best[1]):
        row = g.nouns[_key(m.group().lower())]
        best = ("noun", m.end(), row, row.unit)
    return best


def _classified(sentence: str, start: int, end: int, row: _Unit, g: _Grammar) -> tuple[str, int]:
    """Unit and end of a classifier phrase: the member named after it, else before it, else the default."""
    after = g.members.get(row.cls)
    if after is not None:
        m = after.match(sentence, end)
        if m:
            return g.nouns[_key(m.group().lower())].unit, m.end()
    before = g.members_before.get(row.cls)
    if before is not None:
        earlier = [m.group() for m in before.finditer(sentence, 0, start)]
        if earlier:
            return g.nouns[_key(earlier[-1].lower())].unit, end
    return row.unit, end


def _fallback_noun(sentence: str, pos: int, g: _Grammar) -> tuple[str, int] | None:
    """Snake-case ASCII unit from the one or two lowercase syllables after pos, when they may be a noun."""
    m = _NEXT_WORDS.match(sentence, pos)
    if m is None:
        return None
    first, second = m.group(1), m.group(2)
    table = number_words()
    if not first[0].islower() or len(first) < 2 or first in g.none_words or first in table:
        return None
    if second and second[0].islower() and second not in g.none_words and second not in table:
        return fold(f"{first} {second}").replace(" ", "_"), m.end(2)
    return fold(first), m.end(1)


@dataclass(frozen=True)
class _Number:
    """A number as read before its unit: value with any scale words, and the span it covers so far."""

    value: float
    begin: int  # where the phrase starts: the number, its minus sign or a currency written before it
    end: int
    token: str  # the digits as written; "" for a number in words
    currency: str | None  # a currency written before the number ("USD 5 triệu", "$1700")
    scaled: bool  # scale words followed ("5 triệu")


def _number_at(sentence: str, m: re.Match[str], consumed: int, g: _Grammar, in_range: str = "") -> _Number | None:
    """Read the number of match m with its scale words; None for dates, codes and other non-numbers."""
    start, end = m.start(), m.end()
    if _VAGUE_BEFORE.search(sentence, max(0, start - 6), start):
        return None  # "vài ba người": a few
    words = m.group("w")
    if words is not None:
        if re.search(r"\d\s*$", sentence[max(0, start - 3):start]):
            return None  # "10 năm": a word after digits is their unit, not a second number
        if start >= 2 and sentence[start - 1] == "-" and sentence[start - 2].isalpha():
            return None  # "Cu-ba xã hội chủ nghĩa": a syllable of a transcribed name
        prefix = _spelled_prefix(words)
        if prefix is None or _is_spelled_name(sentence, start, start + prefix[1]):
            return None
        return _Number(prefix[0], start, start + prefix[1], "", None, False)
    token = m.group("d")
    if _is_date_or_code(sentence, start, end, token, in_range):
        return None
    value = parse_number(token)  # Vietnamese marks even after "$": "$17,693/oz", "$1.232,10"
    if value is None:
        return None
    begin, currency = start, None
    before = g.currency_before.search(sentence, max(consumed, start - 8), start)
    if before is not None:
        currency, begin = g.currencies[_key(before.group())], before.start()
    elif in_range != "high" and start >= 1 and sentence[start - 1] in "-−":
        value, begin = -value, start - 1  # "cao trình -35 m"
    scale = g.scale.match(sentence, end)
    if scale is None:
        return _Number(value, begin, end, token, currency, False)
    last = scale_of(scale.group("s")) or 1.0
    value *= last
    end = scale.end("s")
    if scale.group("half"):
        value, end = value + last / 2, scale.end()
    compound = g.compound.match(sentence, end)  # "566 tỷ 384 triệu đồng"
    smaller = scale_of(compound.group("s")) if compound else None
    if compound and smaller and smaller < last:
        value += (parse_number(compound.group("n")) or 0.0) * smaller
        end = compound.end()
    return _Number(value, begin, end, token, currency, True)


# Between two amounts that share the currency written after the second: a comma or a conjunction and up to two
# lowercase words ("19 tỷ và xuất siêu 32 tỷ USD", "47 triệu và 44 triệu đồng", "từ 190 tỷ lên 322,7 tỷ đồng")
_SHARED_GAP = re.compile(r"\s*[,;]?\s*(?:(?:và|hoặc|lên|xuống|còn|với)\s+)?(?:[^\W\d_]+\s+){0,2}?$")


def _shared_currency(sentence: str, end: int, g: _Grammar, depth: int = 0) -> str | None:
    """The currency of a scaled amount written without one, taken from the next amount of the same clause when
    that one names it: "Việt Nam nhập khẩu từ Mỹ là 19 tỷ và xuất siêu 32 tỷ USD" is 19 billion USD; a list of
    amounts ("10 tỷ, 15 tỷ, 20 tỷ đồng") shares the currency of its last."""
    m = g.number.search(sentence, end, end + 40)
    if m is None or m.group("d") is None:
        return None
    gap = sentence[end:m.start()]
    if not _SHARED_GAP.match(gap) or any(w[0].isupper() for w in re.findall(r"[^\W\d_]+", gap)):
        return None
    scale = g.scale.match(sentence, m.end())
    if scale is None:
        return None
    currency = g.currency_after.match(sentence, scale.end("s"))
    if currency is None:
        return _shared_currency(sentence, scale.end("s"), g, depth + 1) if depth < 5 else None
    return g.currencies[_key(currency.group())]


def _reread(sentence: str, n: _Number, found: tuple[str, int, _Unit | None, str] | None,
            g: _Grammar) -> tuple[str, int, _Unit | None, str] | None:
    """The unit after n where the plain reading finds none: the yen after a scale word, the noun after "là" in a
    breakdown ("trong đó 1.300 là đại diện"), the people of a country ("205 người con của Belarus")."""
    if found is not None and (found[2] is None or found[2].kind != "none"):
        return found
    if n.scaled and n.currency is None:
        yen = _YEN.match(sentence, n.end)
        if yen:
            return "currency", yen.end(), None, "JPY"
    if found is None:
        return found
    if _key(sentence[n.end:found[1]].lower()) == "người con" and _CHILDREN_OF.match(sentence, found[1]):
        return "noun", found[1], g.nouns["người"], "person"
    copula = _IS.match(sentence, n.end)
    if copula and n.token and _BREAKDOWN_BEFORE.search(sentence, max(0, _qualifier(sentence, n.begin, g)[1] - 30),
                                                          _qualifier(sentence, n.begin, g)[1]):
        named = _unit_after(sentence, copula.end(), g)
        if named is not None and named[2] is not None and named[2].kind == "count":
            return named
    return found


def _unit_for(sentence: str, n: _Number, g: _Grammar) -> tuple[str, int, float] | None:
    """Unit, phrase end and value of the figure whose number is n; None when n is no statistic."""
    found = _reread(sentence, n, _unit_after(sentence, n.end, g), g)
    if n.currency is None and n.scaled and n.token and (found is None or found[2] is not None
                                                         and found[2].kind == "none"):
        shared = _shared_currency(sentence, n.end, g)
        if shared is not None:
            return shared, n.end, n.value  # "nhập khẩu 19 tỷ và xuất siêu 32 tỷ USD"
    if n.currency is not None:
        if found is None or found[2] is not None and found[2].kind == "none":
            return n.currency, n.end, n.value  # "USD 5 triệu cho ...": the money was written first
        if found[0] != "currency":
            return None
    elif (found is None or found[0] == "noun") and _is_name(sentence, n.begin, n.token, found, g):
        return None
    if found is None:
        if not n.token or n.scaled:
            return None  # a number in words needs a listed noun; "800 triệu xây nhà" leaves its currency out
        fallback = _fallback_noun(sentence, n.end, g)
        return None if fallback is None or n.value == 1 else (fallback[0], fallback[1], n.value)
    kind, end, row, unit = found
    if row is None:
        return unit, end, n.value
    if row.kind in ("none", "member") or not n.token and row.spelled == "no":
        return None
    if row.needs is not None and not row.needs.search(sentence, max(0, n.begin - _NEAR), end + _NEAR):
        return None
    if n.value == 2 and n.token in ("", "2"):
        if _BOTH.search(sentence, max(0, n.begin - 5), n.begin):
            return None  # "cả hai tuyến", "cả 2 địa phương": both, not a count
        named = _PAIR_OF.match(sentence, end)
        if row.spelled == "pair" and not (named and named.group(1).isupper()):
            return None  # "hai nước", "quan hệ hai nước của cộng đồng": both parties, not a count
    if row.spelled == "pair" and n.value <= 4 and (_NAMED_MEMBERS.match(sentence, end)
                                                    or _LISTED_MEMBERS.match(sentence, end)):
        return None  # "Hội nghị … 3 nước Việt Nam - Lào - Campuchia": the parties, named
    if row.kind == "classifier":
        unit, end = _classified(sentence, n.begin, end, row, g)
    if n.value == 1 and not n.scaled:
        return None  # "VNG sẽ là 1 điểm sáng", "cứ 3 doanh nghiệp thì có 1 doanh nghiệp": "a"/"one", not a count
    value = n.value
    if not n.scaled and re.fullmatch(r"\d{1,3},\d{3}", n.token):
        value = parse_number(n.token, english=True) or value  # "hơn 2,000 nhân viên": people are whole
    return unit, end, value


def _figure_at(sentence: str, m: re.Match[str], consumed: int, g: _Grammar, in_range: str = "") -> Figure | None:
    """The figure whose number is the match m, or None when the number is no statistic."""
    n = _number_at(sentence, m, consumed, g, in_range)
    if n is None:
        return None
    read = _unit_for(sentence, n, g)
    if read is None:
        return None
    unit, end, value = read
    rate = _RATE.match(sentence, end)
    if rate:
        end = rate.end()  # "90.000 tấn/năm": the rate stays in the phrase, the unit is tấn
    qualifier, begin = _qualifier(sentence, n.begin, g)
    after = g.qualifier_after.match(sentence, end)
    if after:
        if qualifier == "exact":
            qualifier = g.qualifiers[_key(after.group().lower()) + "|after"]
        end = after.end()
    return Figure(float(value), _rated(unit, sentence, end, rate), qualifier, sentence[begin:end], begin, end)


def _range_at(sentence: str, m: re.Match[str], consumed: int, g: _Grammar) -> Figure | None:
    """"60.000-70.000 đồng/kg", "khoảng 100 - 110 triệu TOE", "9-12%", "từ 9 đến 12%": a range written with one
    unit after its upper end is recorded by its lower bound, with the upper end's scale and unit, as about."""
    if m.group("d") is None:
        return None
    joint = _RANGE_JOINT.match(sentence, m.end())
    if joint is None:
        scale = g.scale.match(sentence, m.end())  # "từ 3 tỷ đến 5 tỷ USD": the joint after the lower end's scale
        joint = _RANGE_JOINT.match(sentence, scale.end("s")) if scale else None
        if joint is None:
            return None
    low = _number_at(sentence, m, consumed, g, in_range="low")
    if low is None or low.value <= 0 or g.label_before.search(sentence, max(0, low.begin - 30), low.begin):
        return None  # "năm 2010 đến 2015", "ngày 24-25/10"
    if low.end != joint.start():
        return None
    high_match = g.number.match(sentence, joint.end())
    if high_match is None or high_match.group("d") is None:
        return None
    high = _number_at(sentence, high_match, joint.end(), g, in_range="high")
    plain = parse_number(high.token) if high is not None else None
    if high is None or not plain:
        return None
    if low.scaled:  # "từ 3 tỷ đến 5 tỷ USD", "1 triệu - 1,5 triệu lượt khách": both ends carry their scale
        if not high.scaled or low.value >= high.value:
            return None
        plain = high.value
    elif low.value >= plain:
        return None
    if low.value <= 31 and plain <= 12 and _TIME_OF_DAY.search(sentence, max(0, low.begin - 12), low.begin):
        return None  # "chiều nay, 3-6 Bộ trưởng …": the 3rd of June
    found = _unit_after(sentence, high.end, g)
    listed = found is not None and (found[2] is None or found[2].kind != "none")
    if not listed and high.currency is None:
        return None  # "Chiều 10-3 ông ...": a day and a month; a range needs a listed unit
    read = _unit_for(sentence, high, g)
    if read is None:
        return None
    unit, end, _ = read
    rate = _RATE.match(sentence, end)
    if rate:
        end = rate.end()
    _, begin = _qualifier(sentence, low.begin, g)
    begin = min(begin, high.begin if high.currency else begin)
    return Figure(low.value * high.value / plain, _rated(unit, sentence, end, rate), "about", sentence[begin:end],
                  begin, end)


def _merge_range(sentence: str, figure: Figure, consumed: int, g: _Grammar) -> Figure:
    """"50% - 70%", "3.200 USD - 3.500 USD": a figure followed by a dash and a second figure of the same unit is
    a range, recorded by its lower bound as about."""
    joint = _UNIT_RANGE_JOINT.match(sentence, figure.end)
    if joint is None:
        return figure
    m = g.number.match(sentence, joint.end())
    if m is None or m.group("d") is None:
        return figure
    second = _figure_at(sentence, m, figure.end, g, in_range="high")
    if second is None or second.unit != figure.unit or second.value <= figure.value:
        return figure
    return Figure(figure.value, figure.unit, "about", sentence[figure.start:second.end], figure.start, second.end)


def _rated(unit: str, sentence: str, end: int, rate: re.Match[str] | None) -> str:
    """Money per unit of energy keeps its rate in the unit ("4.500 USD/kW"); other rates ("đồng/kg", "tấn/năm")
    leave the unit as it is."""
    if rate is None or not unit.isupper() or len(unit) != 3:
        return unit
    per = rate.group().lstrip("/ ").strip()
    return f"{unit}/{per}" if per in _ENERGY_RATES else unit


def _is_aside(sentence: str, figure: Figure) -> bool:
    """GUIDELINES §4: "một trong N … lớn nhất" names a set the subject belongs to, and a number of "nếu … thì …"
    is an illustration; neither is a figure the article reports."""
    if _ONE_OF.search(sentence, max(0, figure.start - 25), figure.start) and _SUPERLATIVE.match(sentence, figure.end):
        return True
    if _RATIO_OPEN.search(sentence, max(0, figure.start - 12), figure.start) or (
            _RATIO_CLOSE.search(sentence, max(0, figure.start - 24), figure.start)
            and _RATIO_ANY.search(sentence, 0, figure.start)):
        return True
    after = _IF.search(sentence, figure.end, figure.end + 50)
    if (after is not None and _WOULD.search(sentence, max(0, figure.start - 50), figure.start)
            and not _FACTUAL_IF.match(sentence, after.end())):
        return True  # "có thể tăng lên 300 triệu USD trong cả năm, nếu nhịp độ tăng trưởng được giữ vững"
    when = _PRICE_WHEN.search(sentence, 0, figure.start + 1)
    if when is not None and _THEN.search(sentence, when.end()) is not None:
        return True  # "khi giá 100 USD thì Việt Nam chỉ hưởng 22 USD": a price illustration, "nếu" left unsaid
    condition = _IF.search(sentence, 0, figure.start)
    if condition is None:
        return False
    factual = _FACTUAL_IF.match(sentence, condition.end())
    if factual and not _FUTURE.search(sentence, condition.end(), factual.end()):
        return False
    return (_THEN.search(sentence, condition.end()) is not None
            or _WOULD.search(sentence, condition.end(), figure.start) is not None)


def _fractions(sentence: str, g: _Grammar) -> list[Figure]:
    """"chiếm 2/3 tổng …": a share as a fraction, unit "fraction", its value to three decimals; a value rounded so
    (1/3 is 0.333) is about unless a qualifier says more."""
    figures: list[Figure] = []
    if "/" not in sentence:
        return figures
    matches = sorted([*_FRACTION.finditer(sentence), *_FRACTION_END.finditer(sentence)], key=lambda m: m.start())
    for m in matches:
        n, d = int(m.group("n")), int(m.group("m"))
        if n >= d or _DATE_BEFORE.search(sentence, max(0, m.start() - 20), m.start()):
            continue
        qualifier, begin = _qualifier(sentence, m.start("n"), g)
        value = round(n / d, 3)
        if qualifier == "exact" and value != n / d:
            qualifier = "about"
        figures.append(Figure(value, "fraction", qualifier, sentence[begin:m.end()], begin, m.end()))
    return figures


def _is_counter(sentence: str, figure: Figure, g: _Grammar) -> bool:
    """"1.234 lượt xem", "Đã có 25 bình luận": a line that is a page's view, comment or follower counter and little
    else is page furniture; "video thu hút hơn 2 triệu lượt xem sau 2 ngày" is a figure."""
    if figure.unit not in g.counters:
        return False
    rest = sentence[:figure.start] + " " + sentence[figure.end:]
    return len(re.findall(r"[^\W\d_]+", rest)) <= 2


def _is_caliber(sentence: str, figure: Figure, g: _Grammar) -> bool:
    """"súng máy 127 mm MK45", "pháo chính MK 110 cỡ nòng 57mm": the caliber of a gun names its class."""
    gun = g.caliber.get(figure.unit)
    return gun is not None and gun.search(sentence, max(0, figure.start - 40), figure.start) is not None


def _is_furniture_or_class(sentence: str, figure: Figure, g: _Grammar) -> bool:
    """A page's own counter ("1.234 lượt xem") or a class named by a number ("súng máy 127 mm")."""
    return _is_counter(sentence, figure, g) or _is_caliber(sentence, figure, g)


def find_figures(sentence: str) -> list[Figure]:
    """Every statistic written in one sentence, in order; see the module docstring for what counts."""
    g = _grammar()
    figures = _ranks(sentence, g) + _fractions(sentence, g)
    taken = [(f.start, f.end) for f in figures]
    consumed = 0
    for m in g.number.finditer(sentence):
        if m.start() < consumed or any(s <= m.start() < e for s, e in taken):
            continue
        figure = _range_at(sentence, m, consumed, g) or _figure_at(sentence, m, consumed, g)
        if figure is not None:
            figure = _merge_range(sentence, figure, consumed, g)
            consumed = figure.end
            if not _is_aside(sentence, figure) and not _is_furniture_or_class(sentence, figure, g):
                figures.append(figure)
    return sorted(figures, key=lambda f: f.start)


@cache
def _unit_classes() -> dict[str, str]:
    g = _grammar()
    classes: dict[str, str] = {unit: "money" for unit in g.currencies.values()}
    classes.update({u.unit: "measure" for u in g.measures.values()})
    classes["percent"] = classes["percentage_point"] = "percent"
    for row in g.nouns.values():
        if row.kind in ("count", "classifier", "member"):
            classes.setdefault(row.unit, "pair" if row.spelled == "pair" else "count")
    classes["rank"] = "rank"
    classes["fraction"] = "percent"
    return classes


def unit_class(unit: str) -> str:
    """What kind of thing a figure's unit is: money (also "USD/kW"), percent, measure, rank, count, pair (a counted
    noun that also names the parties of a meeting: "địa phương", "nước") or unlisted (a fallback noun)."""
    return _unit_classes().get(unit.split("/")[0], "unlisted")
