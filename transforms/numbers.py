"""Vietnamese numerals: digits with a decimal comma and thousands dots, number words, and scale words.

Digits follow the Vietnamese convention: "," is the decimal mark and "." groups thousands ("1,6" is 1.6,
"80.000" is 80000, "1.234.567,8" is 1234567.8). Where the text alone is ambiguous the rule is:

- both marks present: the last one is the decimal mark ("1.234,5" and the English "1,234.5" both read 1234.5);
- several of the same mark: thousands groups ("1.234.567", and English "1,234,567");
- one dot: thousands when exactly three digits follow ("2.330" is 2330), else a decimal point ("30.5" is 30.5);
- one comma: always a decimal comma ("1,600" is 1.6), because the Vietnamese press writes thousands with dots,
  even after a dollar sign ("$17,693/oz" is silver at 17.693, "$1.232,10" gold at 1232.1). A caller that
  knows its text is English-style passes english=True: a single comma before exactly three digits then
  groups thousands. (statistics.py does so only for counted things, which are whole: "hơn 2,000 nhân viên".)

Number words ("hai", "mười lăm", "một trăm linh năm", "hai triệu ba trăm nghìn") are read by the usual
Vietnamese grammar; "một trăm" is 100. Word lists live in lexicons/number_words.tsv.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from transforms.lexicon import load_tsv

_DIGITS = re.compile(r"[-+−]?\d+(?:[.,]\d+)*")


@dataclass(frozen=True)
class NumberWord:
    """One row of lexicons/number_words.tsv."""

    word: str
    value: float
    role: str  # digit, after_tens, ten, tens, hundred, filler, scale, half, ordinal
    standalone: bool


@cache
def number_words() -> dict[str, NumberWord]:
    """Number words keyed by their lowercase spelling."""
    words = {}
    for row in load_tsv("number_words.tsv"):
        word = row["word"].lower()
        words[word] = NumberWord(word, float(row["value"]), row["role"], row["standalone"] == "yes")
    return words


def scale_of(word: str) -> float | None:
    """Multiplier of a scale word or a run of them: "nghìn" 1e3, "tỷ" 1e9, "nghìn tỷ" 1e12; None otherwise."""
    parts = word.lower().split()
    if not parts:
        return None
    product = 1.0
    for part in parts:
        entry = number_words().get(part)
        if entry is None or entry.role not in ("scale", "hundred"):
            return None
        product *= entry.value
    return product


def _parse_digits(text: str, english: bool) -> float | None:
    sign = -1.0 if text[0] in "-−" else 1.0
    text = text.lstrip("+-−")
    if not re.fullmatch(r"\d+(?:[.,]\d+)*", text):
        return None
    dots, commas = text.count("."), text.count(",")
    if dots and commas:
        decimal = "." if text.rfind(".") > text.rfind(",") else ","
        if text.count(decimal) > 1:
            return None
        grouping = "," if decimal == "." else "."
        text = text.replace(grouping, "").replace(decimal, ".")
    elif dots or commas:
        mark = "." if dots else ","
        groups = text.split(mark)
        thousands = all(len(g) == 3 for g in groups[1:])
        if len(groups) > 2:
            if not thousands:
                return None
            text = "".join(groups)
        elif thousands and (mark == "." and not english or mark == "," and english):
            text = "".join(groups)
        else:
            text = ".".join(groups)
    return sign * float(text)


def parse_words(words: list[str]) -> float | None:
    """Value of a whole run of number words ("hai mươi lăm" 25, "một nghìn tỷ" 1e12); None when not a numeral.

    Strict where Vietnamese is: after "mươi"/"mười" five is "lăm" ("hai mươi năm" is twenty years, not 25;
    "mười năm" is ten years).
    """
    table = number_words()
    total, group, last_scale = 0.0, 0.0, 0.0
    digit: float | None = None
    previous = ""
    for word in words:
        entry = table.get(word.lower())
        if entry is None or entry.role == "ordinal":
            return None
        role, value = entry.role, entry.value
        if role == "digit":
            if digit is not None or previous in ("ten", "tens") and value == 5:
                return None
            digit = value
        elif role == "after_tens":
            if previous not in ("ten", "tens") or value == 1 and previous == "ten":
                return None
            group += value
        elif role == "ten":
            if digit is not None or previous in ("ten", "tens"):
                return None
            group += 10
        elif role in ("tens", "hundred"):
            if digit is None:
                return None
            group += digit * value
            digit = None
        elif role == "filler":
            if previous != "hundred":
                return None
        elif role == "scale":
            current = group + (digit or 0.0)
            if current == 0 and total == 0:
                return None
            if current == 0:
                total *= value
            elif not last_scale or value < last_scale:
                total += current * value
            else:
                total = (total + current) * value
            group, digit, last_scale = 0.0, None, value
        elif role == "half":
            if previous == "scale":
                total += last_scale / 2
            elif previous == "hundred":
                group += 50
            else:
                return None
        previous = role
    if previous == "filler":
        return None
    return total + group + (digit or 0.0)


def ordinal_value(word: str) -> int | None:
    """Value of an ordinal written after "thứ": "nhất" 1, "nhì"/"hai" 2, "tư"/"bốn" 4, "9" 9; None otherwise."""
    if word.isdigit():
        return int(word)
    entry = number_words().get(word.lower())
    if entry is None or entry.role not in ("digit", "after_tens", "ten", "ordinal") or entry.value == 0:
        return None
    return int(entry.value)


def parse_number(text: str, *, english: bool = False) -> float | None:
    """Value of a written number: "1,6" 1.6, "80.000" 80000, "04" 4, "hai" 2, "một trăm" 100, "1,6 tỷ" 1.6e9.

    A number in digits may be followed by scale words ("2.330 tỷ"); see the module docstring for how an
    ambiguous "1,600" is read and what english=True changes. Returns None for anything else.
    """
    parts = text.strip().split()
    if not parts:
        return None
    if _DIGITS.fullmatch(parts[0]):
        value = _parse_digits(parts[0], english)
        if value is None or len(parts) == 1:
            return value
        scale = scale_of(" ".join(parts[1:]))
        return None if scale is None else value * scale
    return parse_words(parts)
