"""Formats users drop in: saved HTML pages, byte-order marks, Windows-1258, the legacy font encodings
(TCVN3/ABC, VNI, VIQR), NFD and old-style tone placement."""
from __future__ import annotations

import re
import shutil
import unicodedata
from pathlib import Path

import polars as pl
import pytest

from tests.conftest import SEEDS
from tests.faults.conftest import contents, relative_paths
from transforms.clean import clean_articles
from transforms.decode import DecodeError, decode_article
from transforms.lexicon import LEXICON_DIR
from warehouse.db import USER_TABLES

pytestmark = pytest.mark.faults
SEED = next(SEEDS.glob("001_*.txt"))  # a meeting article with old-style candidates: hòa, thủy, khỏe...
TEXT = unicodedata.normalize("NFC", SEED.read_text(encoding="utf-8"))


def _table(name: str) -> list[list[str]]:
    lines = (LEXICON_DIR / name).read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines[1:] if line and not line.startswith("#")][1:]


def to_tcvn3(text: str) -> bytes:
    """TCVN3 has no code for capitals with tones: old files wrote them with the same bytes as lower case."""
    table = {letter: int(byte, 16) for byte, letter in _table("tcvn3.tsv")}
    out = bytearray()
    for ch in text:
        if ch in table or ch.lower() in table:
            out.append(table.get(ch, table.get(ch.lower(), 0)))
        else:
            out += ch.encode("ascii")
    return bytes(out)


def to_vni(text: str) -> bytes:
    table = {letter: bytes.fromhex(seq) for seq, letter in _table("vni.tsv")}
    return b"".join(table.get(ch) or ch.encode("ascii") for ch in text)


def to_viqr(text: str) -> str:
    """As RFC 1456 writes it: a mark character meant literally after a vowel gets a backslash."""
    table = {letter: seq for seq, letter in _table("viqr.tsv") if seq != "Dd"}
    out = []
    for before, ch in zip(" " + text, text, strict=False):
        vowel = unicodedata.normalize("NFD", before)[:1].lower() in "aeiouy"
        out.append("\\" + ch if ch in ".?'`~(^+" and vowel else table.get(ch, ch))
    return "".join(out)


def to_cp1258(text: str) -> bytes:
    """Windows-1258 writes tones as combining marks after a base letter it has (ê, ơ, ư, ă...)."""
    out = b""
    for ch in text:
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        parts = unicodedata.normalize("NFD", ch)
        tones = "".join(c for c in parts if c in "\u0300\u0301\u0303\u0309\u0323")
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in tones))
        out += base.encode("cp1258") + tones.encode("cp1258")
    return out


def old_tones(text: str) -> str:
    """New-style "hòa", "thủy" written old-style: "hoà", "thuỷ"."""
    def move(match: re.Match[str]) -> str:
        toned, follower = match.group(1), match.group(2)
        base, marks = unicodedata.normalize("NFD", toned)[0], unicodedata.normalize("NFD", toned)[1:]
        return base + unicodedata.normalize("NFC", follower + marks)
    return re.sub(r"(?<![qQ])([òóỏõọÒÓỎÕỌ])([aeAE])(?!\w)|([ùúủũụÙÚỦŨỤ])([yY])(?!\w)",
                  lambda m: move(m) if m.group(1) else move_uy(m), text)


def move_uy(match: re.Match[str]) -> str:
    parts = unicodedata.normalize("NFD", match.group(3))
    return parts[0] + unicodedata.normalize("NFC", match.group(4) + parts[1:])


def _ascii_safe(text: str) -> str:
    """The seed's text without the few symbols the legacy encodings have no byte for (quotes, dashes)."""
    return text.translate(str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "–": "-", "—": "-", "…": "...",
                                         "\xa0": " "}))


@pytest.mark.parametrize("variant", ["utf-8-bom", "utf-16-le-bom", "utf-16-be-bom", "nfd", "old-tones"])
def test_unicode_variants_decode_to_the_nfc_text(variant: str) -> None:
    raw = {
        "utf-8-bom": b"\xef\xbb\xbf" + TEXT.encode("utf-8"),
        "utf-16-le-bom": b"\xff\xfe" + TEXT.encode("utf-16-le"),
        "utf-16-be-bom": b"\xfe\xff" + TEXT.encode("utf-16-be"),
        "nfd": unicodedata.normalize("NFD", TEXT).encode("utf-8"),
        "old-tones": old_tones(TEXT).encode("utf-8"),
    }[variant]
    assert raw != TEXT.encode("utf-8")
    assert decode_article(raw).text == decode_article(TEXT.encode("utf-8")).text


@pytest.mark.parametrize(("name", "encode"), [("Windows-1258", to_cp1258), ("TCVN3", to_tcvn3), ("VNI", to_vni),
                                              ("VIQR", lambda t: to_viqr(t).encode("ascii"))])
def test_legacy_encodings_are_detected_and_decoded(name: str, encode, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = _ascii_safe(TEXT)
    raw = encode(text)
    if name == "VIQR":
        assert raw.isascii()  # valid UTF-8: only its look tells it apart
    else:
        with pytest.raises(UnicodeDecodeError):
            raw.decode("utf-8")
    decoded = decode_article(raw)
    want = decode_article(text.encode("utf-8")).text
    assert name in (decoded.note or "")
    # TCVN3 files carry capitals with tones as lower-case bytes: the letters are right, their case is lost.
    assert (decoded.text.lower() if name == "TCVN3" else decoded.text) == (want.lower() if name == "TCVN3" else want)


def test_a_legacy_file_too_short_to_tell_is_quarantined_naming_the_suspected_encoding() -> None:
    raw = to_tcvn3("Việt Nam và Hàn Quốc")
    with pytest.raises(DecodeError) as err:
        decode_article(raw)
    assert "no Vietnamese legacy encoding fits" in str(err.value) and "TCVN3" in str(err.value)


def _page(title: str, body: str) -> str:
    paragraphs = "\n".join(f"<p>{p}</p>" for p in body.split("\n"))
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">
<title>{title} | Báo Tin tức</title><meta property="og:title" content="{title}">
<meta property="article:published_time" content="2019-09-26T15:30:00+07:00">
<script>window.dataLayer = []; var related = "Tin liên quan";</script><style>.nav {{ color: red }}</style></head>
<body><nav><ul><li><a href="/">Trang chủ</a></li><li><a href="/thoi-su">Thời sự</a></li>
<li><a href="/the-gioi">Thế giới</a></li><li><a href="/kinh-te">Kinh tế</a></li></ul></nav>
<main><article><h1>{title}</h1><time datetime="2019-09-26T15:30:00+07:00">26/09/2019 15:30</time>
{paragraphs}</article>
<aside><h3>Tin liên quan</h3><ul><li><a href="/a">Hà Nội thúc đẩy hợp tác với Seoul trong năm tới</a></li>
<li><a href="/b">Đà Nẵng đón đoàn doanh nghiệp Nhật Bản tìm hiểu cơ hội đầu tư</a></li></ul></aside></main>
<footer><p>© Báo Tin tức. Giấy phép số 123/GP-BTTTT. Địa chỉ: 5 Lý Thường Kiệt, Hà Nội.</p></footer>
</body></html>"""


@pytest.fixture(scope="module")
def seed_article() -> dict[str, str]:
    frame = clean_articles(pl.LazyFrame({"article_id": ["a"], "text": [decode_article(SEED.read_bytes()).text]}))
    return frame.collect().row(0, named=True)


def test_an_html_page_gives_its_title_dateline_and_main_text(seed_article: dict[str, str]) -> None:
    decoded = decode_article(_page(seed_article["title"], seed_article["body"]).encode("utf-8"))
    lines = decoded.text.split("\n")
    assert lines[0] == seed_article["title"]
    assert lines[1] == "26/09/2019"
    assert "\n".join(lines[2:]) == seed_article["body"]
    for furniture in ("Trang chủ", "Tin liên quan", "dataLayer", "Giấy phép", "Đà Nẵng đón đoàn", "color"):
        assert furniture not in decoded.text
    assert "HTML" in (decoded.note or "")


def test_an_html_page_without_article_text_is_quarantined_saying_so() -> None:
    page = "<!DOCTYPE html><html><head><title>Trang chủ</title></head><body><nav><a href='/'>Trang chủ</a></nav>" \
           "<script>var x = 1;</script></body></html>"
    with pytest.raises(DecodeError, match="HTML page"):
        decode_article(page.encode("utf-8"))


@pytest.fixture(scope="module")
def twins(prefect_server: None, tmp_path_factory: pytest.TempPathFactory, seed_article: dict[str, str]) -> dict:
    """One warehouse per form of the same article, each file under the same name."""
    from flows.etl import etl

    forms = {
        "nfc": TEXT.encode("utf-8"),
        "nfd": unicodedata.normalize("NFD", TEXT).encode("utf-8"),
        "old-tones": old_tones(TEXT).encode("utf-8"),
        "html": _page(seed_article["title"], seed_article["body"]).encode("utf-8"),
    }
    out = {}
    for form, raw in forms.items():
        inbox = tmp_path_factory.mktemp(form) / "inbox"
        inbox.mkdir()
        (inbox / SEED.name).write_bytes(raw)
        shutil.copy(next(SEEDS.glob("003_*.txt")), inbox)
        warehouse = inbox.parent / "w.duckdb"
        etl(source_dir=str(inbox), warehouse=str(warehouse))
        rows = relative_paths(contents(warehouse, USER_TABLES), inbox)
        # The raw bytes differ by construction, and so their hash: nothing else may.
        out[form] = {t: [tuple(v for v in row if not (isinstance(v, str) and re.fullmatch(r"[0-9a-f]{64}", v)))
                         for row in r] for t, r in rows.items()}
    return out


@pytest.mark.parametrize("form", ["nfd", "old-tones"])
def test_nfd_and_old_tone_placement_give_exactly_the_rows_of_the_nfc_twin(twins: dict, form: str) -> None:
    assert twins["nfc"]["meetings"], "the article must give meetings for the comparison to mean something"
    for table in USER_TABLES:
        assert twins[form][table] == twins["nfc"][table], f"{table}: {form} differs from its NFC twin"


def test_an_html_page_of_an_article_gives_its_meetings(twins: dict) -> None:
    # The page's dateline may date what the text alone left without a year: partners, people and figures match.
    assert twins["html"]["partners"] == twins["nfc"]["partners"]
    assert len(twins["html"]["meetings"]) == len(twins["nfc"]["meetings"])
    figures = {form: sorted(row[3:7] for row in twins[form]["statistics"]) for form in ("html", "nfc")}
    assert figures["html"] == figures["nfc"]  # value, unit, qualifier, raw_text (ids hash another text)
