"""The small-count features of the figure model read counts only: a rank written in words ("lớn thứ hai") is a
figure of the same kind as "thứ 2", not one of the two sides (real sentences of the 2017 corpus, gold excluded)."""
from __future__ import annotations

from transforms import figure_model as fm
from transforms.statistics import find_figures
from transforms.text import normalize_text


def context(sentence: str, value: float) -> fm.FigureContext:
    sentence = normalize_text(sentence)
    [ctx] = [c for c in fm.contexts("", [sentence], [find_figures(sentence)]) if c.figure.value == value]
    return ctx


RANK = "Đồng thời, là thị trường XK lớn thứ hai của Việt Nam sau Hoa Kỳ."
COUNT = "Diễn đàn gồm ba hoạt động chính: Lễ khai mạc, Hội nghị bàn tròn cấp cao và Hội nghị cấp cao."


def test_a_rank_in_words_is_no_small_count():
    rank = context(RANK, 2)
    assert fm.unit_class_of(rank) == "rank"
    assert (fm.spelled(rank), fm.value_two(rank), fm.value_small(rank)) == (0.0, 0.0, 0.0)
    count = context(COUNT, 3)
    assert (fm.spelled(count), fm.value_two(count), fm.value_small(count)) == (1.0, 0.0, 1.0)


def test_the_committed_model_keeps_a_rank_in_words():
    model = fm.load_model()
    assert model.confidence(context(RANK, 2)) >= model.threshold
