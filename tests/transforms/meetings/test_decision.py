"""Decision stage: the committed model is the one `make train` makes from today's gold, and it means what it says."""
import json

import pytest

from flows import train
from tests.conftest import SHARED
from transforms.meetings import decision, find_meetings, meetings_in
from transforms.records import Meeting, PartnerRef

needs_gold = pytest.mark.skipif(not (SHARED / "gold" / "dev2.jsonl").exists(), reason="needs ../shared/gold")


@needs_gold
def test_model_was_trained_on_the_gold_as_it_is_now():
    payload = json.loads(decision.MODEL_PATH.read_text(encoding="utf-8"))
    assert payload["gold_sha256"] == train.gold_sha256(SHARED), "the gold changed: run `make train` and commit"
    assert tuple(payload["features"]) == decision.FEATURES
    assert "dev2-check" not in " ".join(payload["trained_on"])


@needs_gold
def test_training_is_deterministic_and_reproduces_the_committed_model(tmp_path):
    out = tmp_path / "model.json"
    assert train.main(["--shared", str(SHARED), "--out", str(out)]) == 0
    fresh, committed = json.loads(out.read_text("utf-8")), json.loads(decision.MODEL_PATH.read_text("utf-8"))
    assert fresh["coef"] == pytest.approx(committed["coef"], abs=1e-6)
    assert fresh["threshold"] == committed["threshold"]
    assert fresh["cv"]["meeting_f1"] > 0.8  # cross-validated by article, not the training score
    # The loose model (rows only loose readings propose) is reproduced too, over its own few features.
    assert fresh["loose"]["features"] == list(decision.LOOSE_FEATURES) == committed["loose"]["features"]
    assert fresh["loose"]["coef"] == pytest.approx(committed["loose"]["coef"], abs=1e-6)
    assert fresh["loose"]["threshold"] == committed["loose"]["threshold"]


def test_a_handful_of_right_rows_is_no_proof_of_precision():
    # flows/train._loose_threshold reports loose rows only when the lower bound of their cross-validated share of
    # real meetings reaches the strict rows' precision (0.95 or so): 5 of 5 is not sure to, 199 of 200 is.
    assert train._lower_bound(5, 5) < 0.7 and 0.9 < train._lower_bound(98, 100) < 0.95 < train._lower_bound(199, 200)
    assert train._lower_bound(0, 0) == 0.0


def test_loose_rows_are_judged_by_the_loose_model_only():
    strict = _candidate(primary=True, rule_kept=True, how_object=True, vn_named=True, foreign_named=True,
                        article_vietnamese=True, readings=2, article_rows=2, partner_rows=1)
    loose = _candidate(primary=True, extra=True, read_sentence=True, object=True, subject=True, vn_named=True,
                       foreign_named=True, article_vietnamese=True, partner_in_headline=True, strict_rows=1)
    model = decision.load_model()
    assert model is not None
    # A loose model that reports nothing (threshold 1, as `make train` sets it without proof) keeps no loose row ...
    never = decision.Model(decision.LOOSE_FEATURES, (0.0,) * len(decision.LOOSE_FEATURES),
                           (1.0,) * len(decision.LOOSE_FEATURES), (0.0,) * len(decision.LOOSE_FEATURES), 5.0, 1.0)
    assert decision.decide([strict, loose], model, never) == [strict]
    # ... and one that believes it reports it, with its own probability.
    eager = decision.Model(never.names, never.mean, never.scale, never.coef, 5.0, 0.5)
    assert decision.decide([strict, loose], model, eager) == [strict, loose] and loose.confidence > 0.99


def _candidate(**signals) -> Meeting:
    return Meeting(PartnerRef("Nhật Bản", "country", "JP"), "…", signals={"partner_kind": "country", **signals})


def test_confidence_orders_a_plain_reading_above_a_stray_one():
    model = decision.load_model()
    assert model is not None
    # "Chiều 4/7, Bộ trưởng X tiếp Đại sứ Y": read three times, both sides titled and named.
    plain = _candidate(primary=True, rule_kept=True, how_object=True, vn_named=True, foreign_named=True, dated=True,
                       readings=3, article_rows=1, partner_rows=1, vn_strong=True, vn_titled=True, foreign_titled=True)
    # A loose pairing far from its cue, with a foreign-named "Vietnamese" side and no person: a foreign-foreign story.
    stray = _candidate(primary=True, loose=True, bodies_only=True, future=True, reporting=True, article_rows=6,
                       partner_rows=3, rank=5, first_sentence=30, vn_foreign_name=True, gap=200)
    kept = decision.decide([plain, stray], model)
    assert kept == [plain]
    assert 0.0 <= stray.confidence < model.threshold <= 0.8 <= plain.confidence <= 1.0


def test_seed_meeting_comes_with_its_confidence():
    from tests.transforms.test_meetings import OAKLAND

    rows = find_meetings("Tăng cường hợp tác giữa các địa phương của Việt Nam và Hoa Kỳ", OAKLAND)
    oakland = [m for m in rows if m.partner.name == "Oakland" and m.is_primary]
    assert oakland and oakland[0].confidence is not None and oakland[0].confidence >= 0.8
    assert meetings_in("Giá vàng hôm nay", ["Giá vàng tăng."]) == []


def test_an_unnamed_national_side_in_an_article_that_never_names_viet_nam_is_no_meeting():
    # ../shared/corpus/dev2/21487330.txt: Canada's foreign minister meets US congressmen.
    from transforms.meetings import article_sentences, candidate_meetings
    from transforms.meetings.decision import decide

    body = ("Phóng viên TTXVN tại Canada cho biết trong ngày 7/2, bà Freeland có các cuộc gặp với Chủ tịch Hạ viện "
            "Mỹ Paul Ryan và Chủ tịch Ủy ban Đối ngoại Thượng viện Bob Corker.")
    rows = candidate_meetings("Ngoại trưởng Canada thăm Mỹ thúc đẩy quan hệ song phương", article_sentences(body))
    # The reporter's agency ("Phóng viên TTXVN") may not even make a candidate (parties._REPORTER_BEFORE).
    assert all(not m.signals["article_vietnamese"] and m.vn_person is None for m in rows)
    assert decide(rows) == [] and all(m.confidence is not None and m.confidence <= 0.05 for m in rows)
