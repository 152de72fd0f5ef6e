"""Runs a step's suite on Polars frames and returns one result row per expectation."""
from __future__ import annotations

import datetime as dt
import json
import logging
import os
from functools import cache

import great_expectations as gx
import polars as pl
from great_expectations.execution_engine import pandas_execution_engine

from expectations.suites import StepSuite

os.environ.setdefault("GX_ANALYTICS_ENABLED", "False")
logging.getLogger("great_expectations").setLevel(logging.ERROR)
# Great Expectations fingerprints every in-memory batch it is given (pandas' hash of every value, the article
# bodies included) for a batch marker hoptac never reads: a threshold of 0 bytes turns the fingerprint off.
# Validation results do not depend on it.
pandas_execution_engine.HASH_THRESHOLD = 0

RESULT_SCHEMA = {
    "suite": pl.String, "expectation": pl.String, "column_name": pl.String, "critical": pl.Boolean,
    "success": pl.Boolean, "unexpected": pl.Int64, "details": pl.String,
}
# Beside each result, for a row-level expectation: which frame's key names the failing rows, and their keys.
ROW_SCHEMA: dict[str, pl.DataType | type[pl.DataType]] = {
    **RESULT_SCHEMA, "row_level": pl.Boolean, "key_column": pl.String, "failed_keys": pl.List(pl.String),
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
    """Validate each frame the step's suite covers; a frame that is absent or empty passes trivially.

    Row-level expectations (meta "row") also give the keys of the rows that fail (`failed_keys`,
    from Great Expectations' unexpected index list): see row_failures.
    """
    rows: list[dict[str, object]] = []
    for frame_name, suite in step.suites.items():
        frame = frames.get(frame_name)
        if frame is None or frame.height == 0:
            continue
        if frame_name in step.derive:
            frame = step.derive[frame_name](frame)
        # Only the columns the suite reads go to pandas: article texts are large and GE hashes the frame.
        key = step.keys.get(frame_name)
        wanted = _columns(suite) | {key}
        frame = frame.select(c for c in frame.columns if c in wanted)
        batch = _batch_definition(frame_name).get_batch(batch_parameters={"dataframe": frame.to_pandas()})
        result_format = (
            {"result_format": "COMPLETE", "unexpected_index_column_names": [key]} if key else "SUMMARY"
        )
        for result in batch.validate(suite, result_format=result_format).results:
            config = result.expectation_config
            kwargs = config.kwargs
            column = kwargs.get("column") or ",".join(kwargs.get("column_list", []))
            observed = result.result or {}
            row_level = bool((config.meta or {}).get("row", False)) and key is not None
            failed = [str(r[key]) for r in observed.get("unexpected_index_list") or [] if isinstance(r, dict)
                      and r.get(key) is not None] if row_level and not result.success else []
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
                "row_level": row_level, "key_column": key if row_level else None,
                "failed_keys": sorted(set(failed)),
            })
    return pl.DataFrame(rows, schema=ROW_SCHEMA)


def stamp(results: pl.DataFrame, batch_id: str, checked_at: dt.datetime) -> pl.DataFrame:
    """Results as dq_results rows of one batch."""
    return results.select(*RESULT_SCHEMA).with_columns(
        pl.lit(batch_id).alias("batch_id"), pl.lit(checked_at).alias("checked_at")
    )


def critical_failures(results: pl.DataFrame) -> pl.DataFrame:
    return results.filter(pl.col("critical") & ~pl.col("success"))


def row_failures(results: pl.DataFrame) -> pl.DataFrame:
    """Failed row-level expectations that named their rows: [suite, expectation, column_name, key_column, key].

    A row-level failure whose rows Great Expectations could not name stays a batch-level failure.
    """
    failed = results.filter(pl.col("critical") & ~pl.col("success") & pl.col("row_level")
                            & (pl.col("failed_keys").list.len() > 0))
    return failed.select("suite", "expectation", "column_name", "key_column",
                         pl.col("failed_keys").alias("key")).explode("key", empty_as_null=False)


def handled_by_quarantine(results: pl.DataFrame, handled: pl.DataFrame, note: str) -> pl.DataFrame:
    """`results` of the batch as loaded, with the row-level failures found before quarantining those rows
    put back: still failures (dq_failures lists them), no longer critical (the batch loaded without them)."""
    if not handled.height:
        return results
    first = handled.with_columns(
        pl.lit(False).alias("critical"),
        pl.concat_str(pl.lit(f'{{"action": "{note}", "before": '), pl.col("details"), pl.lit("}")).alias("details"),
    )
    keys = ["suite", "expectation", "column_name"]
    return pl.concat([results.join(first.select(keys), on=keys, how="anti"), first.select(results.columns)])
