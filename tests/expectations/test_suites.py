"""The suites catch what they promise to catch, on frames shaped like the pipeline's."""
from __future__ import annotations

import unicodedata

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
    results = runner.validate(step, {"meetings": meetings})
    assert _failed(results) == {
        "meetings.expect_column_values_to_be_null:unknown_partner_id",
        "meetings.expect_column_values_to_be_null:unsourced_meeting_id",  # a meeting without a source article
    }
    assert "p_missing" in results.filter(pl.col("column_name") == "unknown_partner_id")["details"][0]


def _article(body: str) -> pl.DataFrame:
    return pl.DataFrame({
        "article_id": ["a"], "title": ["Lãnh đạo TP HCM tiếp đoàn công tác"], "body": [body],
    })


def test_boilerplate_left_in_a_body_fails_the_clean_suite() -> None:
    stg = _article("Chiều 10-3, ông Nguyễn Văn Thọ tiếp đoàn công tác Hội đồng TP Daejeon.\nTin liên quan\nBài khác")
    results = runner.validate(suites.clean_suite(), {"stg_articles": stg})
    assert _failed(results) == {"stg_articles.expect_column_values_to_be_null:furniture_in_body"}
    details = results.filter(pl.col("column_name") == "furniture_in_body")["details"][0]
    assert "Tin liên quan" in details  # the result says which marker was left


def test_related_words_in_prose_are_not_furniture() -> None:
    # Real corpus sentences: lower-case "tin liên quan" is the language, not a related-links heading.
    stg = _article("Công an Q.2, TP.HCM đã xác định được 1 số thông tin liên quan đến vụ việc. Theo đó, hai nạn "
                   "nhân là hai cụ ông và là hai anh em ruột.")
    assert not _failed(runner.validate(suites.clean_suite(), {"stg_articles": stg}))


def test_a_photo_credit_left_in_prose_is_a_warning_not_a_rejection() -> None:
    stg = _article("HLV Frank Bernhardt sẵn sàng tuyên chiến với U23 Việt Nam trên sân Thống Nhất. Ảnh: Đình Viên. "
                   "Về tình hình hiện tại của U23 Malaysia, chúng tôi đang gặp khó khăn nhất định.")
    results = runner.validate(suites.clean_suite(), {"stg_articles": stg})
    assert not _failed(results)
    credit = results.filter(pl.col("column_name") == "credit_in_body")
    assert credit["success"].to_list() == [False] and credit["critical"].to_list() == [False]


def test_si_symbols_of_power_and_energy_are_units() -> None:
    stats = _stats(unit=["MW", "kWh"], raw_text=["2.000 MW", "1,2 tỷ kWh"])
    assert not _failed(runner.validate(suites.extracted_suite(["energy"]), {"statistics": stats}))


def test_a_decomposed_body_fails_the_nfc_expectation() -> None:
    body = "Chiều 10-3, ông Nguyễn Văn Thọ tiếp đoàn công tác Hội đồng TP Daejeon."
    stg = _article(unicodedata.normalize("NFD", body))
    assert _failed(runner.validate(suites.clean_suite(), {"stg_articles": stg})) == {
        "stg_articles.expect_column_values_to_be_in_set:is_nfc",
    }
