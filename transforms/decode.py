"""Raw article bytes -> normalised text, or a specific reason why the bytes are not an article."""
from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass

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
    try:
        legacy = raw.decode("cp1258")
    except UnicodeDecodeError:
        legacy = ""
    if legacy and len(_VIETNAMESE_WORDS.findall(normalize_text(legacy).lower())) >= 3:
        return _checked(legacy, f"{utf8_error}; decoded as Windows-1258 (legacy Vietnamese)")
    raise DecodeError(f"not UTF-8 ({utf8_error}) and no Vietnamese legacy encoding fits")


def _checked(text: str, note: str | None) -> Decoded:
    text = normalize_text(text)
    controls = len(_CONTROL.findall(text))
    if controls > max(3, len(text) // 100):
        raise DecodeError(f"binary file: {controls} control characters in {len(text)} characters of text")
    if not any(ch.isalpha() for ch in text):
        raise DecodeError("no letters in the file: not an article")
    # Removing a control character can bring a base letter and a combining mark together: compose again.
    return Decoded(unicodedata.normalize("NFC", _CONTROL.sub("", text)), note)


def text_hash(text: str) -> str:
    """Stable article id from the normalised text (same article in two encodings -> one id)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:20]
