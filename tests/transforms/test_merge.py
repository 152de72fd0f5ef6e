"""Merging readings of one meeting across articles (transforms/merge.py), on the shapes the 2017 audit found."""
from __future__ import annotations

import datetime as dt
import random

import polars as pl

from transforms.merge import EVIDENCE_SCHEMA, is_state_organ, merge_block, merge_meetings

US, SK = "p_us", "p_sk"


def reading(evidence_id: str, article: str, partner: str = US, kind: str = "country", code: str = "US",
            name: str = "Hoa Kỳ", day: tuple[int | None, int, int] | None = (2017, 5, 31), **fields: object
            ) -> dict[str, object]:
    year, month, dom = day if day else (None, None, None)
    row: dict[str, object] = {
        "evidence_id": evidence_id, "article_id": article, "ordinal": 0,
        "merge_block": merge_block(code, partner, month, dom), "partner_id": partner, "partner_name": name,
        "partner_kind": kind, "country_code": code,
        "meeting_date": dt.date(year, month, dom) if year and month and dom else None,
        "date_text": f"ngày {dom}/{month}" if dom else None, "meeting_year": year, "meeting_month": month,
        "meeting_day": dom, "vn_locality": None, "vn_person": "Nguyễn Xuân Phúc", "vn_title": "Thủ tướng",
        "foreign_person": "Donald Trump", "foreign_title": "Tổng thống", "is_primary": True,
        "evidence": f"evidence of {evidence_id}", "fields": [],
    }
    row.update(fields)
    return row


def merged(rows: list[dict[str, object]]) -> pl.DataFrame:
    return merge_meetings(pl.DataFrame(rows, schema=EVIDENCE_SCHEMA)).meetings


def test_the_white_house_talks_told_by_many_articles_are_one_meeting_with_the_date_and_fullest_names() -> None:
    rows = [
        reading("e1", "a1", day=(None, 5, 31), foreign_person="Trump"),
        reading("e2", "a2", vn_person="Phúc", foreign_person=None, foreign_title=None),
        reading("e3", "a3", vn_person="Ngyễn Xuân Phúc", foreign_person="Donald Trump"),
        reading("e4", "a4", day=(None, 5, 31), vn_title="Thủ tướng Chính phủ"),
    ]
    result = merge_meetings(pl.DataFrame(rows, schema=EVIDENCE_SCHEMA))
    assert result.meetings.height == 1
    meeting = result.meetings.row(0, named=True)
    assert meeting["meeting_date"] == dt.date(2017, 5, 31)
    assert (meeting["vn_person"], meeting["foreign_person"]) == ("Nguyễn Xuân Phúc", "Donald Trump")
    assert sorted(result.meeting_sources["article_id"]) == ["a1", "a2", "a3", "a4"]


def test_different_foreign_persons_days_or_years_stay_apart() -> None:
    rows = [
        reading("e1", "a1"),
        reading("e2", "a2", foreign_person="Mike Pence", foreign_title="Phó Tổng thống"),
        reading("e3", "a3", day=(2017, 6, 1)),
        reading("e4", "a4", day=(2016, 5, 31)),
    ]
    assert merged(rows).height == 4


def test_a_reading_without_a_person_never_chains_two_persons_together() -> None:
    rows = [
        reading("e1", "a1"),
        reading("e2", "a2", foreign_person=None),
        reading("e3", "a3", foreign_person="Mike Pence", foreign_title="Phó Tổng thống"),
    ]
    assert merged(rows).height == 2


def test_one_person_written_in_two_scripts_stays_two_rows_each_as_its_articles_write_it() -> None:
    # A merged row carries one spelling, and each article is read as it writes the name (GUIDELINES §3): merging
    # "Nawar Sharif" and "Na-oa Sa" by their office, or "Masaru Hashimoto" and "Hashimoto Masaru", cost more
    # per-article fields than it saved rows (make eval, dev2 meeting_exact 0.352 -> 0.338), so they stay apart.
    pk = {"partner": "p_pk", "code": "PK", "name": "Pakistan", "day": (2017, 5, 14), "vn_person": "Trần Đại Quang"}
    rows = [
        reading("e1", "a1", **pk, foreign_person="Nawar Sharif", foreign_title="Thủ tướng Pakistan"),
        reading("e2", "a2", **pk, foreign_person="Na-oa Sa", foreign_title="Thủ tướng Pa-ki-xtan"),
        reading("e3", "a3", **pk, foreign_person="Sharif", foreign_title="Thủ tướng"),
    ]
    result = merge_meetings(pl.DataFrame(rows, schema=EVIDENCE_SCHEMA))
    assert result.meetings.height == 2
    assert sorted(result.meetings["foreign_person"].to_list()) == ["Na-oa Sa", "Nawar Sharif"]


def test_a_body_read_without_its_head_joins_the_reading_whose_title_names_it() -> None:
    es = {"code": "ES", "day": (2017, 5, 23), "vn_person": "Phạm Bình Minh"}
    rows = [
        reading("e1", "a1", **es, partner="p_es", name="Tây Ban Nha", foreign_person="Alfonso Dastis",
                foreign_title="Bộ trưởng Ngoại giao Tây Ban Nha"),
        reading("e2", "a2", **es, partner="p_es_mfa", kind="organization", name="Bộ Ngoại giao Tây Ban Nha",
                foreign_person=None, foreign_title=None),
        # a body the person's title does not name is another counterpart
        reading("e3", "a3", **es, partner="p_es_co", kind="organization", name="Tập đoàn Indra Tây Ban Nha",
                foreign_person=None, foreign_title=None),
    ]
    result = merged(rows)
    assert result.height == 2
    assert "p_es" in result["partner_id"].to_list()


def test_a_country_and_its_ministry_in_one_article_are_one_meeting_named_by_the_country() -> None:
    rows = [
        reading("e1", "a1", partner=SK, code="SK", name="Slovakia", day=None, foreign_person=None),
        reading("e2", "a1", partner="p_sk_moi", kind="organization", code="SK", name="Bộ Nội vụ Slovakia",
                day=None, foreign_person="Robert Kaliňák"),
    ]
    result = merged(rows)
    assert result.height == 1 and result["partner_id"][0] == SK
    assert result["foreign_person"][0] == "Robert Kaliňák"


def test_a_company_met_the_same_day_as_the_country_is_another_meeting() -> None:
    rows = [
        reading("e1", "a1"),
        reading("e2", "a1", partner="p_coca", kind="organization", name="Tập đoàn Coca Cola", foreign_person=None,
                foreign_title="lãnh đạo Tập đoàn Coca Cola"),
    ]
    assert merged(rows).height == 2
    assert is_state_organ("Bộ Nội vụ Slovakia") and not is_state_organ("Tập đoàn Coca Cola")


def test_undated_readings_of_two_articles_merge_only_with_the_same_named_host() -> None:
    named = [reading("e1", "a1", day=None), reading("e2", "a2", day=None)]
    assert merged(named).height == 1
    visit = [reading("e1", "a1", day=None, foreign_person=None), reading("e2", "a2", day=None)]
    assert merged(visit).height == 1
    anonymous = [reading("e1", "a1", day=None, vn_person=None), reading("e2", "a2", day=None, vn_person=None)]
    assert merged(anonymous).height == 2


def test_the_result_does_not_depend_on_the_order_of_the_readings() -> None:
    rows = [
        reading("e1", "a1"), reading("e2", "a2", foreign_person=None), reading("e3", "a3", foreign_person="Pence"),
        reading("e4", "a4", day=(None, 5, 31)),
        reading("e5", "a5", partner="p_emb", kind="embassy", name="Đại sứ quán Hoa Kỳ", foreign_person="Kritenbrink"),
    ]
    expected = merge_meetings(pl.DataFrame(rows, schema=EVIDENCE_SCHEMA))
    for seed in range(5):
        shuffled = rows[:]
        random.Random(seed).shuffle(shuffled)
        again = merge_meetings(pl.DataFrame(shuffled, schema=EVIDENCE_SCHEMA))
        assert again.meetings.equals(expected.meetings)
        assert again.assignment.equals(expected.assignment)


def test_the_partner_is_the_one_the_named_foreign_person_heads() -> None:
    ambassador = [
        reading("e1", "a1", partner="p_emb", kind="embassy", name="Đại sứ quán Hoa Kỳ", foreign_person="Kritenbrink"),
        reading("e2", "a1", foreign_person=None),
    ]
    assert merged(ambassador)["partner_id"].to_list() == ["p_emb"]
    president = [
        reading("e1", "a1", partner="p_emb", kind="embassy", name="Đại sứ quán Hoa Kỳ", foreign_person=None),
        reading("e2", "a1"),
    ]
    assert merged(president)["partner_id"].to_list() == [US]


def test_one_person_under_an_initial_or_a_glued_word_is_one_person() -> None:
    rows = [
        reading("e1", "a1", foreign_person="Donald J. Trump"),
        reading("e2", "a2", foreign_person="Trump", day=(None, 5, 31)),
        reading("e3", "a3", foreign_person="Donald Trump Trong", day=(None, 5, 31)),
    ]
    assert merged(rows).height == 1


def test_the_title_is_the_most_specific_one_extending_what_most_sources_write() -> None:
    meeting = merged([
        reading("e1", "a1"),
        reading("e2", "a2"),
        reading("e3", "a3", foreign_title="Tổng thống Hợp chủng quốc Hoa Kỳ", vn_title="Thủ tướng Chính phủ"),
    ]).row(0, named=True)
    assert meeting["foreign_title"] == "Tổng thống Hợp chủng quốc Hoa Kỳ"
    assert meeting["vn_title"] == "Thủ tướng Chính phủ"
    # The country written another way still extends the title; another office does not.
    meeting = merged([
        reading("e1", "a1", foreign_title="Tổng thống Mỹ"),
        reading("e2", "a2", foreign_title="Tổng thống Mỹ"),
        reading("e3", "a3", foreign_title="Tổng thống Hợp chúng quốc Hoa Kỳ"),
    ]).row(0, named=True)
    assert meeting["foreign_title"] == "Tổng thống Hợp chúng quốc Hoa Kỳ"
    meeting = merged([
        reading("e1", "a1", foreign_title="Tổng thống Mỹ"),
        reading("e2", "a2", foreign_title="Tổng thống Mỹ"),
        reading("e3", "a3", foreign_title="Ủy viên Ban Chấp hành Đảng Cộng hòa, Tổng thống"),
    ]).row(0, named=True)
    assert meeting["foreign_title"] == "Tổng thống Mỹ"
