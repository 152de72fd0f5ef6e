"""The suites catch what they promise to catch, on frames shaped like the pipeline's."""
from __future__ import annotations

import polars as pl

from expectations import runner, suites


def _stats(**overrides: list) -> pl.DataFrame:
    data = {
        "stat_id": ["s1", "s2"], "article_id": ["a", "a"], "meeting_id": ["m", "m"], "value": [1.6e9, 600.0],
        "unit": ["USD", "project"], "qualifier": ["about", "more_than"],
        "raw_text": ["xấp xỉ 1,6 tỷ USD", "hơn 600 dự án"],
        "evidence": ["...", "..."],
    }
    data.update(overrides)
    return pl.DataFrame(data)


def _failed(results: pl.DataFrame) -> set[str]:
    return {f"{r['expectation']}:{r['column_name']}" for r in runner.critical_failures(results).iter_rows(named=True)}


def test_good_statistics_pass() -> None:
    results = runner.validate(suites.extracted_suite(["trade"]), {"statistics": _stats()})
    assert results.height >= 6 and not _failed(results)


def test_negative_value_unknown_qualifier_and_bad_unit_are_critical() -> None:
    bad = _stats(value=[-5.0, 600.0], qualifier=["exact", "roughly"], unit=["usd dollars", "project"])
    assert _failed(runner.validate(suites.extracted_suite(["trade"]), {"statistics": bad})) == {
        "statistics.expect_column_values_to_be_between:value",
        "statistics.expect_column_values_to_be_in_set:qualifier",
        "statistics.expect_column_values_to_match_regex:unit",
    }


def test_country_codes_must_be_iso_and_foreign() -> None:
    partners = pl.DataFrame({
        "partner_id": ["p1", "p2", "p3"], "name": ["Kansas", "Atlantis", "Hà Nội"],
        "kind": ["state", "country", "city"],
        "country_code": ["US", "XX", "VN"], "parent_partner_id": [None, None, None],
    })
    failed = _failed(runner.validate(suites.extracted_suite([]), {"partners": partners}))
    assert failed == {
        "partners.expect_column_values_to_be_in_set:country_code",
        "partners.expect_column_values_to_not_be_in_set:country_code",
    }


def test_foreign_keys_are_checked_against_the_batch_and_warehouse() -> None:
    meetings = pl.DataFrame({"meeting_id": ["m1"], "partner_id": ["p_missing"]})
    step = suites.warehouse_suite(partner_ids={"p1"}, meeting_ids={"m1"}, sourced_meeting_ids=set(), article_ids={"a"})
    assert _failed(runner.validate(step, {"meetings": meetings})) == {
        "meetings.expect_column_values_to_be_in_set:partner_id",
        "meetings.expect_column_values_to_be_in_set:meeting_id",  # a meeting without a source article
    }


def test_boilerplate_left_in_a_body_fails_the_clean_suite() -> None:
    stg = pl.DataFrame({
        "article_id": ["a"], "title": ["Lãnh đạo TP HCM tiếp đoàn công tác"], "is_nfc": [True],
        "body": ["Chiều 10-3, ông Nguyễn Văn Thọ tiếp đoàn công tác Hội đồng TP Daejeon.\nTin liên quan\nBài khác"],
    })
    assert _failed(runner.validate(suites.clean_suite(), {"stg_articles": stg})) == {
        "stg_articles.expect_column_values_to_not_match_regex:body",
    }
