"""Raw article bytes -> normalised text, or a specific reason why the bytes are not an article."""
from __future__ import annotations

import hashlib
import html
import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from transforms.html import MIN_WORDS, html_to_text, looks_like_html
from transforms.lexicon import LEXICON_DIR
from transforms.text import normalize_text

# A legacy file decoded as cp1258 must read as Vietnamese: these very common words carry the test.
_VIETNAMESE_WORDS = re.compile(r"\b(của|và|các|những|được|trong|với|cho|người|năm|đã|là|có)\b")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


class DecodeError(ValueError):
    """Raw bytes that cannot become article text; the message is the quarantine reason."""


@dataclass(frozen=True)
class Decoded:
    text: str
    note: str | None  # e.g. "dropped a truncated UTF-8 character at the end"


def decode_article(raw: bytes) -> Decoded:
    """Bytes -> normalised text, or DecodeError with a specific, human-readable reason."""
    if not raw.strip():
        raise DecodeError("empty file" if not raw else "file holds only white space")
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return _checked(raw.decode("utf-16"), "decoded as UTF-16 (byte-order mark)")
        except UnicodeDecodeError as exc:
            raise DecodeError(f"UTF-16 byte-order mark but invalid UTF-16 at byte {exc.start}") from exc
    if b"\x00" in raw:
        nuls = raw.count(0)
        raise DecodeError(f"binary file: {nuls} NUL bytes in {len(raw)} bytes")
    try:
        return _checked(raw.decode("utf-8-sig"), None)
    except UnicodeDecodeError as exc:
        if exc.reason == "unexpected end of data" and exc.start >= len(raw) - 3:
            return _checked(raw[: exc.start].decode("utf-8-sig"), "dropped a truncated UTF-8 character at the end")
        utf8_error = f"invalid UTF-8 at byte {exc.start}"
    name, legacy, words = _legacy(raw)
    if legacy is not None and words >= 3:
        return _checked(legacy, f"{utf8_error}; decoded as {name} (legacy Vietnamese)")
    suspected = (f"closest: {name}, {words} common Vietnamese word{'s' if words != 1 else ''}" if words
                 else "none reads as Vietnamese")
    raise DecodeError(f"not UTF-8 ({utf8_error}) and no Vietnamese legacy encoding fits "
                      f"(tried Windows-1258, TCVN3, VNI; {suspected})")


def _checked(text: str, note: str | None) -> Decoded:
    if looks_like_html(text):
        page = html_to_text(text)
        if page is None:
            raise DecodeError("an HTML page with no article text in it (trafilatura found no main text of "
                              f"{MIN_WORDS} words or more)")
        text, note = page, "; ".join(n for n in (note, "HTML page: title, date and main text extracted") if n)
    elif text.isascii():
        # ASCII that reads as Vietnamese only once its VIQR marks ("Vie^.t", "ho+.p") become letters.
        viqr = from_viqr(text)
        if _vietnamese_words(viqr) >= _vietnamese_words(text) + 3:
            text, note = viqr, "; ".join(n for n in (note, "decoded as VIQR (legacy Vietnamese in ASCII)") if n)
    text = normalize_text(_web_text(text))
    controls = len(_CONTROL.findall(text))
    if controls > max(3, len(text) // 100):
        raise DecodeError(f"binary file: {controls} control characters in {len(text)} characters of text")
    if not any(ch.isalpha() for ch in text):
        raise DecodeError("no letters in the file: not an article")
    # Removing a control character can bring a base letter and a combining mark together: compose again.
    return Decoded(unicodedata.normalize("NFC", _CONTROL.sub("", text)) if controls else text, note)


# Text copied out of web pages keeps what the browser hid: soft hyphens and zero-width joiners inside words,
# thin and narrow no-break spaces, and HTML entities ("&nbsp;", "&quot;", "&#7845;") of a page saved as text.
_INVISIBLE = re.compile("[\u00ad\u200c\u200d\u2060\u180e]")
_ODD_SPACE = re.compile("[\u2000-\u200a\u202f\u205f\u3000\t]+")
_ENTITY = re.compile(r"&(?:[a-zA-Z]{2,8}|#\d{2,6}|#x[0-9a-fA-F]{2,5});")


_INVISIBLE_CHARS = "\u00ad\u200c\u200d\u2060\u180e"
_ODD_SPACE_CHARS = "".join(map(chr, range(0x2000, 0x200B))) + "\u202f\u205f\u3000\t"


def _web_text(text: str) -> str:
    # Most texts have none of these: a character search (C speed) spares them a regular expression's scan.
    if "&" in text and _ENTITY.search(text):
        text = html.unescape(text)
    if any(c in text for c in _INVISIBLE_CHARS):
        text = _INVISIBLE.sub("", text)
    if any(c in text for c in _ODD_SPACE_CHARS):
        text = _ODD_SPACE.sub(" ", text)
    return text


def text_hash(text: str) -> str:
    """Stable article id from the normalised text (same article in two encodings -> one id)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:20]


# --- legacy Vietnamese encodings (tables in lexicons/: viqr.tsv, vni.tsv, tcvn3.tsv) -------------------


@cache
def _tcvn3_table() -> dict[int, str]:
    return {int(row["byte"], 16): row["letter"] for row in _raw_tsv("tcvn3.tsv")}


@cache
def _vni_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    """VNI bytes read as Latin-1 (one character per byte) -> letter; the longest sequence wins."""
    table = {bytes.fromhex(row["bytes"]).decode("latin-1"): row["letter"] for row in _raw_tsv("vni.tsv")}
    alternatives = "|".join(re.escape(seq) for seq in sorted(table, key=len, reverse=True))
    return re.compile(alternatives), table


@cache
def _viqr_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    table = {row["viqr"]: row["letter"] for row in _raw_tsv("viqr.tsv")}
    alternatives = "|".join(re.escape(seq) for seq in sorted(table, key=len, reverse=True))
    return re.compile(r"\\[.?'`~(^+]|" + alternatives), table


def _raw_tsv(name: str) -> list[dict[str, str]]:
    """A legacy table's rows as written: normalising its cells would rewrite the byte sequences it holds."""
    path = LEXICON_DIR / name
    lines = [line.rstrip("\n") for line in path.read_text(encoding="utf-8").splitlines()
             if line.strip() and not line.startswith("#")]
    header = lines[0].split("\t")
    return [dict(zip(header, line.split("\t"), strict=True)) for line in lines[1:]]


def _from_tcvn3(raw: bytes) -> str:
    return raw.decode("latin-1").translate(_tcvn3_table())


def _from_vni(raw: bytes) -> str:
    pattern, table = _vni_pattern()
    return pattern.sub(lambda m: table[m.group(0)], raw.decode("latin-1"))


def _from_cp1258(raw: bytes) -> str:
    return raw.decode("cp1258")


# After a vowel, an unescaped "." ending a line ends the paragraph's last sentence: not a dot below. (Before a
# capital it cannot be told from a tone: "Bo^. Ngoa.i giao" is Bộ Ngoại giao.)
_PARAGRAPH_END = re.compile(r"[ \t]*(?:\n|$)")


def from_viqr(text: str) -> str:
    """ASCII VIQR ("Vie^.t Nam", "ho+.p ta'c") -> Unicode letters.

    RFC 1456 writes a mark character meant literally after a vowel with a backslash ("cao\\."); an
    unescaped "." ending a line is read as punctuation too.
    """
    pattern, table = _viqr_pattern()

    def letter(match: re.Match[str]) -> str:
        sequence = match.group(0)
        if sequence.startswith("\\"):
            return sequence[1:]
        if sequence[-1] == "." and _PARAGRAPH_END.match(text, match.end()):
            return table.get(sequence[:-1], sequence[:-1]) + sequence[-1]
        return table[sequence]
    return pattern.sub(letter, text)


_LEGACY_DECODERS = (("Windows-1258", _from_cp1258), ("TCVN3", _from_tcvn3), ("VNI", _from_vni))


def _vietnamese_words(text: str) -> int:
    return len(_VIETNAMESE_WORDS.findall(normalize_text(text).lower()))


def _legacy(raw: bytes) -> tuple[str, str | None, int]:
    """The legacy encoding under which the bytes read most like Vietnamese: (name, text, common words)."""
    best: tuple[str, str | None, int] = ("none", None, 0)
    for name, decoder in _LEGACY_DECODERS:
        try:
            text = decoder(raw)
        except UnicodeDecodeError:
            continue
        words = _vietnamese_words(text)
        if words > best[2]:
            best = (name, text, words)
    return best
