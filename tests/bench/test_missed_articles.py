"""bench/missed_articles.py's independent test on headlines and lead sentences of the baomoi 2017 corpus."""
from __future__ import annotations

import importlib.util
import sys

from tests.conftest import REPO

spec = importlib.util.spec_from_file_location("missed_articles", REPO / "bench" / "missed_articles.py")
assert spec and spec.loader
missed = importlib.util.module_from_spec(spec)
sys.modules["missed_articles"] = missed
spec.loader.exec_module(missed)

FOREIGN = missed._foreign_names()


def test_a_reception_of_a_foreign_delegation_looks_like_a_meeting():
    title = "Thứ trưởng Lê Quang Hùng tiếp đoàn Nghị sĩ Hạ viện Nhật Bản"
    body = "Ngày 10/7, tại trụ sở Bộ Xây dựng, Thứ trưởng Lê Quang Hùng có buổi làm việc với đoàn Nghị sĩ."
    assert missed.looks_like_meeting(title, body, FOREIGN, need_vn=True) == title


def test_sports_continuations_and_domestic_work_do_not():
    # "trận gặp U20 Pháp": an opponent; "tiếp tục": to continue; a ministry with a province: domestic.
    assert missed.looks_like_meeting("U20 Việt Nam: Thành bại nhờ hàng thủ", "Hòa ở ngày ra quân, cơ hội đi tiếp "
                                     "của U20 Việt Nam trông chờ vào trận gặp U20 Pháp.", FOREIGN, True) is None
    assert missed.looks_like_meeting("Nhật Bản tiếp tục hỗ trợ Việt Nam", "Chính phủ Nhật Bản sẽ tiếp tục hỗ trợ.",
                                     FOREIGN, True) is None
    assert missed.looks_like_meeting("Bộ xây dựng làm việc với UBND tỉnh Lâm Đồng", "Ngày 5/5, đoàn công tác đã "
                                     "làm việc với tỉnh.", FOREIGN, True) is None


def test_the_pair_test_wants_both_sides_in_the_headline_and_a_cue_in_the_lead():
    title = "Doanh nghiệp Hàn Quốc tìm cơ hội đầu tư nông nghiệp ở Hậu Giang"
    body = ("Ngày 22/5, Công ty trách nhiệm hữu hạn Hand & Hand (Hàn Quốc) có buổi làm việc với Ủy ban Nhân dân tỉnh "
            "Hậu Giang nhằm tìm kiếm cơ hội đầu tư trong lĩnh vực nông nghiệp. Đoàn đã khảo sát.")
    assert missed.pair_in_headline(title, body, FOREIGN) is not None
    assert missed.pair_in_headline("Hậu Giang tìm cơ hội đầu tư nông nghiệp", body, FOREIGN) is None
