"""A foreign person's name as the article writes it most often (issue 8): a one-letter slip or a hyphen of one
mention does not decide the spelling; another count of words ("V. Volodin"/"Volodin") is another form, not a slip."""
from __future__ import annotations

import pytest

from transforms.meetings.mentions import Party
from transforms.meetings.merge import _usual_spelling, _variant_spelling
from transforms.meetings.parties import _Article


def article_with(*names: str) -> _Article:
    article = _Article()
    for i, name in enumerate(names):
        article.remember(Party("person", 0, 1, side="foreign", person=name, sentence=i + 1))  # 0 is the headline
    return article


@pytest.mark.parametrize(("a", "b", "same"), [
    ("La Khanh Thụy", "La Khang Thụy", True),
    ("Yoon Jong-keun", "Yoon Jong Keun", True),
    ("V. Volodin", "Volodin", False),
    ("John Mc Cain", "John McCain", False),
    ("Kim Jong Un", "Kim Jong Il", False),
    ("Vương Nghị", "Vương Kỳ", False),
])
def test_variant_spellings(a: str, b: str, same: bool) -> None:
    assert _variant_spelling(a, b) is same


def test_the_spelling_written_most_often_wins() -> None:
    # corpus 22236292 (lead "La Khanh Thụy", body "La Khang Thụy" twice); the lead's slip is not the name.
    article = article_with("La Khanh Thụy", "La Khang Thụy", "La Khang Thụy")
    assert _usual_spelling(article, "La Khanh Thụy") == "La Khang Thụy"
    assert _usual_spelling(article, "La Khang Thụy") == "La Khang Thụy"


def test_a_tie_keeps_the_spelling_found() -> None:
    article = article_with("Yoon Jong-keun", "Yoon Jong Keun")
    assert _usual_spelling(article, "Yoon Jong-keun") == "Yoon Jong-keun"
    assert _usual_spelling(article_with("Tập Cận Bình"), None) is None
