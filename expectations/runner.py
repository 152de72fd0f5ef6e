"""Runs a step's suite on Polars frames and returns one result row per expectation."""
from __future__ import annotations

import datetime as dt
import json
import logging
import os
from functools import cache

import great_expectations as gx
import polars as pl

from expectations.suites import StepSuite

os.environ.setdefault("GX_ANALYTICS_ENABLED", "False")
logging.getLogger("great_expectations").setLevel(logging.ERROR)

RESULT_SCHEMA = {
    "suite": pl.String, "expectation": pl.String, "column_name": pl.String, "critical": pl.Boolean,
    "success": pl.Boolean, "unexpected": pl.Int64, "details": pl.String,
}


@cache
def _context():  # type: ignore[no-untyped-def]
    import great_expectations as gx
    from great_expectations.data_context.types.base import ProgressBarsConfig

    context = gx.get_context(mode="ephemeral")
    context.variables.progress_bars = ProgressBarsConfig(globally=False)
    return context.data_sources.add_or_update_pandas("hoptac")


@cache
def _batch_definition(frame_name: str):  # type: ignore[no-untyped-def]
    return _context().add_dataframe_asset(frame_name).add_batch_definition_whole_dataframe("batch")


def _columns(suite: gx.ExpectationSuite) -> set[str]:
    names: set[str] = set()
    for expectation in suite.expectations:
        kwargs = expectation.configuration.kwargs
        names.update([kwargs["column"]] if "column" in kwargs else kwargs.get("column_list", []))
    return names


def validate(step: StepSuite, frames: dict[str, pl.DataFrame]) -> pl.DataFrame:
    """Validate each frame the step's suite covers; a frame that is absent or empty passes trivially."""
    rows: list[dict[str, object]] = []
    for frame_name, suite in step.suites.items():
        frame = frames.get(frame_name)
        if frame is None or frame.height == 0:
            continue
        if frame_name in step.derive:
            frame = step.derive[frame_name](frame)
        # Only the columns the suite reads go to pandas: article texts are large and GE hashes the frame.
        frame = frame.select(c for c in frame.columns if c in _columns(suite))
        batch = _batch_definition(frame_name).get_batch(batch_parameters={"dataframe": frame.to_pandas()})
        for result in batch.validate(suite).results:
            config = result.expectation_config
            kwargs = config.kwargs
            column = kwargs.get("column") or ",".join(kwargs.get("column_list", []))
            observed = result.result or {}
            rows.append({
                "suite": step.step,
                "expectation": f"{frame_name}.{config.type}",
                "column_name": column,
                "critical": bool((config.meta or {}).get("critical", False)),
                "success": bool(result.success),
                "unexpected": observed.get("unexpected_count"),
                "details": json.dumps(
                    {k: observed[k] for k in ("unexpected_percent", "partial_unexpected_list", "observed_value")
                     if k in observed}, ensure_ascii=False, default=str)[:2000],
            })
    return pl.DataFrame(rows, schema=RESULT_SCHEMA)


def stamp(results: pl.DataFrame, batch_id: str, checked_at: dt.datetime) -> pl.DataFrame:
    """Results as dq_results rows of one batch."""
    return results.with_columns(pl.lit(batch_id).alias("batch_id"), pl.lit(checked_at).alias("checked_at"))


def critical_failures(results: pl.DataFrame) -> pl.DataFrame:
    return results.filter(pl.col("critical") & ~pl.col("success"))
