"""Price illustrations are no figures (GUIDELINES §4) also when "nếu" is left unsaid: "khi giá 100 USD thì ..." (corpus
22448321, the Nike shoe the Prime Minister used as an example); "trong khi giá ... thì" still contrasts two facts."""
from __future__ import annotations

from transforms.statistics import find_figures


def values(sentence: str) -> list[tuple[float, str]]:
    return [(f.value, f.unit) for f in find_figures(sentence)]


def test_a_price_set_by_khi_with_thi_is_an_illustration() -> None:
    assert values("Khi đặt vấn đề đảm bảo lợi ích của hai bên, Thủ tướng đã nêu câu chuyện giày Nike, khi giá 100 USD "
                  "thì Việt Nam chỉ hưởng 22 USD.") == []
    assert values("Khi một đôi giày có giá 100 USD thì phía Việt Nam chỉ hưởng lợi 22 USD.") == []


def test_facts_around_khi_and_gia_stay_figures() -> None:
    assert values("Trong khi giá 100 USD thì Việt Nam hưởng 22 USD.") == [(100.0, "USD"), (22.0, "USD")]
    assert values("Kim ngạch thương mại hai chiều đạt 7 tỷ USD khi giá dầu tăng.") == [(7e9, "USD")]
