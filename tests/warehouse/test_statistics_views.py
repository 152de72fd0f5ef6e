"""Figures with their confidence in the warehouse built from the seeds: the column, the review view, the overview."""
from __future__ import annotations

from pathlib import Path

from warehouse.db import Warehouse


def test_every_figure_has_a_confidence_and_the_uncertain_ones_are_listed(seed_warehouse: Path) -> None:
    with Warehouse(seed_warehouse, read_only=True) as wh:
        stats = wh.query("SELECT value, unit, confidence FROM statistics")
        review = wh.query("SELECT confidence, stat_id FROM statistics_to_review")
        overview = wh.query("SELECT stat_id, confidence FROM statistics_overview")
        below = wh.query("SELECT stat_id FROM statistics WHERE confidence < 0.9 ORDER BY stat_id")
    assert stats.height > 0 and stats["confidence"].null_count() == 0
    assert stats["confidence"].min() >= 0 and stats["confidence"].max() <= 1
    assert sorted(review["stat_id"]) == list(below["stat_id"])
    assert review["confidence"].to_list() == sorted(review["confidence"].to_list())
    assert overview.height == stats.height and overview["confidence"].null_count() == 0
    # the seed's headline figures (GUIDELINES §4) are in, with the model's confidence
    kept = {(v, u) for v, u in zip(stats["value"], stats["unit"], strict=True)}
    assert {(1.6e9, "USD"), (600.0, "project"), (9.0, "rank"), (355.0, "km")} <= kept
