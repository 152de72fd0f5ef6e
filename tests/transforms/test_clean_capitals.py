"""Headlines printed in capitals (templates and provincial portals do): the words take the case the article's own
text writes them in, so that names and titles are read as names and titles, not every word of the headline."""
from __future__ import annotations

import unicodedata

import polars as pl
import pytest

from bench import web_pages
from bench.web_pages import warehouse_rows
from tests.conftest import SEEDS
from transforms.clean import clean_articles, in_capitals, restore_case

SEED_FILES = sorted(SEEDS.glob("*.txt"))


def _clean(text: str) -> dict[str, object]:
    return clean_articles(pl.DataFrame({"article_id": ["a"], "text": [text]}).lazy()).collect().row(0, named=True)


def _in_capitals(path_text: str) -> str:
    """The seed page as it is, with only the line the cleaner takes for its headline printed in capitals."""
    title = _clean(path_text)["title"]
    lines = path_text.split("\n")
    i = next(i for i, line in enumerate(lines) if line.strip() == title)
    return "\n".join([*lines[:i], lines[i].upper(), *lines[i + 1:]])


@pytest.fixture(scope="module")
def seed_rows() -> tuple[dict[str, object], dict[str, object]]:
    plain = {p.name: p.read_text(encoding="utf-8") for p in SEED_FILES}
    capitals = {name: _in_capitals(text) for name, text in plain.items()}
    return warehouse_rows(plain), warehouse_rows(capitals)


@pytest.mark.parametrize("path", SEED_FILES, ids=lambda p: p.name)
def test_a_seed_page_with_its_headline_in_capitals_gives_the_same_rows(seed_rows, path) -> None:  # type: ignore[no-untyped-def]
    plain, capitals = seed_rows
    assert capitals[path.name].rejected is None
    assert plain[path.name].meetings, "every seed is a meeting article"
    assert capitals[path.name].meetings == plain[path.name].meetings
    assert capitals[path.name].statistics == plain[path.name].statistics


@pytest.mark.parametrize("path", SEED_FILES, ids=lambda p: p.name)
def test_the_headline_comes_back_as_the_page_writes_it_and_the_note_says_so(path) -> None:  # type: ignore[no-untyped-def]
    text = path.read_text(encoding="utf-8")
    plain, capitals = _clean(text), _clean(_in_capitals(text))
    assert plain["headline_note"] is None or "capitals" not in str(plain["headline_note"])
    assert "headline written in capitals" in str(capitals["headline_note"])
    # Every name of the headline is back (the seeds' headlines name a Vietnamese side and a foreign one).
    names = [w for w in str(plain["title"]).split()[1:] if w[:1].isupper()]
    restored = str(capitals["title"]).split()
    assert names and all(w in restored for w in names), (plain["title"], capitals["title"])


def test_the_gold_articles_of_seeds_and_dev_with_their_headline_in_capitals_give_their_rows() -> None:
    """The bench's variant on 31 articles: their headlines name both sides ("Thủ tướng Nguyễn Xuân Phúc hội đàm
    với Thủ tướng Hà Lan"); read word by word as capitals they gave titles such as "THỦ TƯỚNG NGUYỄN XUÂN PHÚC
    HỘI ĐÀM VỚI"."""
    articles = web_pages.gold_articles(("seeds", "dev"))
    total, diffs = web_pages.check(articles, seed=7, names=["headline_in_capitals"])
    assert total == len(articles) >= 20
    assert not diffs, "\n".join(f"{d.article}\n{d.describe()}" for d in diffs)


def test_a_word_takes_the_case_of_the_run_of_words_it_stands_in() -> None:
    text = ("Chiều 28/6, Chủ tịch nước Trần Đại Quang hội kiến Chủ tịch Hội đồng Liên bang Nga. "
            "Tại Hội đàm, hai bên trao đổi. Sau Hội đàm, ông nói hai nước đã hội đàm thẳng thắn.")
    headline = "CHỦ TỊCH NƯỚC TRẦN ĐẠI QUANG HỘI KIẾN CHỦ TỊCH HỘI ĐỒNG LIÊN BANG NGA, HỘI ĐÀM VỚI PTT"
    assert restore_case(headline, text) == \
        "Chủ tịch nước Trần Đại Quang hội kiến Chủ tịch Hội đồng Liên bang Nga, hội đàm với PTT"


def test_an_unknown_word_is_lower_case_and_an_abbreviation_keeps_its_capitals() -> None:
    assert restore_case("ĐOÀN HĐND TỈNH TIẾP ĐẠI SỨ", "Không có chữ nào giống.") == "Đoàn HĐND tỉnh tiếp đại sứ"


def test_decomposed_text_and_headline_are_read_as_composed() -> None:
    text = unicodedata.normalize("NFD", "Sáng nay, ông Lê Văn Hòa tiếp đoàn Hàn Quốc.")
    headline = unicodedata.normalize("NFD", "ÔNG LÊ VĂN HÒA TIẾP ĐOÀN HÀN QUỐC")
    assert restore_case(headline, text) == "Ông Lê Văn Hòa tiếp đoàn Hàn Quốc"


@pytest.mark.parametrize("headline, capitals", [
    ("THỦ TƯỚNG TIẾP ĐẠI SỨ NHẬT BẢN", True),
    ("Thủ tướng tiếp đoàn JETRO và KOICA tại TP.HCM", False),  # abbreviations in an ordinary headline
    ("ASEAN", False),  # one word
    ("APEC 2017: VIỆT NAM SẴN SÀNG", True),
])
def test_which_headlines_are_in_capitals(headline: str, capitals: bool) -> None:
    assert in_capitals(headline) is capitals
