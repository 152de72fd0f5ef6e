"""Triage lets through an article whose only Vietnamese side is a spelled-out People's Committee (baomoi 22341564)."""
import polars as pl

from transforms import triage


def test_a_spelled_out_people_s_committee_is_a_vietnamese_side():
    head = "Ngày 22/5, Công ty Hand & Hand (Hàn Quốc) có buổi làm việc với Ủy ban Nhân dân tỉnh Hậu Giang."
    frame = pl.DataFrame({"article_id": ["a", "b"], "title": ["Doanh nghiệp tìm cơ hội đầu tư", "Tin vắn"],
                          "body": [head, "Công ty Hand & Hand (Hàn Quốc) có buổi làm việc với khách hàng."]})
    assert triage.mark_candidates(frame.lazy()).collect()["is_candidate"].to_list() == [True, False]
